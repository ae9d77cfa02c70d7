//! A dataset brought up to date with what changed in the store, without reading it all again.

use super::{Dataset, Figures, Splice, Tables};
use crate::{period::Period, query::KeptRanks, store::Changes};
use std::{
    collections::{HashMap, HashSet},
    sync::{Mutex, OnceLock},
};

impl Dataset {
    /// The dataset after `changes`: the figures a full read of the store would give, in the same
    /// order (the superseded left out, the added after the rest, as ids run), with the ranks of
    /// the indicators no change touched kept. The figures and the frames' columns are shared
    /// with this dataset, not copied: at national size an edit costs tens of milliseconds, not
    /// a read of millions of rows (or a copy of them into fresh memory).
    pub fn with_changes(&self, changes: Changes) -> Dataset {
        let Changes { catalogue, version, last_figure, added, superseded } = changes;
        let gone = self.rows_superseded(&superseded);
        let splice = Splice::new(&gone, self.observations().len());
        // Positions stay when the regions and indicators do; ranks depend on them too (levels,
        // directions). Otherwise everything is built again.
        let same_catalogue = catalogue.regions == self.tables.regions && catalogue.indicators == self.tables.indicators;
        if !same_catalogue {
            let observations = splice.apply(&self.figures, Figures::from(added)).to_vec();
            return Dataset::build(Tables { observations, ..catalogue }, version, last_figure, None);
        }
        let mut changed: HashSet<String> = superseded.into_iter().map(|(_, indicator, _)| indicator).collect();
        changed.extend(added.iter().map(|o| o.indicator.to_string()));
        // The current ranks may still be being worked out (right after a start): waiting for
        // them costs less than working out every indicator's again.
        let kept = KeptRanks { ranks: self.ranks().clone(), changed };

        // The index and the frames from their own, side by side; the figures and the frames'
        // columns are shared, only the index's rows are copied.
        let positions = self.index.positions(&added);
        let (index, frames) = std::thread::scope(|scope| {
            let frames = scope.spawn(|| self.frames.with_changes(&splice, &added, positions.clone()));
            let index = self.index.with_changes(&splice, &positions);
            (index, frames.join().expect("applying changes does not panic"))
        });
        Dataset {
            tables: catalogue,
            figures: splice.apply(&self.figures, Figures::from(added)),
            frames,
            index,
            latest_ranks: OnceLock::new(),
            summary: OnceLock::new(),
            kept_ranks: Mutex::new(Some(kept)),
            version,
            last_figure,
        }
    }

    /// The rows of the figures `superseded` names, ascending. Each region's rows are looked
    /// through once, whatever number of its figures were superseded (an import may supersede
    /// hundreds of thousands).
    fn rows_superseded(&self, superseded: &[(String, String, Period)]) -> Vec<u32> {
        let mut by_region: HashMap<&str, HashSet<(&str, Period)>> = HashMap::new();
        for (region, indicator, period) in superseded {
            by_region.entry(region.as_str()).or_default().insert((indicator.as_str(), *period));
        }
        let observations = self.observations();
        let mut gone: Vec<u32> = by_region
            .into_iter()
            .flat_map(|(region, keys)| {
                let rows = self.rows_of_region(region).iter().copied();
                rows.filter(move |&row| {
                    let o = &observations[row as usize];
                    keys.contains(&(o.indicator.as_str(), o.period))
                })
            })
            .collect();
        gone.sort_unstable();
        gone.dedup();
        gone
    }
}
