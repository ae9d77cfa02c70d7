//! Comparing the regions of one level on one indicator.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Direction, Indicator, Level, Observation, Population, Qualifier, Region},
    period::Period,
};
use polars::prelude::*;

/// Which period to compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodChoice {
    /// Each region's most recent figure.
    Latest,
    Exact(Period),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Normalisation {
    #[default]
    Absolute,
    /// Per 10,000 residents, using the census population.
    PerTenThousand,
}

/// How far a rank can be trusted when the value is a bound ("98%以上").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankBound {
    Exact,
    /// The true value could only rank this well or better.
    OrBetter,
    /// The true value could only rank this well or worse.
    OrWorse,
    /// The value is approximate, so the rank is too.
    Approximate,
}

#[derive(Clone, Debug)]
pub struct CompareRow<'a> {
    pub region: &'a Region,
    /// `None`: the region did not report (never shown as 0).
    pub observation: Option<&'a Observation>,
    /// The compared value: as reported, or per 10,000 residents.
    pub value: Option<f64>,
    /// Standard competition rank (1, 1, 3); `None` when not reported, and for every row when
    /// the indicator does not rank its reporters ([`Indicator::ranks_reporters`]).
    pub rank: Option<u32>,
    pub bound: RankBound,
}

#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    pub indicator: &'a Indicator,
    pub period: PeriodChoice,
    pub normalisation: Normalisation,
    /// Reporting rows first (best first, or largest first on a neutral indicator; then by
    /// code), then the regions that did not report.
    pub rows: Vec<CompareRow<'a>>,
    /// The source of the population figures, when per capita.
    pub population_source: Option<&'a str>,
}

impl Comparison<'_> {
    pub fn reporting(&self) -> usize {
        self.rows.iter().filter(|r| r.observation.is_some()).count()
    }
}

/// One row per region at the level the indicator is reported at (all 18 prefectures for a
/// city indicator), ranked the right way round for the indicator's direction.
pub fn compare<'a>(
    data: &'a Dataset,
    indicator: &str,
    period: PeriodChoice,
    normalisation: Normalisation,
) -> Result<Comparison<'a>, QueryError> {
    let indicator = data.indicator(indicator).ok_or_else(|| QueryError::UnknownIndicator(indicator.to_owned()))?;
    if normalisation == Normalisation::PerTenThousand && !indicator.per_capita {
        return Err(QueryError::PerCapitaNotApplicable(indicator.key.clone()));
    }
    // One indicator's figures are a few thousand at most, gathered by the index: worked out on
    // those columns directly. A lazy plan (a window, a join, a rank) spent more on planning
    // than on the work: 0.6 ms at seed size, 5 ms at national (`tests/compare_reference.rs`
    // keeps it, and checks both agree).
    let rows = data.rows_of_indicator(&indicator.key);
    let figures = data.frames().gather(rows, &["region", "value", "period", "period_end"])?;
    let chosen = chosen(&figures, rows, period, data.regions().len())?;
    // The peers are the regions of the level reported at (prefectures when nobody reports).
    let regions = data.regions();
    let level = chosen.iter().map(|f| regions[f.region as usize].level).min().unwrap_or(Level::Prefecture);
    let observations = data.observations();
    let mut rows = Vec::with_capacity(regions.len());
    let mut figures = chosen.iter().peekable();
    for (position, region) in regions.iter().enumerate() {
        let position = position as u32;
        let mut reported = false;
        while let Some(figure) = figures.next_if(|f| f.region == position) {
            reported = true;
            if region.level != level {
                continue;
            }
            let observation = &observations[figure.row as usize];
            let value = match normalisation {
                Normalisation::Absolute => Some(figure.value),
                Normalisation::PerTenThousand => region.population.as_ref().map(|p| per_ten_thousand(figure.value, p)),
            };
            let bound = bound(observation.qualifier, indicator.direction);
            rows.push(CompareRow { region, observation: Some(observation), value, rank: None, bound });
        }
        if !reported && region.level == level {
            rows.push(CompareRow { region, observation: None, value: None, rank: None, bound: RankBound::Exact });
        }
    }
    let values: Vec<Option<f64>> = rows.iter().map(|r| r.value).collect();
    // A neutral indicator is listed largest first, like a higher-is-better one, but not ranked.
    let descending = indicator.direction != Direction::LowerIsBetter;
    for (row, rank) in rows.iter_mut().zip(competition_ranks(&values, descending)) {
        row.rank = rank;
    }
    // Ranked first, then by code; borrowed keys: thousands of rows, no copies.
    rows.sort_by(|a, b| {
        (a.rank.is_none(), a.rank, a.region.code.as_str()).cmp(&(b.rank.is_none(), b.rank, b.region.code.as_str()))
    });
    if !indicator.ranks_reporters() {
        rows.iter_mut().for_each(|r| r.rank = None);
    }
    let population_source = (normalisation == Normalisation::PerTenThousand)
        .then(|| rows.iter().find_map(|r| r.region.population.as_ref().map(|p| p.source.as_str())))
        .flatten();
    Ok(Comparison { indicator, period, normalisation, rows, population_source })
}

