//! One region's figures by category, its honours and practices, and where it ranks.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Category, Honour, Indicator, Observation, Practice, Region},
};
use polars::prelude::*;

#[derive(Clone, Debug)]
pub struct ProfileFigure<'a> {
    pub observation: &'a Observation,
    pub indicator: &'a Indicator,
    /// Rank among the regions reporting the indicator, and how many report it; only when
    /// at least two regions do and this is the region's latest figure.
    pub rank: Option<(u32, usize)>,
    /// Whether this is among the region's latest figures on the indicator.
    pub latest: bool,
}

#[derive(Clone, Debug)]
pub struct RegionProfile<'a> {
    pub region: &'a Region,
    /// Categories in taxonomy order, each with the region's figures; empty ones left out.
    pub categories: Vec<(&'a Category, Vec<ProfileFigure<'a>>)>,
    pub honours: Vec<&'a Honour>,
    pub practices: Vec<&'a Practice>,
    /// The regions directly below: a province's prefectures, a prefecture's counties.
    pub children: Vec<&'a Region>,
    /// Distinct indicators reported, out of all indicators.
    pub reported_indicators: usize,
    pub total_indicators: usize,
}

pub fn region_profile<'a>(data: &'a Dataset, code: &str) -> Result<RegionProfile<'a>, QueryError> {
    let region = data.region(code).ok_or_else(|| QueryError::UnknownRegion(code.to_owned()))?;
    let rows = data.rows_of_region(code);
    let gathered = data.frames().gather(rows, &["indicator", "period_end"])?;
    let latest = latest_of_each_indicator(&gathered, data.indicators().len())?;
    let mut figures = Vec::new();
    for (&row, latest) in rows.iter().zip(latest) {
        let observation = &data.observations()[row as usize];
        let Some(indicator) = data.indicator(&observation.indicator) else { continue };
        let rank = if latest { data.latest_rank(&indicator.key, code) } else { None };
        figures.push(ProfileFigure { observation, indicator, rank, latest });
    }
    let categories = data
        .categories()
        .iter()
        .map(|c| {
            let in_category = figures.iter().filter(|f| f.indicator.category == c.key).cloned().collect::<Vec<_>>();
            (c, in_category)
        })
        .filter(|(_, f)| !f.is_empty())
        .collect();
    let mut reported: Vec<&str> = figures.iter().map(|f| f.indicator.key.as_str()).collect();
    reported.sort_unstable();
    reported.dedup();
    Ok(RegionProfile {
        region,
        categories,
        honours: data.honours().iter().filter(|h| h.region == code).collect(),
        practices: data.practices().iter().filter(|p| p.region == code).collect(),
        children: data.children(code).collect(),
        reported_indicators: reported.len(),
        total_indicators: data.indicators().len(),
    })
}

/// Whether each gathered figure is among the latest on its indicator: its period ends last.
/// One region's figures are a few thousand at most, so two passes over two columns; a window
/// expression would need Polars' lazy engine, which the build leaves out.
fn latest_of_each_indicator(figures: &DataFrame, indicators: usize) -> PolarsResult<Vec<bool>> {
    let indicator = figures.column("indicator")?.u32()?;
    let end = figures.column("period_end")?.i32()?;
    let mut last_end = vec![i32::MIN; indicators];
    for (i, e) in indicator.into_no_null_iter().zip(end.into_no_null_iter()) {
        last_end[i as usize] = last_end[i as usize].max(e);
    }
    Ok(indicator.into_no_null_iter().zip(end.into_no_null_iter()).map(|(i, e)| last_end[i as usize] == e).collect())
}
