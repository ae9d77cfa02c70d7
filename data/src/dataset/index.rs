//! Look-ups built with the dataset, so finding a region, an indicator or a region's figures
//! costs a hash look-up, not a scan of thousands of regions or millions of figures.

use super::Tables;
use crate::model::SharedStr;
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
    pub(super) region_rows: Vec<Vec<u32>>,
    /// By indicator position: rows of `Tables::observations`, in store order.
    pub(super) indicator_rows: Vec<Vec<u32>>,
}

impl Index {
    /// The look-ups, and the figures' positions for [`Index::with_rows`] and the frames.
    pub(super) fn build(tables: &Tables) -> (Self, Positions) {
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
        let observations = &tables.observations;
        let positions = Positions {
            regions: positions(observations.iter().map(|o| &o.region), &index.regions),
            indicators: positions(observations.iter().map(|o| &o.indicator), &index.indicators),
        };
        (index, positions)
    }

    /// Adds each region's and indicator's rows.
    pub(super) fn with_rows(mut self, positions: &Positions) -> Self {
        self.region_rows = rows_by_position(&positions.regions, self.regions.len());
        self.indicator_rows = rows_by_position(&positions.indicators, self.indicators.len());
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

fn rows_by_position(positions: &[u32], len: usize) -> Vec<Vec<u32>> {
    let mut rows = vec![Vec::new(); len];
    for (row, &position) in positions.iter().enumerate() {
        if let Some(rows) = rows.get_mut(position as usize) {
            rows.push(row as u32);
        }
    }
    rows
}
