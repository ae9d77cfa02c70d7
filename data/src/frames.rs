//! The Polars frames the queries run on, rebuilt whenever the tables change.
//!
//! Keys are positions, not strings: a region is its position in `Tables::regions`, an
//! indicator its position in `Tables::indicators`, a period its [`Period::code`]. At national
//! size (5.75 M figures) string columns cost about 100 bytes a figure; these cost 28.

use crate::{
    dataset::{Positions, Tables, spliced},
    model::Observation,
};
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
        Self { observations, regions: regions_frame(tables) }
    }

    /// The frames of the figures [`crate::dataset::spliced`] gives: this frame's columns with
    /// the rows `gone` (ascending) left out, then the `added` figures at `positions`. The
    /// regions are unchanged. Copying columns costs far less than reading every figure again.
    pub(crate) fn with_changes(&self, gone: &[u32], added: &[Observation], positions: Positions) -> Self {
        let (frame, len) = (&self.observations, (self.observations.height() - gone.len() + added.len()) as u32);
        let observations = df!(
            "row" => (0..len).collect::<Vec<_>>(),
            "region" => spliced(values::<UInt32Type>(frame, "region"), gone, positions.regions),
            "indicator" => spliced(values::<UInt32Type>(frame, "indicator"), gone, positions.indicators),
            "period" => spliced(values::<UInt64Type>(frame, "period"), gone, added.iter().map(|o| o.period.code())),
            "period_end" => spliced(values::<Int32Type>(frame, "period_end"), gone, added.iter().map(|o| o.period.end_key())),
            "value" => spliced(values::<Float64Type>(frame, "value"), gone, added.iter().map(|o| o.value)),
        )
        .expect("observation columns have one length");
        Self { observations, regions: self.regions.clone() }
    }
}

/// A column of a frame built here, as the vector it was built from.
fn values<'a, T: PolarsNumericType>(frame: &'a DataFrame, name: &str) -> &'a [T::Native] {
    let column = frame.column(name).expect("the frame has its columns").as_materialized_series();
    column.unpack::<T>().and_then(|c| c.cont_slice()).expect("built from one vector: one chunk, no nulls")
}

fn regions_frame(tables: &Tables) -> DataFrame {
    let regions = &tables.regions;
    df!(
        "region" => (0..regions.len() as u32).collect::<Vec<_>>(),
        "level" => regions.iter().map(|r| r.level.key()).collect::<Vec<_>>(),
        "population" => regions
            .iter()
            .map(|r| r.population.as_ref().map(|p| p.residents as f64))
            .collect::<Vec<_>>(),
    )
    .expect("region columns have one length")
}
