//! View models: what server functions send to pages, already in the page's language.

mod overview;

pub use overview::{CoverageRow, CoverageTable, Headline, Overview, SourceRef};
