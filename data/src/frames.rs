//! The Polars frames the queries run on, built with the dataset and carried over by an edit.
//!
//! Keys are positions, not strings: a region is its position in `Tables::regions`, an
//! indicator its position in `Tables::indicators`, a period its [`Period::code`]. At national
//! size (5.75 M figures) string columns cost about 100 bytes a figure; these cost 24.

use crate::{dataset::Positions, dataset::Tables, model::Observation};
use polars::prelude::*;

/// An edit appends a chunk or a few (the frame's columns are shared, not copied); past this
/// many, the next edit copies the columns into one chunk again, so gathers stay quick.
const MAX_CHUNKS: usize = 64;

/// Column frames of the dataset. Row `i` of `observations` is figure `i`
/// ([`crate::Dataset::observations`]).
#[derive(Clone, Debug)]
pub struct Frames {
    /// region u32, indicator u32, period u64 ([`crate::period::Period::code`]), period_end i32,
    /// value f64.
    pub observations: DataFrame,
    /// region u32 (position in `Tables::regions`), level str, population f64 (null when
    /// unknown).
    pub regions: DataFrame,
}

impl Frames {
    /// `positions` are the figures' region and indicator positions, as the dataset's index
    /// works them out.
    /// The figures `rows` (an indicator's or a region's, by the dataset's index): a gather, not a
    /// scan of every figure. Row `i` of the result is figure `rows[i]`.
    pub fn gather(&self, rows: &[u32]) -> PolarsResult<DataFrame> {
        self.observations.take(&IdxCa::from_vec("row".into(), rows.to_vec()))
    }

    pub(crate) fn build(tables: &Tables, figures: &[Observation], positions: Positions) -> Self {
        Self { observations: observations_frame(figures, positions), regions: regions_frame(tables) }
    }

    /// The frames of the figures [`crate::dataset::spliced`] gives: this frame without the
    /// rows `gone` (ascending), then the `added` figures at `positions`. The kept rows are
    /// slices of this frame's columns, shared rather than copied: at national size a copy is
    /// hundreds of MB of fresh memory for every edit.
    pub(crate) fn with_changes(&self, gone: &[u32], added: &[Observation], positions: Positions) -> Self {
        let old = &self.observations;
        let mut parts: Vec<DataFrame> = Vec::with_capacity(gone.len() + 2);
        let mut start = 0;
        for end in gone.iter().map(|&g| g as usize).chain([old.height()]) {
            if end > start {
                parts.push(old.slice(start as i64, end - start));
            }
            start = end + 1;
        }
        parts.push(observations_frame(added, positions));
        let mut observations = old.clear();
        for part in parts {
            observations.vstack_mut_owned(part).expect("the parts share the frame's columns");
        }
        if observations.first_col_n_chunks() > MAX_CHUNKS {
            observations.rechunk_mut();
        }
        Self { observations, regions: self.regions.clone() }
    }
}

fn observations_frame(observations: &[Observation], positions: Positions) -> DataFrame {
    df!(
        "region" => positions.regions,
        "indicator" => positions.indicators,
        "period" => observations.iter().map(|o| o.period.code()).collect::<Vec<_>>(),
        "period_end" => observations.iter().map(|o| o.period.end_key()).collect::<Vec<_>>(),
        "value" => observations.iter().map(|o| o.value).collect::<Vec<_>>(),
    )
    .expect("observation columns have one length")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model::Qualifier, period::Period};
    use std::sync::Arc;

    fn figures(values: impl IntoIterator<Item = f64>) -> (Vec<Observation>, Positions) {
        let observations: Vec<Observation> = values
            .into_iter()
            .map(|value| Observation {
                region: "r".into(),
                indicator: "i".into(),
                period: Period::Year(2024),
                value,
                qualifier: Qualifier::Exact,
                provenance: Arc::default(),
            })
            .collect();
        let n = observations.len();
        (observations, Positions { regions: vec![0; n], indicators: vec![0; n] })
    }

    #[test]
    fn edits_share_the_columns_and_many_edits_are_gathered_into_one_chunk() {
        let (all, positions) = figures((0..1000).map(f64::from));
        let mut frames = Frames { observations: observations_frame(&all, positions), regions: DataFrame::empty() };
        let mut expected: Vec<f64> = (0..1000).map(f64::from).collect();
        let mut most_chunks = 0;
        for edit in 0..(MAX_CHUNKS as u32) {
            // A correction: the figure leaves its row, the new one comes last.
            let row = edit * 37 % 900;
            let (added, positions) = figures([-f64::from(edit)]);
            frames = frames.with_changes(&[row], &added, positions);
            expected.remove(row as usize);
            expected.push(-f64::from(edit));
            let values = frames.observations.column("value").unwrap().f64().unwrap().into_no_null_iter();
            assert_eq!(values.collect::<Vec<_>>(), expected);
            most_chunks = most_chunks.max(frames.observations.first_col_n_chunks());
        }
        // Each edit split a chunk and added one, until they were gathered into one again.
        assert_eq!(most_chunks, MAX_CHUNKS);
    }
}
