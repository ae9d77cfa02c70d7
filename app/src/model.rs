//! View models: what server functions send to pages, already in the page's language.

mod compare;
mod detail;
mod overview;

pub use compare::{Choice, ComparePage, CompareRowView, IndicatorSummary};
pub use detail::{
    CategoryPage, FigureView, HonourView, IndicatorGroup, IndicatorListItem, IndicatorPage, IndicatorsPage,
    ObservationPage, PracticeView, RegionCategory, RegionLink, RegionListRow, RegionPage, RegionsPage, SmallMultiple,
    SourcePage, SourceWithFigures,
};
pub use overview::{CoverageRow, CoverageTable, Overview, SourceRef};
