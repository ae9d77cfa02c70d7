use super::{FigureView, HonourView};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// The sources the figures are taken from.
    pub sources: Vec<SourceRef>,
    pub figures: usize,
    pub indicators: usize,
    pub categories: usize,
    pub prefectures: usize,
    pub reporting_prefectures: usize,
    pub honours: usize,
    pub national_honours: usize,
    /// Figures that put a region first in the province.
    pub firsts: Vec<FigureView>,
    pub honour_list: Vec<HonourView>,
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

/// Regions × categories: how many indicators each region reports per category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageTable {
    /// (key, name) of each category, in taxonomy order.
    pub categories: Vec<(String, String)>,
    pub rows: Vec<CoverageRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageRow {
    pub code: String,
    pub name: String,
    pub counts: Vec<usize>,
    pub total: usize,
}