/// One figure the comparison shows: its region's position and row in the dataset, its value.
struct Chosen {
    region: u32,
    row: u32,
    value: f64,
}

/// The figures of the period compared, by region position (store order within a region): the
/// period's, or each region's latest (every figure that ends last, when two do). `figures` are
/// the gathered `rows`.
fn chosen(figures: &DataFrame, rows: &[u32], period: PeriodChoice, regions: usize) -> PolarsResult<Vec<Chosen>> {
    let region = figures.column("region")?.u32()?;
    let value = figures.column("value")?.f64()?;
    let all = region.into_no_null_iter().zip(rows.iter().copied()).zip(value.into_no_null_iter());
    let keep: Vec<bool> = match period {
        PeriodChoice::Exact(p) => figures.column("period")?.u64()?.into_no_null_iter().map(|c| c == p.code()).collect(),
        PeriodChoice::Latest => {
            let ends = figures.column("period_end")?.i32()?;
            let mut latest = vec![i32::MIN; regions];
            for (r, end) in region.into_no_null_iter().zip(ends.into_no_null_iter()) {
                latest[r as usize] = latest[r as usize].max(end);
            }
            region.into_no_null_iter().zip(ends.into_no_null_iter()).map(|(r, end)| latest[r as usize] == end).collect()
        }
    };
    let mut chosen: Vec<Chosen> = all
        .zip(keep)
        .filter(|&(_, keep)| keep)
        .map(|(((region, row), value), _)| Chosen { region, row, value })
        .collect();
    chosen.sort_by_key(|c| (c.region, c.row));
    Ok(chosen)
}

/// The value per 10,000 residents.
fn per_ten_thousand(value: f64, population: &Population) -> f64 {
    value / population.residents as f64 * 10_000.0
}

/// Standard competition ranks (1, 1, 3) of the values present, best first.
fn competition_ranks(values: &[Option<f64>], descending: bool) -> Vec<Option<u32>> {
    let mut order: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(i, v)| Some((i, (*v)?))).collect();
    order.sort_by(|(_, a), (_, b)| if descending { b.total_cmp(a) } else { a.total_cmp(b) });
    let mut ranks = vec![None; values.len()];
    let mut previous: Option<(f64, u32)> = None;
    for (place, &(i, value)) in (1..).zip(&order) {
        let rank = match previous {
            Some((v, rank)) if v == value => rank,
            _ => place,
        };
        ranks[i] = Some(rank);
        previous = Some((value, rank));
    }
    ranks
}

fn bound(qualifier: Qualifier, direction: Direction) -> RankBound {
    use {Direction::*, Qualifier::*};
    match (qualifier, direction) {
        (Exact, _) => RankBound::Exact,
        (About, _) => RankBound::Approximate,
        // A neutral indicator's order is largest first: "or better" reads "or earlier".
        (AtLeast, HigherIsBetter | Neutral) | (AtMost, LowerIsBetter) => RankBound::OrBetter,
        (AtLeast, LowerIsBetter) | (AtMost, HigherIsBetter | Neutral) => RankBound::OrWorse,
    }
}
