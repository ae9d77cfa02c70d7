use super::SourceRef;
use serde::{Deserialize, Serialize};

/// An option of a select control.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// What an indicator is, as a page header needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorSummary {
    pub key: String,
    pub name: String,
    pub category_key: String,
    pub category: String,
    pub definition: String,
    pub unit: String,
    pub kind: String,
    /// "越低越好" / "lower is better", or the higher-is-better wording.
    pub direction: String,
    pub lower_is_better: bool,
}

/// `/compare`: the controls' state, the chart and the rank table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparePage {
    pub categories: Vec<Choice>,
    pub indicators: Vec<Choice>,
    pub periods: Vec<Choice>,
    pub per_capita_available: bool,
    pub per_capita: bool,
    /// Whether the table has a rank-among-reporters column (see `Indicator::ranks_reporters`).
    pub ranked: bool,
    pub indicator: IndicatorSummary,
    /// The table's rows on this page.
    pub rows: Vec<CompareRowView>,
    pub table: TableWindowView,
    /// The region the chart highlights (asked for, or the search's only match).
    pub highlight: Option<String>,
    /// Set when the chart shows only both ends of the ranking: says so.
    pub chart_window: Option<String>,
    /// A histogram of the values, when too many regions report to draw each.
    pub distribution_svg: Option<String>,
    pub reporting: usize,
    pub total: usize,
    /// Set when exactly one region reports: said plainly, with no chart.
    pub only_reporter: Option<String>,
    pub chart_svg: Option<String>,
    /// Stable URL of the same chart as an SVG file.
    pub chart_href: String,
    /// The comparison as URL parameters (`indicator=…&period=…&per=capita`), for the open-data
    /// and embed links.
    pub data_query: String,
    pub population_source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareRowView {
    pub region_code: String,
    pub region: String,
    /// "1", or empty when not reported.
    pub rank: String,
    /// "并列" (tied), "或更前" (or better) and the like.
    pub rank_note: String,
    /// "≥ 98%", or the not-reported wording.
    pub value: String,
    pub reported: bool,
    /// The reported figure when the table shows a per-capita value.
    pub reported_value: String,
    pub period: String,
    pub source: String,
    pub observation_href: String,
}

/// Which part of a long rank table is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableWindowView {
    /// The search as typed (empty: every region).
    pub search: String,
    /// Regions the search matches.
    pub matching: usize,
    /// From 1.
    pub page: usize,
    pub pages: usize,
    /// Whether the table is long enough to need the search box and the pager.
    pub paged: bool,
}
