//! Server functions: thin wrappers that check arguments, ask `data` (on the blocking pool, see
//! [`crate::state::query`]), and present the answer as a view model.

mod get_category;
mod get_comparison;
mod get_indicator;
mod get_indicators;
mod get_observation;
mod get_overview;
mod get_region;
mod get_regions;
mod get_sources;
mod list_sources;
#[cfg(feature = "ssr")]
pub mod present;

pub use get_category::get_category;
pub use get_comparison::get_comparison;
pub use get_indicator::get_indicator;
pub use get_indicators::get_indicators;
pub use get_observation::get_observation;
pub use get_overview::get_overview;
pub use get_region::get_region;
pub use get_regions::get_regions;
pub use get_sources::get_sources;
pub use list_sources::list_sources;
