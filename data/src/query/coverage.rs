//! Which region reports which indicator.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Category, Indicator, Region},
};

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

/// The prefecture × indicator matrix; a county's figure counts for its prefecture. Taken from
/// the dataset's summary, worked out once per dataset.
pub fn coverage(data: &Dataset) -> Result<Coverage<'_>, QueryError> {
    let summary = data.summary();
    let regions: Vec<&Region> = summary.prefectures.iter().filter_map(|&r| data.regions().get(r)).collect();
    let indicators: Vec<&Indicator> = data.indicators().iter().collect();
    Ok(Coverage { regions, indicators, reported: summary.prefecture_reports.clone() })
}
