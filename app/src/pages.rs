//! One component per route.

mod category;
mod compare;
mod indicator;
mod indicators;
mod not_found;
mod observation;
mod overview;
mod region;
mod regions;
mod sources;

pub use category::Category;
pub use compare::Compare;
pub use indicator::Indicator;
pub use indicators::Indicators;
pub use not_found::NotFound;
pub use observation::Observation;
pub use overview::Overview;
pub use region::Region;
pub use regions::Regions;
pub use sources::Sources;
