//! What the live dataset reads from the store: all of it at start-up, then only what changed.

use crate::{dataset::Tables, model::Observation, period::Period};

/// The store's state at one moment.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub tables: Tables,
    /// The store's version ([`super::Store::version`]) at that moment.
    pub version: i64,
    /// The largest figure id it holds (0 for none): [`super::Store::changes_since`] reads
    /// after it.
    pub last_figure: i64,
}

/// What changed after a [`Snapshot`] (or after the `Changes` before).
#[derive(Debug, Default)]
pub struct Changes {
    /// Every table as it is now, but without the figures: `observations` is empty.
    pub catalogue: Tables,
    pub version: i64,
    pub last_figure: i64,
    /// The current figures with ids after the last read, in id order.
    pub added: Vec<Observation>,
    /// Region, indicator and period of figures read before that were superseded since.
    pub superseded: Vec<(String, String, Period)>,
}
