//! Server functions: thin wrappers that check arguments, ask `data`, and map errors.

mod get_overview;
mod list_sources;
#[cfg(feature = "ssr")]
mod present;

pub use get_overview::get_overview;
pub use list_sources::list_sources;
