//! A dataset brought up to date with what changed in the store, without reading it all again.

use super::{Dataset, Tables};
use crate::{period::Period, query::KeptRanks, store::Changes};
use std::{
    collections::HashSet,
    sync::{Mutex, OnceLock},
};

impl Dataset {
    /// The dataset after `changes`: the figures a full read of the store would give, in the same
    /// order (the superseded left out, the added after the rest, as ids run), with the ranks of
    /// the indicators no change touched kept. At national size this is the difference between
    /// an edit visible in a second and one visible after reading millions of rows.
    pub fn with_changes(&self, changes: Changes) -> Dataset {
        let Changes { catalogue, version, last_figure, added, superseded } = changes;
        let gone = self.rows_superseded(&superseded);
        // Positions stay when the regions and indicators do; ranks depend on them too (levels,
        // directions). Otherwise everything is built again.
        let same_catalogue = catalogue.regions == self.tables.regions && catalogue.indicators == self.tables.indicators;
        if !same_catalogue {
            let observations = spliced(self.observations(), &gone, added);
            return Dataset::build(Tables { observations, ..catalogue }, version, last_figure, None);
        }
        let mut changed: HashSet<String> = superseded.into_iter().map(|(_, indicator, _)| indicator).collect();
        changed.extend(added.iter().map(|o| o.indicator.to_string()));
        // The current ranks may still be being worked out (right after a start): waiting for
        // them costs less than working out every indicator's again.
        let kept = KeptRanks { ranks: self.ranks().clone(), changed };

        // The index and the frames from their own, beside the figures: each a copy of columns.
        let positions = self.index.positions(&added);
        let first_added = self.observations().len() - gone.len();
        let (observations, index, frames) = std::thread::scope(|scope| {
            let index = scope.spawn(|| self.index.with_changes(&gone, &positions, first_added));
            let frames = scope.spawn(|| self.frames.with_changes(&gone, &added, positions.clone()));
            let observations = spliced(self.observations(), &gone, added.iter().cloned());
            let join = "applying changes does not panic";
            (observations, index.join().expect(join), frames.join().expect(join))
        });
        Dataset {
            tables: Tables { observations, ..catalogue },
            frames,
            index,
            latest_ranks: OnceLock::new(),
            kept_ranks: Mutex::new(Some(kept)),
            version,
            last_figure,
        }
    }

    /// The rows of the figures `superseded` names, ascending.
    fn rows_superseded(&self, superseded: &[(String, String, Period)]) -> Vec<u32> {
        let observations = self.observations();
        let mut gone: Vec<u32> = superseded
            .iter()
            .flat_map(|(region, indicator, period)| {
                let rows = self.rows_of_region(region).iter().copied();
                rows.filter(move |&row| {
                    let o = &observations[row as usize];
                    o.indicator == *indicator && o.period == *period
                })
            })
            .collect();
        gone.sort_unstable();
        gone.dedup();
        gone
    }
}

/// `old` without the rows `gone` (ascending), then `added`: how a full read orders the figures
/// after a change.
fn spliced<T: Clone>(old: &[T], gone: &[u32], added: impl IntoIterator<Item = T>) -> Vec<T> {
    let added = added.into_iter();
    let mut spliced = Vec::with_capacity(old.len() - gone.len() + added.size_hint().0);
    let mut start = 0;
    for &row in gone {
        spliced.extend_from_slice(&old[start..row as usize]);
        start = row as usize + 1;
    }
    spliced.extend_from_slice(&old[start..]);
    spliced.extend(added);
    spliced
}

#[cfg(test)]
mod tests {
    #[test]
    fn splicing_leaves_out_the_gone_and_adds_at_the_end() {
        let old = ['a', 'b', 'c', 'd', 'e'];
        assert_eq!(super::spliced(&old, &[0, 2, 4], ['x']), ['b', 'd', 'x']);
        assert_eq!(super::spliced(&old, &[], []), old);
    }
}
