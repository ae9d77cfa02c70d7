//! Comparing the regions of one level on one indicator.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Direction, Indicator, Level, Observation, Qualifier, Region},
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
    /// Standard competition rank (1, 1, 3); `None` when not reported.
    pub rank: Option<u32>,
    pub bound: RankBound,
}

#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    pub indicator: &'a Indicator,
    pub period: PeriodChoice,
    pub normalisation: Normalisation,
    /// Ranked rows first (by rank, then code), then the regions that did not report.
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
    let frames = data.frames();
    let mut observations = rows_of_indicator(data, &indicator.key)?.lazy();
    observations = match period {
        PeriodChoice::Exact(p) => observations.filter(col("period").eq(lit(p.code()))),
        PeriodChoice::Latest => {
            observations.filter(col("period_end").eq(col("period_end").max().over([col("region")])?))
        }
    };
    let reported = observations.clone().select([col("region")]).collect()?;
    let level = peer_level(data, &reported)?;
    let value = match normalisation {
        Normalisation::Absolute => col("value"),
        Normalisation::PerTenThousand => col("value") / col("population") * lit(10_000.0),
    };
    let descending = indicator.direction == Direction::HigherIsBetter;
    let table = frames
        .regions
        .clone()
        .lazy()
        .filter(col("level").eq(lit(level.key())))
        .join(observations, [col("region")], [col("region")], JoinArgs::new(JoinType::Left))
        .with_column(value.alias("compared"))
        .with_column(col("compared").rank(RankOptions { method: RankMethod::Min, descending }, None).alias("rank"))
        .select([col("region"), col("row"), col("compared"), col("rank").cast(DataType::UInt32)])
        .collect()?;

    let regions = table.column("region")?.u32()?;
    let obs_rows = table.column("row")?.u32()?;
    let compared = table.column("compared")?.f64()?;
    let ranks = table.column("rank")?.u32()?;
    let mut rows = Vec::with_capacity(table.height());
    for i in 0..table.height() {
        let Some(region) = regions.get(i).and_then(|r| data.regions().get(r as usize)) else { continue };
        let observation = obs_rows.get(i).map(|r| &data.observations()[r as usize]);
        let bound = observation.map_or(RankBound::Exact, |o| bound(o.qualifier, indicator.direction));
        rows.push(CompareRow { region, observation, value: compared.get(i), rank: ranks.get(i), bound });
    }
    // Ranked first, then by code; borrowed keys: thousands of rows, no copies.
    rows.sort_by(|a, b| {
        (a.rank.is_none(), a.rank, a.region.code.as_str()).cmp(&(b.rank.is_none(), b.rank, b.region.code.as_str()))
    });
    let population_source = (normalisation == Normalisation::PerTenThousand)
        .then(|| rows.iter().find_map(|r| r.region.population.as_ref().map(|p| p.source.as_str())))
        .flatten();
    Ok(Comparison { indicator, period, normalisation, rows, population_source })
}

/// The indicator's figures: a gather by the dataset's index, not a scan of every figure.
pub(super) fn rows_of_indicator(data: &Dataset, key: &str) -> PolarsResult<DataFrame> {
    let rows = IdxCa::from_vec("row".into(), data.rows_of_indicator(key).to_vec());
    data.frames().observations.take(&rows)
}

/// The level of the regions that report; prefecture-level when nobody does.
fn peer_level(data: &Dataset, reported: &DataFrame) -> Result<Level, QueryError> {
    let regions = reported.column("region")?.u32()?;
    let level = regions.iter().flatten().filter_map(|r| data.regions().get(r as usize)).map(|r| r.level).min();
    Ok(level.unwrap_or(Level::Prefecture))
}

fn bound(qualifier: Qualifier, direction: Direction) -> RankBound {
    use {Direction::*, Qualifier::*};
    match (qualifier, direction) {
        (Exact, _) => RankBound::Exact,
        (About, _) => RankBound::Approximate,
        (AtLeast, HigherIsBetter) | (AtMost, LowerIsBetter) => RankBound::OrBetter,
        (AtLeast, LowerIsBetter) | (AtMost, HigherIsBetter) => RankBound::OrWorse,
    }
}
