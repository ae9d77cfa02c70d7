//! Pieces shared by pages.

mod coverage_table;
mod headline_cards;
mod site_footer;
mod site_header;
mod source_line;

pub use coverage_table::CoverageTable;
pub use headline_cards::HeadlineCards;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_line::SourceLine;
