//! Each region's rank on each indicator's latest figures, computed once per dataset so a
//! region's profile (hundreds of indicators) reads its ranks instead of running hundreds of
//! comparisons.

use super::{Normalisation, PeriodChoice, compare};
use crate::{dataset::Dataset, model::Indicator};
use std::collections::HashMap;

/// One indicator's latest comparison, reduced to what a profile shows.
#[derive(Clone, Debug, Default)]
pub struct LatestRanks {
    /// Region code → rank, for the regions that report.
    pub ranks: HashMap<String, u32>,
    /// How many regions report.
    pub reporting: usize,
}

/// The ranks of every indicator that at least two regions report: hundreds of comparisons at
/// national size, shared out among the machine's cores.
pub fn latest_ranks(data: &Dataset) -> HashMap<String, LatestRanks> {
    let indicators: Vec<&Indicator> = data.indicators().iter().filter(|i| reported_by_two(data, &i.key)).collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let share = indicators.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = indicators
            .chunks(share)
            .map(|some| scope.spawn(move || some.iter().filter_map(|i| ranks_of(data, i)).collect::<Vec<_>>()))
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("ranking does not panic")).collect()
    })
}

fn ranks_of(data: &Dataset, indicator: &Indicator) -> Option<(String, LatestRanks)> {
    // Queries over valid data do not fail; an indicator that did would only lose ranks.
    let comparison = compare(data, &indicator.key, PeriodChoice::Latest, Normalisation::Absolute).ok()?;
    let ranks: HashMap<String, u32> =
        comparison.rows.iter().filter_map(|r| Some((r.region.code.clone(), r.rank?))).collect();
    let reporting = comparison.reporting();
    (reporting >= 2).then(|| (indicator.key.clone(), LatestRanks { ranks, reporting }))
}

fn reported_by_two(data: &Dataset, key: &str) -> bool {
    let observations = data.observations();
    let mut regions = data.rows_of_indicator(key).iter().map(|&r| &observations[r as usize].region);
    let first = regions.next();
    regions.any(|r| Some(r) != first)
}
