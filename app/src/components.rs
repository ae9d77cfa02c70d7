//! Pieces shared by pages. The header and footer load data, so only the server has them.

mod auto_submit;
mod candidate_row;
mod chart_figure;
mod compare_controls;
mod coverage_table;
mod data_downloads;
mod error_view;
mod figure_table;
mod figures_shown;
mod flash;
mod headline_cards;
mod honours_table;
mod page_data;
mod rank_table;
#[cfg(feature = "ssr")]
mod site_footer;
#[cfg(feature = "ssr")]
mod site_header;
mod source_line;
mod supervision_nav;
mod table_pager;

pub use auto_submit::AutoSubmit;
pub use candidate_row::CandidateRow;
pub use chart_figure::ChartFigure;
pub use compare_controls::CompareControls;
pub use coverage_table::CoverageTable;
pub use data_downloads::DataDownloads;
pub use error_view::ErrorView;
pub use figure_table::FigureTable;
pub use figures_shown::FiguresShown;
pub use flash::Flash;
pub use headline_cards::HeadlineCards;
pub use honours_table::HonoursTable;
pub use page_data::page_data;
pub use rank_table::RankTable;
#[cfg(feature = "ssr")]
pub use site_footer::SiteFooter;
#[cfg(feature = "ssr")]
pub use site_header::SiteHeader;
pub use source_line::SourceLine;
pub use supervision_nav::{SupervisionNav, role_label};
pub use table_pager::TablePager;
