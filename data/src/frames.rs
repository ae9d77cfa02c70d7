//! The Polars frames the queries run on, built with the dataset and carried over by an edit.
//!
//! Keys are positions, not strings: a region is its position in `Tables::regions`, an
//! indicator its position in `Tables::indicators`, a period its [`Period::code`]. At national
//! size (5.75 M figures) string columns cost about 100 bytes a figure; these cost 24.

use crate::{
    dataset::{Pieces, Positions, Splice},
    model::Observation,
};
use polars::prelude::*;
use std::ops::Range;

/// Column frames of the dataset. Row `i` of `observations` is figure `i`
/// ([`crate::Dataset::observations`]).
#[derive(Clone, Debug)]
pub struct Frames {
    /// region u32, indicator u32, period u64 ([`crate::period::Period::code`]), period_end i32,
    /// value f64.
    pub observations: DataFrame,
}

impl Frames {
    /// The figures `rows` (an indicator's or a region's, by the dataset's index): a gather, not a
    /// scan of every figure. Row `i` of the result is figure `rows[i]`.
    /// Only the `columns` asked for, one after the other on this thread: `DataFrame::take`
    /// gathers every column on Polars' thread pool, whose threads then spin (`sched_yield`)
    /// before they sleep. For a page's few thousand rows that spinning cost more than the
    /// gather, on the cores the other renders needed (a national compare render: 5.3 % of its
    /// samples in `perf`; BENCHMARKS.md).
    pub fn gather(&self, rows: &[u32], columns: &[&str]) -> PolarsResult<DataFrame> {
        let gathered = columns.iter().map(|name| self.observations.column(name)?.take_slice(rows));
        DataFrame::new(rows.len(), gathered.collect::<PolarsResult<_>>()?)
    }

    /// `positions` are the figures' region and indicator positions, as the dataset's index
    /// works them out.
    pub(crate) fn build(figures: &[Observation], positions: Positions) -> Self {
        Self { observations: observations_frame(figures, positions) }
    }

    /// The frames after `splice`, the `added` figures at `positions` last. The kept rows are
    /// slices of this frame's columns, shared rather than copied: at national size a copy is
    /// hundreds of MB of fresh memory for every edit.
    pub(crate) fn with_changes(&self, splice: &Splice, added: &[Observation], positions: Positions) -> Self {
        Self { observations: splice.apply(&self.observations, observations_frame(added, positions)) }
    }
}

/// An edit appends a chunk or a few; past 64 chunks ([`Splice::apply`]) the columns are copied
/// into one chunk again, so gathers stay quick.
impl Pieces for DataFrame {
    fn slice(&self, rows: Range<usize>) -> Self {
        DataFrame::slice(self, rows.start as i64, rows.len())
    }

    fn concat(parts: Vec<Self>) -> Self {
        let mut out = parts[0].clear();
        for part in parts {
            out.vstack_mut_owned(part).expect("the parts share the frame's columns");
        }
        out
    }

    fn pieces(&self) -> usize {
        self.first_col_n_chunks()
    }

    fn gathered(mut self) -> Self {
        self.rechunk_mut();
        self
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{dataset::MAX_PIECES, model::Qualifier, period::Period};
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
        let mut frames = Frames { observations: observations_frame(&all, positions) };
        let mut expected: Vec<f64> = (0..1000).map(f64::from).collect();
        let mut most_chunks = 0;
        for edit in 0..(MAX_PIECES as u32) {
            // A correction: the figure leaves its row, the new one comes last.
            let row = edit * 37 % 900;
            let (added, positions) = figures([-f64::from(edit)]);
            frames = frames.with_changes(&Splice::new(&[row], expected.len()), &added, positions);
            expected.remove(row as usize);
            expected.push(-f64::from(edit));
            let values = frames.observations.column("value").unwrap().f64().unwrap().into_no_null_iter();
            assert_eq!(values.collect::<Vec<_>>(), expected);
            most_chunks = most_chunks.max(frames.observations.first_col_n_chunks());
        }
        // Each edit split a chunk and added one, until they were gathered into one again.
        assert_eq!(most_chunks, MAX_PIECES);
    }
}
