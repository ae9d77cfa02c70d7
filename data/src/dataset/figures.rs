//! The dataset's figures, in runs of shared buffers: an edit keeps the current runs (slices of
//! them) and adds one, instead of copying millions of figures into fresh memory.

use crate::model::Observation;
use std::{ops::Range, sync::Arc};

/// An edit adds a run or two; past this many, the next edit copies the figures into one run,
/// so that finding a row stays a short search.
const MAX_RUNS: usize = 64;

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

    /// These figures without the rows `gone` (ascending), then `added`: how a full read orders
    /// the figures after a change.
    pub(crate) fn spliced(&self, gone: &[u32], added: Vec<Observation>) -> Figures {
        let mut runs = Vec::with_capacity(self.runs.len() + gone.len() + 1);
        let mut keep = |from: usize, to: usize| {
            for (run, &start) in self.runs.iter().zip(&self.starts) {
                let (first, last) = (from.max(start), to.min(start + run.range.len()));
                if first < last {
                    let at = |row: usize| run.range.start + row - start;
                    runs.push(Run { buffer: run.buffer.clone(), range: at(first)..at(last) });
                }
            }
        };
        let mut from = 0;
        for &row in gone {
            keep(from, row as usize);
            from = row as usize + 1;
        }
        keep(from, self.len());
        runs.extend((!added.is_empty()).then(|| Run { range: 0..added.len(), buffer: Arc::new(added) }));
        let spliced = Figures::from_runs(runs);
        if spliced.runs.len() > MAX_RUNS { Figures::from(spliced.to_vec()) } else { spliced }
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
    use crate::{model::Qualifier, period::Period};

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
        for edit in 0..MAX_RUNS as u32 {
            // A correction: the figure leaves its row, the new one comes last.
            let row = edit * 37 % 900;
            all = all.spliced(&[row, row + 2], figures([5000 + edit]));
            expected.remove(row as usize + 2);
            expected.remove(row as usize);
            expected.extend(figures([5000 + edit]));
            assert_eq!(all, expected);
            assert!((0..expected.len()).all(|row| all[row] == expected[row]));
            assert!(all.get(expected.len()).is_none());
            most_runs = most_runs.max(all.runs.len());
            gathered |= edit > 0 && all.runs.len() == 1;
        }
        assert!(most_runs <= MAX_RUNS && gathered);
        assert_eq!(Figures::from(vec![]).spliced(&[], vec![]), Figures::default());
    }
}
