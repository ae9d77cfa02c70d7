//! Counts over every figure that the overview, the lists and the compare page's default need:
//! worked out in one pass once per dataset (so once per data version), beside the server
//! ([`super::Dataset::warm`]), never per page. At national size a pass costs ~0.1 s; a page
//! that repeated it per render took 60–400 ms.

use super::Dataset;
use crate::{
    model::{IndicatorKind, Level},
    period::Period,
    query::{report_counts, reports},
};
use polars::prelude::*;
use std::collections::HashMap;

/// How many figures of each source are listed with it.
pub const FIRST_FIGURES: usize = 500;

#[derive(Debug, Default)]
pub struct Summary {
    /// Per indicator, in dataset order: how many regions report it.
    pub reporting_regions: Vec<usize>,
    /// Per region, in dataset order: how many indicators it reports.
    pub reported_indicators: Vec<usize>,
    /// The prefectures' positions among the regions, in dataset order.
    pub prefectures: Vec<usize>,
    /// `prefecture_reports[p][i]`: prefecture `p` (or one of its counties) reports indicator `i`.
    pub prefecture_reports: Vec<Vec<bool>>,
    /// Per source, in dataset order: its number of figures and its first [`FIRST_FIGURES`]
    /// rows in store order.
    pub source_figures: Vec<(usize, Vec<u32>)>,
    /// Rows of rank indicators' first places, in store order.
    pub first_places: Vec<u32>,
    /// Per indicator, in dataset order: the distinct periods of its figures, oldest first (by
    /// end, then as written). Every compare page lists them: walking an indicator's figures
    /// per render (reads scattered over 5.75 M at national size) was 14 % of its time.
    pub indicator_periods: Vec<Vec<Period>>,
}

impl Summary {
    pub(super) fn of(data: &Dataset) -> PolarsResult<Self> {
        let (regions, indicators) = (data.regions().len(), data.indicators().len());
        // Which region reports which indicator, from the frames' position columns: no string
        // is hashed per figure.
        let reports = reports(&data.frames().observations, regions, indicators)?;
        let (reporting_regions, reported_indicators) = report_counts(&reports, regions, indicators);
        let position: HashMap<&str, usize> =
            data.regions().iter().enumerate().map(|(i, r)| (r.code.as_str(), i)).collect();
        let prefectures: Vec<usize> =
            data.regions().iter().enumerate().filter(|(_, r)| r.level == Level::Prefecture).map(|(i, _)| i).collect();
        let prefecture_of: HashMap<usize, usize> = prefectures.iter().enumerate().map(|(p, &r)| (r, p)).collect();
        let mut prefecture_reports = vec![vec![false; indicators]; prefectures.len()];
        for (r, region) in data.regions().iter().enumerate() {
            let prefecture = match region.level {
                Level::Province => None,
                Level::Prefecture => Some(r),
                Level::County => region.parent.as_deref().and_then(|p| position.get(p).copied()),
            };
            let Some(&p) = prefecture.and_then(|r| prefecture_of.get(&r)) else { continue };
            for (i, reported) in reports[r * indicators..(r + 1) * indicators].iter().enumerate() {
                prefecture_reports[p][i] |= *reported;
            }
        }
        Ok(Self {
            reporting_regions,
            reported_indicators,
            prefectures,
            prefecture_reports,
            source_figures: source_figures(data),
            first_places: first_places(data),
            indicator_periods: indicator_periods(data, indicators)?,
        })
    }
}

/// One pass over the figures for every source, hashing a source id only where it differs from
/// the figure before's.
fn source_figures(data: &Dataset) -> Vec<(usize, Vec<u32>)> {
    let at: HashMap<&str, usize> = data.sources().iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut figures = vec![(0, Vec::new()); data.sources().len()];
    let mut previous: Option<(&str, usize)> = None;
    for (row, o) in data.observations().iter().enumerate() {
        let i = match previous {
            Some((id, i)) if id == o.provenance.source => i,
            _ => {
                let Some(&i) = at.get(o.provenance.source.as_str()) else { continue };
                previous = Some((o.provenance.source.as_str(), i));
                i
            }
        };
        let (total, first): &mut (usize, Vec<u32>) = &mut figures[i];
        *total += 1;
        if first.len() < FIRST_FIGURES {
            first.push(row as u32);
        }
    }
    figures
}

/// One pass over the figures beside their indicator positions; an indicator has few periods.
fn indicator_periods(data: &Dataset, indicators: usize) -> PolarsResult<Vec<Vec<Period>>> {
    let mut periods: Vec<Vec<Period>> = vec![Vec::new(); indicators];
    let indicator_at = data.frames().observations.column("indicator")?.u32()?;
    for (i, figure) in indicator_at.into_no_null_iter().zip(data.observations()) {
        let Some(seen) = periods.get_mut(i as usize) else { continue };
        let code = figure.period.code();
        if !seen.iter().any(|p| p.code() == code) {
            seen.push(figure.period);
        }
    }
    for of_one in &mut periods {
        of_one.sort_by_cached_key(|p| (p.end_key(), p.to_string()));
    }
    Ok(periods)
}

fn first_places(data: &Dataset) -> Vec<u32> {
    let observations = data.observations();
    let mut rows: Vec<u32> = data
        .indicators()
        .iter()
        .filter(|i| i.kind == IndicatorKind::Rank)
        .flat_map(|i| data.rows_of_indicator(&i.key).iter().copied())
        .filter(|&row| observations.get(row as usize).is_some_and(|o| o.value == 1.0))
        .collect();
    rows.sort_unstable();
    rows
}
