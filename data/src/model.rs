//! The domain model: regions, indicators and their observations, sources, honours, named
//! practices and targets. Plain data; validation happens while loading (see [`crate::validate`]).

mod annotation;
mod indicator;
mod observation;
mod region;
mod shared_str;
mod source;

pub use annotation::{Comparator, Honour, HonourLevel, HonourStatus, Practice, Target};
pub use indicator::{Category, Direction, Indicator, IndicatorKind, Unit};
pub use observation::{Observation, Provenance, Qualifier};
pub use region::{Level, Population, Region};
pub use shared_str::{Interner, SharedStr};
pub use source::Source;
