//! The dataset's figures, in runs of shared buffers: an edit keeps the current runs (slices of
//! them) and adds one, instead of copying millions of figures into fresh memory.

use super::splice::Pieces;
use crate::model::Observation;
use std::{ops::Range, sync::Arc};

/// The figures in store order; figure `row` is `figures[row]`.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    runs: Vec<Run>,
    /// `starts[i]` is the row of run `i`'s first figure; the last entry is the number of figures.
    starts: Vec<usize>,
}

/// Part of a buffer that datasets share.
#[derive(Clone, Debug)]
struct Run {
    buffer: Arc<Vec<Observation>>,
    range: Range<usize>,
}

impl Run {
    fn figures(&self) -> &[Observation] {
        &self.buffer[self.range.clone()]
    }
}

impl Figures {
    pub fn len(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, row: usize) -> Option<&Observation> {
        let run = self.starts.partition_point(|&start| start <= row).checked_sub(1)?;
        self.runs.get(run)?.figures().get(row - self.starts[run])
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Observation> + Clone {
        self.runs.iter().flat_map(Run::figures)
    }

    pub fn to_vec(&self) -> Vec<Observation> {
        self.iter().cloned().collect()
    }

    fn from_runs(runs: Vec<Run>) -> Self {
        let mut starts = Vec::with_capacity(runs.len() + 1);
        let mut row = 0;
        starts.push(row);
        for run in &runs {
            row += run.range.len();
            starts.push(row);
        }
        Self { runs, starts }
    }
}

/// An edit keeps slices of the runs; past [`super::splice::MAX_PIECES`] runs the figures are
/// copied into one, so that finding a row stays a short search.
impl Pieces for Figures {
    fn slice(&self, rows: Range<usize>) -> Self {
        let first = self.starts.partition_point(|&start| start <= rows.start).saturating_sub(1);
        let runs = self.runs.iter().zip(&self.starts).skip(first).take_while(|&(_, &start)| start < rows.end);
        let runs = runs.filter_map(|(run, &start)| {
            let (first, last) = (rows.start.max(start), rows.end.min(start + run.range.len()));
            let at = |row: usize| run.range.start + row - start;
            (first < last).then(|| Run { buffer: run.buffer.clone(), range: at(first)..at(last) })
        });
        Figures::from_runs(runs.collect())
    }

    fn concat(parts: Vec<Self>) -> Self {
        Figures::from_runs(parts.into_iter().flat_map(|p| p.runs).filter(|r| !r.range.is_empty()).collect())
    }

    fn pieces(&self) -> usize {
        self.runs.len()
    }

    fn gathered(self) -> Self {
        Figures::from(self.to_vec())
    }
}

impl From<Vec<Observation>> for Figures {
    fn from(figures: Vec<Observation>) -> Self {
        let runs =
            if figures.is_empty() { vec![] } else { vec![Run { range: 0..figures.len(), buffer: Arc::new(figures) }] };
        Self::from_runs(runs)
    }
}

impl std::ops::Index<usize> for Figures {
    type Output = Observation;

    fn index(&self, row: usize) -> &Observation {
        self.get(row).unwrap_or_else(|| panic!("figure {row} of {}", self.len()))
    }
}

impl<'a> IntoIterator for &'a Figures {
    type Item = &'a Observation;
    type IntoIter = Box<dyn DoubleEndedIterator<Item = &'a Observation> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for Figures {
    fn eq(&self, other: &Figures) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl PartialEq<[Observation]> for Figures {
    fn eq(&self, other: &[Observation]) -> bool {
        self.len() == other.len() && self.iter().eq(other)
    }
}

impl PartialEq<Vec<Observation>> for Figures {
    fn eq(&self, other: &Vec<Observation>) -> bool {
        *self == other[..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        dataset::splice::{MAX_PIECES, Splice},
        model::Qualifier,
        period::Period,
    };

    fn figures(values: impl IntoIterator<Item = u32>) -> Vec<Observation> {
        let figure = |value: u32| Observation {
            region: "r".into(),
            indicator: "i".into(),
            period: Period::Year(2024),
            value: f64::from(value),
            qualifier: Qualifier::Exact,
            provenance: Arc::default(),
        };
        values.into_iter().map(figure).collect()
    }

    #[test]
    fn edits_share_runs_and_many_edits_are_gathered_into_one() {
        let mut all = Figures::from(figures(0..1000));
        let mut expected = figures(0..1000);
        let (mut most_runs, mut gathered) = (0, false);
        for edit in 0..MAX_PIECES as u32 {
            // A correction: the figure leaves its row, the new one comes last.
            let row = edit * 37 % 900;
            all = Splice::new(&[row, row + 2], expected.len()).apply(&all, figures([5000 + edit]).into());
            expected.remove(row as usize + 2);
            expected.remove(row as usize);
            expected.extend(figures([5000 + edit]));
            assert_eq!(all, expected);
            assert!((0..expected.len()).all(|row| all[row] == expected[row]));
            assert!(all.get(expected.len()).is_none());
            most_runs = most_runs.max(all.runs.len());
            gathered |= edit > 0 && all.runs.len() == 1;
        }
        assert!(most_runs <= MAX_PIECES && gathered);
        assert_eq!(Splice::new(&[], 0).apply(&Figures::default(), vec![].into()), Figures::default());
    }

    #[test]
    fn a_slice_may_span_runs() {
        let all = Figures::concat(vec![figures(0..3).into(), figures(3..5).into(), figures(5..9).into()]);
        assert_eq!(all.slice(2..6), figures(2..6));
        assert_eq!(all.slice(3..5).runs.len(), 1);
        assert_eq!(all.slice(4..4), Figures::default());
    }
}
