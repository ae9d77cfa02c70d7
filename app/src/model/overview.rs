use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// The sources the figures are taken from.
    pub sources: Vec<SourceRef>,
    pub census: Option<SourceRef>,
    pub figures: usize,
    pub indicators: usize,
    pub categories: usize,
    pub prefectures: usize,
    pub reporting_prefectures: usize,
    pub honours: usize,
    pub national_honours: usize,
    /// Figures that put a region first in the province.
    pub firsts: Vec<Headline>,
    pub coverage: CoverageTable,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub published: String,
    pub url: Option<String>,
}

/// One figure, formatted for display, with the sentence it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headline {
    pub region_code: String,
    pub region: String,
    pub indicator_key: String,
    pub indicator: String,
    pub value: String,
    pub period: String,
    pub quote: String,
}

/// Regions × categories: how many indicators each region reports per category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageTable {
    pub categories: Vec<String>,
    pub rows: Vec<CoverageRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageRow {
    pub code: String,
    pub name: String,
    pub counts: Vec<usize>,
    pub total: usize,
}
