//! A dataset brought up to date with what changed in the store, without reading it all again.

use super::{Dataset, Tables};
use crate::{query::KeptRanks, store::Changes};
use std::collections::HashSet;

impl Dataset {
    /// The dataset after `changes`: the figures a full read of the store would give, in the same
    /// order (the superseded left out, the added after the rest, as ids run), with the ranks of
    /// the indicators no change touched kept. At national size this is the difference between
    /// an edit visible in a second and one visible after reading millions of rows.
    pub fn with_changes(&self, changes: Changes) -> Dataset {
        let Changes { catalogue, version, last_figure, added, superseded } = changes;
        let old = self.observations();
        let mut gone: Vec<u32> = superseded
            .iter()
            .flat_map(|(region, indicator, period)| {
                let rows = self.rows_of_region(region).iter().copied();
                rows.filter(move |&row| {
                    let o = &old[row as usize];
                    o.indicator == *indicator && o.period == *period
                })
            })
            .collect();
        gone.sort_unstable();
        gone.dedup();
        let mut changed: HashSet<String> = superseded.into_iter().map(|(_, indicator, _)| indicator).collect();
        changed.extend(added.iter().map(|o| o.indicator.to_string()));

        let mut observations = Vec::with_capacity(old.len() - gone.len() + added.len());
        let mut start = 0;
        for &row in &gone {
            observations.extend_from_slice(&old[start..row as usize]);
            start = row as usize + 1;
        }
        observations.extend_from_slice(&old[start..]);
        observations.extend(added);

        // Ranks depend on the regions (their levels) and the indicators (their direction). The
        // current ones may still be being worked out (right after a start): waiting for them
        // costs less than working out every indicator's again.
        let same_catalogue = catalogue.regions == self.tables.regions && catalogue.indicators == self.tables.indicators;
        let kept = same_catalogue.then(|| KeptRanks { ranks: self.ranks().clone(), changed });
        Dataset::build(Tables { observations, ..catalogue }, version, last_figure, kept)
    }
}
