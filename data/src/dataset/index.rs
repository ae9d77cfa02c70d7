//! Look-ups built with the dataset, so finding a region, an indicator or a region's figures
//! costs a hash look-up, not a scan of thousands of regions or millions of figures.

use super::{Splice, Tables, grouped::Grouped};
use crate::model::{Observation, SharedStr};
use std::collections::HashMap;

/// Each figure's region and indicator as positions in `Tables::regions` and
/// `Tables::indicators` (`u32::MAX` for one not there): worked out once per dataset, for the
/// index and the frames alike.
#[derive(Clone, Debug, Default)]
pub(crate) struct Positions {
    pub(crate) regions: Vec<u32>,
    pub(crate) indicators: Vec<u32>,
}

#[derive(Debug, Default)]
pub(super) struct Index {
    /// Region code → position in `Tables::regions`.
    pub(super) regions: HashMap<String, usize>,
    /// Parent code → positions of its children, in table order.
    pub(super) children: HashMap<String, Vec<usize>>,
    /// Indicator key → position in `Tables::indicators`.
    pub(super) indicators: HashMap<String, usize>,
    /// By region position: rows of `Tables::observations`, in store order.
    pub(super) region_rows: Grouped,
    /// By indicator position: rows of `Tables::observations`, in store order.
    pub(super) indicator_rows: Grouped,
}

impl Index {
    /// The look-ups, and the figures' positions for [`Index::with_rows`] and the frames.
    pub(super) fn build(tables: &Tables, figures: &[Observation]) -> (Self, Positions) {
        let mut index = Index {
            regions: tables.regions.iter().enumerate().map(|(i, r)| (r.code.clone(), i)).collect(),
            indicators: tables.indicators.iter().enumerate().map(|(i, x)| (x.key.clone(), i)).collect(),
            ..Index::default()
        };
        for (i, region) in tables.regions.iter().enumerate() {
            if let Some(parent) = &region.parent {
                index.children.entry(parent.clone()).or_default().push(i);
            }
        }
        let positions = index.positions(figures);
        (index, positions)
    }

    /// The positions of `observations`' regions and indicators.
    pub(super) fn positions(&self, observations: &[Observation]) -> Positions {
        Positions {
            regions: positions(observations.iter().map(|o| &o.region), &self.regions),
            indicators: positions(observations.iter().map(|o| &o.indicator), &self.indicators),
        }
    }

    /// The index after `splice`, the figures at `added` last. Moving a few million row numbers
    /// down costs a fraction of placing each figure again.
    pub(super) fn with_changes(&self, splice: &Splice, added: &Positions) -> Self {
        Index {
            regions: self.regions.clone(),
            children: self.children.clone(),
            indicators: self.indicators.clone(),
            region_rows: self.region_rows.with_changes(splice, &added.regions),
            indicator_rows: self.indicator_rows.with_changes(splice, &added.indicators),
        }
    }

    /// Adds each region's and indicator's rows.
    pub(super) fn with_rows(mut self, positions: &Positions) -> Self {
        self.region_rows = Grouped::build(&positions.regions, self.regions.len());
        self.indicator_rows = Grouped::build(&positions.indicators, self.indicators.len());
        self
    }
}

/// The position of each key. Figures come in runs (a region's, an indicator's years), so a key
/// equal to the one before costs no hashing.
fn positions<'a>(keys: impl Iterator<Item = &'a SharedStr>, of: &HashMap<String, usize>) -> Vec<u32> {
    let mut last: Option<(&SharedStr, u32)> = None;
    keys.map(|key| {
        let position = match last {
            Some((previous, position)) if previous == key => position,
            _ => of.get(key.as_str()).map_or(u32::MAX, |&p| p as u32),
        };
        last = Some((key, position));
        position
    })
    .collect()
}
