//! Look-ups built with the dataset, so finding a region, an indicator or a region's figures
//! costs a hash look-up, not a scan of thousands of regions or millions of figures.

use super::Tables;
use crate::model::SharedStr;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub(super) struct Index {
    /// Region code → position in `Tables::regions`.
    pub(super) regions: HashMap<String, usize>,
    /// Parent code → positions of its children, in table order.
    pub(super) children: HashMap<String, Vec<usize>>,
    /// Indicator key → position in `Tables::indicators`.
    pub(super) indicators: HashMap<String, usize>,
    /// Region code → rows of `Tables::observations`.
    pub(super) region_rows: HashMap<SharedStr, Vec<u32>>,
    /// Indicator key → rows of `Tables::observations`.
    pub(super) indicator_rows: HashMap<SharedStr, Vec<u32>>,
}

impl Index {
    pub(super) fn build(tables: &Tables) -> Self {
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
        for (row, o) in tables.observations.iter().enumerate() {
            let row = row as u32;
            // Figures come grouped by region, so the last entry is usually the one to extend.
            match index.region_rows.get_mut(o.region.as_str()) {
                Some(rows) => rows.push(row),
                None => drop(index.region_rows.insert(o.region.clone(), vec![row])),
            }
            match index.indicator_rows.get_mut(o.indicator.as_str()) {
                Some(rows) => rows.push(row),
                None => drop(index.indicator_rows.insert(o.indicator.clone(), vec![row])),
            }
        }
        index
    }
}
