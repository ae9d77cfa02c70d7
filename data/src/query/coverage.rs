//! Which region reports which indicator.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Category, Indicator, Level, Region},
};
use polars::prelude::*;
use std::collections::HashSet;

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

/// The prefecture × indicator matrix; a county's figure counts for its prefecture.
pub fn coverage(data: &Dataset) -> Result<Coverage<'_>, QueryError> {
    let pairs = data
        .frames()
        .observations
        .clone()
        .lazy()
        .select([col("region"), col("indicator")])
        .unique(None, UniqueKeepStrategy::First)
        .collect()?;
    let regions_col = pairs.column("region")?.str()?;
    let indicators_col = pairs.column("indicator")?.str()?;
    let reported_pairs: HashSet<(String, &str)> = regions_col
        .iter()
        .zip(indicators_col.iter())
        .filter_map(|(r, i)| Some((prefecture_of(data, r?)?, i?)))
        .collect();
    let regions: Vec<&Region> = data.regions_at(Level::Prefecture).collect();
    let indicators: Vec<&Indicator> = data.indicators().iter().collect();
    let reported = regions
        .iter()
        .map(|r| indicators.iter().map(|i| reported_pairs.contains(&(r.code.clone(), i.key.as_str()))).collect())
        .collect();
    Ok(Coverage { regions, indicators, reported })
}

/// The prefecture a region is or belongs to.
fn prefecture_of(data: &Dataset, code: &str) -> Option<String> {
    let region = data.region(code)?;
    match region.level {
        Level::Province => None,
        Level::Prefecture => Some(region.code.clone()),
        Level::County => region.parent.clone(),
    }
}
