//! Which region reports which indicator.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Category, Indicator, Level, Region},
};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct Coverage<'a> {
    /// The prefecture-level regions, in code order.
    pub regions: Vec<&'a Region>,
    pub indicators: Vec<&'a Indicator>,
    /// `reported[r][i]`: region `r` has at least one figure for indicator `i` (or one of its
    /// counties does).
    pub reported: Vec<Vec<bool>>,
}

impl<'a> Coverage<'a> {
    /// Number of indicators of `category` that region `r` reports.
    pub fn count_in(&self, region: usize, category: &Category) -> usize {
        self.indicators
            .iter()
            .zip(&self.reported[region])
            .filter(|(i, reported)| **reported && i.category == category.key)
            .count()
    }

    /// Number of indicators region `r` reports.
    pub fn count(&self, region: usize) -> usize {
        self.reported[region].iter().filter(|r| **r).count()
    }
}

/// The prefecture × indicator matrix; a county's figure counts for its prefecture. Read from
/// the dataset's row indexes: one pass over the figures, a hash look-up only where a region's
/// next figure is of another indicator than the one before.
pub fn coverage(data: &Dataset) -> Result<Coverage<'_>, QueryError> {
    let regions: Vec<&Region> = data.regions_at(Level::Prefecture).collect();
    let indicators: Vec<&Indicator> = data.indicators().iter().collect();
    let prefecture_at: HashMap<&str, usize> = regions.iter().enumerate().map(|(r, p)| (p.code.as_str(), r)).collect();
    let indicator_at: HashMap<&str, usize> = indicators.iter().enumerate().map(|(i, x)| (x.key.as_str(), i)).collect();
    let mut reported = vec![vec![false; indicators.len()]; regions.len()];
    for region in data.regions() {
        let prefecture = match region.level {
            Level::Province => None,
            Level::Prefecture => Some(region.code.as_str()),
            Level::County => region.parent.as_deref(),
        };
        let Some(&r) = prefecture.and_then(|code| prefecture_at.get(code)) else { continue };
        let mut previous: Option<&str> = None;
        for &row in data.rows_of_region(&region.code) {
            let indicator = data.observations()[row as usize].indicator.as_str();
            if previous != Some(indicator) {
                if let Some(&i) = indicator_at.get(indicator) {
                    reported[r][i] = true;
                }
                previous = Some(indicator);
            }
        }
    }
    Ok(Coverage { regions, indicators, reported })
}
