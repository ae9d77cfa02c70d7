//! 法治看板's data layer: the domain model, loading and validating the seed files, the Polars
//! frames built from them, and the queries the pages ask. It knows nothing of HTTP or Leptos.

pub mod auth;
pub mod dataset;
pub mod entry;
pub mod export;
pub mod extract;
pub mod figure;
pub mod format;
pub mod frames;
pub mod lang;
pub mod live;
pub mod model;
pub mod open_data;
pub mod period;
pub mod query;
pub mod store;
pub mod supervision;
pub mod synthetic;
pub mod validate;

pub use dataset::Dataset;
pub use lang::{Lang, Text};
pub use live::Live;
pub use period::Period;
pub use query::QueryError;
pub use validate::{LoadError, LoadErrorKind, LoadErrors, SeedFiles, load};
