//! Drill-down pages: region, indicator, category, observation, sources.

use super::{IndicatorSummary, SourceRef};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionLink {
    pub code: String,
    pub name: String,
}

/// One figure with what it measures, when, its rank where compared, and its sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureView {
    pub region: RegionLink,
    pub indicator_key: String,
    pub indicator: String,
    pub value: String,
    pub period: String,
    /// "第1(共2个报告)" where at least two regions report.
    pub rank: Option<String>,
    pub quote: String,
    pub observation_href: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionCategory {
    pub key: String,
    pub name: String,
    pub figures: Vec<FigureView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HonourView {
    pub region: RegionLink,
    pub title: String,
    pub level: String,
    pub status: String,
    pub year: Option<u16>,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeView {
    pub name: String,
    pub summary: String,
    pub quote: String,
}

/// `/region/{code}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionPage {
    pub region: RegionLink,
    pub level: String,
    pub parent: Option<RegionLink>,
    pub population: Option<String>,
    pub population_source: Option<SourceRef>,
    pub reported: usize,
    pub total: usize,
    pub categories: Vec<RegionCategory>,
    /// With many figures only each indicator's latest are shown: how many earlier ones are not.
    pub earlier_not_shown: Option<usize>,
    pub honours: Vec<HonourView>,
    pub practices: Vec<PracticeView>,
    pub counties: Vec<RegionLink>,
}

/// `/indicator/{key}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorPage {
    pub indicator: IndicatorSummary,
    pub per_capita: bool,
    /// The first [`crate::present::FIGURES_SHOWN`] of `figures_total`.
    pub figures: Vec<FigureView>,
    pub figures_total: usize,
    pub reporting: usize,
    pub chart_svg: Option<String>,
    pub trend_svg: Option<String>,
    pub trend_href: String,
    pub compare_href: String,
}

/// A small chart of one indicator on a category page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmallMultiple {
    pub indicator_key: String,
    pub indicator: String,
    pub reporting: usize,
    pub chart_svg: Option<String>,
    /// The single figure when only one region reports (no one-bar chart).
    pub single: Option<FigureView>,
}

/// `/category/{key}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryPage {
    pub key: String,
    pub name: String,
    pub framework: String,
    pub multiples: Vec<SmallMultiple>,
    pub unreported: Vec<(String, String)>,
    /// This page of the charts (from 1) and how many there are.
    pub page: usize,
    pub pages: usize,
}

/// `/observation/{region}/{indicator}/{period}`: one figure and the sentence it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservationPage {
    pub figure: FigureView,
    pub qualifier: String,
    /// The quote split around the printed figure, which the page highlights.
    pub quote_before: String,
    pub quote_figure: String,
    pub quote_after: String,
    pub source: SourceRef,
    pub compare_href: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceWithFigures {
    pub source: SourceRef,
    pub note: String,
    /// The first [`crate::present::FIGURES_SHOWN`] of `figures_total`.
    pub figures: Vec<FigureView>,
    pub figures_total: usize,
}

/// `/sources`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcePage {
    pub sources: Vec<SourceWithFigures>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionListRow {
    pub region: RegionLink,
    pub population: Option<String>,
    pub reported: usize,
    pub honours: usize,
}

/// `/regions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionsPage {
    pub rows: Vec<RegionListRow>,
    pub population_source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorListItem {
    pub key: String,
    pub name: String,
    pub reporting: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorGroup {
    pub key: String,
    pub name: String,
    pub framework: String,
    pub indicators: Vec<IndicatorListItem>,
}

/// `/indicators`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorsPage {
    pub groups: Vec<IndicatorGroup>,
}
