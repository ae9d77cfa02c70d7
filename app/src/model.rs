//! View models: what the service hands to pages, already in the page's language.

mod compare;
mod detail;
mod extract;
mod overview;
mod supervision;

pub use compare::{Choice, ComparePage, CompareRowView, IndicatorSummary, TableWindowView};
pub use detail::{
    CategoryPage, FigureView, HonourView, IndicatorGroup, IndicatorListItem, IndicatorPage, IndicatorsPage,
    ObservationPage, PracticeView, RegionCategory, RegionLink, RegionListRow, RegionPage, RegionsPage, SmallMultiple,
    SourcePage, SourceWithFigures,
};
pub use extract::{CandidateView, ExtractPage, ExtractReview};
pub use overview::{CoverageRow, CoverageTable, Overview, SourceRef};
pub use supervision::{
    AuditPage, AuditRowView, BoardPage, BoardRowView, EntryPage, HistoryView, Me, ReportPage, TargetView, TargetsPage,
    UploadErrorView, UploadPage, UploadRowView, UserView, UsersPage,
};
