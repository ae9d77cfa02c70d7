//! Server functions: thin wrappers that check arguments, ask `data` (on the blocking pool, see
//! [`crate::state::query`]), and present the answer as a view model.

#[cfg(feature = "ssr")]
mod board_filter;
#[cfg(feature = "ssr")]
mod draft;
#[cfg(feature = "ssr")]
pub mod extract_draft;
mod get_audit;
mod get_board;
mod get_category;
mod get_comparison;
mod get_entry;
mod get_extract;
mod get_indicator;
mod get_indicators;
mod get_login;
mod get_me;
mod get_observation;
mod get_overview;
mod get_region;
mod get_regions;
mod get_report;
mod get_sources;
mod get_synthetic;
mod get_targets;
mod get_upload;
mod get_users;
mod list_sources;
#[cfg(feature = "ssr")]
pub mod present;

#[cfg(feature = "ssr")]
pub use board_filter::{board_filter, board_query, urlencode};
pub use get_audit::get_audit;
#[cfg(feature = "ssr")]
pub use get_audit::{audit_filter, audit_query};
pub use get_board::get_board;
pub use get_category::get_category;
pub use get_comparison::get_comparison;
pub use get_entry::get_entry;
pub use get_extract::{get_extract, get_extract_review};
pub use get_indicator::get_indicator;
pub use get_indicators::get_indicators;
pub use get_login::get_login;
pub use get_me::get_me;
pub use get_observation::get_observation;
pub use get_overview::get_overview;
pub use get_region::get_region;
pub use get_regions::get_regions;
pub use get_report::get_report;
pub use get_sources::get_sources;
pub use get_synthetic::get_synthetic;
pub use get_targets::get_targets;
pub use get_upload::get_upload;
#[cfg(feature = "ssr")]
pub use get_upload::{parse_upload, uploader};
pub use get_users::get_users;
pub use list_sources::list_sources;
