//! Each region's rank on each indicator's latest figures, computed once per dataset so a
//! region's profile (hundreds of indicators) reads its ranks instead of running hundreds of
//! comparisons.

use super::{Normalisation, PeriodChoice, compare};
use crate::{dataset::Dataset, model::Indicator};
use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

/// One indicator's latest comparison, reduced to what a profile shows.
#[derive(Clone, Debug, Default)]
pub struct LatestRanks {
    /// Region code → rank, for the regions that report.
    pub ranks: HashMap<String, u32>,
    /// How many regions report.
    pub reporting: usize,
}

/// Ranks that a change leaves as they were: those of the indicators it did not touch, when the
/// regions and indicators themselves are the same.
#[derive(Debug)]
pub struct KeptRanks {
    pub ranks: HashMap<String, Arc<LatestRanks>>,
    /// Indicators with an added or superseded figure: ranked again.
    pub changed: HashSet<String>,
}

/// The ranks of every indicator that at least two regions report: hundreds of comparisons at
/// national size, shared out among the machine's cores; with `kept`, only the changed ones. The
/// comparisons run on threads of their own, so a caller inside a single-threaded tokio runtime
/// is safe (Polars blocks on its async executor).
pub fn latest_ranks(data: &Dataset, kept: Option<KeptRanks>) -> HashMap<String, Arc<LatestRanks>> {
    let mut out = HashMap::new();
    let mut indicators: Vec<&Indicator> = data.indicators().iter().collect();
    if let Some(mut kept) = kept {
        indicators.retain(|i| kept.changed.contains(&i.key));
        out.extend(kept.ranks.drain().filter(|(key, _)| !kept.changed.contains(key)));
    }
    // A rank indicator is compared by its own value, a neutral one not ranked at all.
    indicators.retain(|i| i.ranks_reporters() && reported_by_two(data, &i.key));
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let share = indicators.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = indicators
            .chunks(share)
            .map(|some| scope.spawn(move || some.iter().filter_map(|i| ranks_of(data, i)).collect::<Vec<_>>()))
            .collect();
        out.extend(workers.into_iter().flat_map(|w| w.join().expect("ranking does not panic")));
    });
    out
}

fn ranks_of(data: &Dataset, indicator: &Indicator) -> Option<(String, Arc<LatestRanks>)> {
    // Queries over valid data do not fail; an indicator that did would only lose ranks.
    let comparison = compare(data, &indicator.key, PeriodChoice::Latest, Normalisation::Absolute).ok()?;
    let ranks: HashMap<String, u32> =
        comparison.rows.iter().filter_map(|r| Some((r.region.code.clone(), r.rank?))).collect();
    let reporting = comparison.reporting();
    (reporting >= 2).then(|| (indicator.key.clone(), Arc::new(LatestRanks { ranks, reporting })))
}

fn reported_by_two(data: &Dataset, key: &str) -> bool {
    let observations = data.observations();
    let mut regions = data.rows_of_indicator(key).iter().map(|&r| &observations[r as usize].region);
    let first = regions.next();
    regions.any(|r| Some(r) != first)
}
