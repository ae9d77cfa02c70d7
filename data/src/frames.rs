//! The Polars frames the queries run on, rebuilt whenever the tables change.
//!
//! Keys are positions, not strings: a region is its position in `Tables::regions`, an
//! indicator its position in `Tables::indicators`, a period its [`Period::code`]. At national
//! size (5.75 M figures) string columns cost about 100 bytes a figure; these cost 28.

use crate::dataset::{Positions, Tables};
use polars::prelude::*;

/// Column frames of the dataset. `observations.row` indexes `Tables::observations`.
#[derive(Clone, Debug)]
pub struct Frames {
    /// row u32, region u32, indicator u32, period u64 ([`crate::period::Period::code`]),
    /// period_end i32, value f64.
    pub observations: DataFrame,
    /// region u32 (position in `Tables::regions`), level str, population f64 (null when
    /// unknown).
    pub regions: DataFrame,
}

impl Frames {
    /// `positions` are the figures' region and indicator positions, as the dataset's index
    /// works them out.
    pub(crate) fn build(tables: &Tables, positions: Positions) -> Self {
        let obs = &tables.observations;
        let observations = df!(
            "row" => (0..obs.len() as u32).collect::<Vec<_>>(),
            "region" => positions.regions,
            "indicator" => positions.indicators,
            "period" => obs.iter().map(|o| o.period.code()).collect::<Vec<_>>(),
            "period_end" => obs.iter().map(|o| o.period.end_key()).collect::<Vec<_>>(),
            "value" => obs.iter().map(|o| o.value).collect::<Vec<_>>(),
        )
        .expect("observation columns have one length");
        let regions = &tables.regions;
        let regions = df!(
            "region" => (0..regions.len() as u32).collect::<Vec<_>>(),
            "level" => regions.iter().map(|r| r.level.key()).collect::<Vec<_>>(),
            "population" => regions
                .iter()
                .map(|r| r.population.as_ref().map(|p| p.residents as f64))
                .collect::<Vec<_>>(),
        )
        .expect("region columns have one length");
        Self { observations, regions }
    }
}
