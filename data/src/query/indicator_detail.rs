//! Everything about one indicator: its definition and every region's figures.

use super::QueryError;
use crate::{
    dataset::Dataset,
    model::{Category, Indicator, Observation, Unit},
    period::Period,
};

#[derive(Clone, Debug)]
pub struct IndicatorDetail<'a> {
    pub indicator: &'a Indicator,
    pub category: &'a Category,
    pub unit: &'a Unit,
    /// Newest period first, then by region code.
    pub observations: Vec<&'a Observation>,
    /// The distinct periods with figures, oldest first.
    pub periods: Vec<Period>,
}

pub fn indicator_detail<'a>(data: &'a Dataset, key: &str) -> Result<IndicatorDetail<'a>, QueryError> {
    let unknown = || QueryError::UnknownIndicator(key.to_owned());
    let indicator = data.indicator(key).ok_or_else(unknown)?;
    let category = data.category(&indicator.category).ok_or_else(unknown)?;
    let unit = data.unit(&indicator.unit).ok_or_else(unknown)?;
    let all = data.observations();
    let mut observations: Vec<&Observation> = data.rows_of_indicator(key).iter().map(|&r| &all[r as usize]).collect();
    // Stable: figures of one region and end keep the store's order.
    observations.sort_by(|a, b| b.period.end_key().cmp(&a.period.end_key()).then_with(|| a.region.cmp(&b.region)));
    let periods = indicator_periods(data, key).to_vec();
    Ok(IndicatorDetail { indicator, category, unit, observations, periods })
}

/// The distinct periods of an indicator's figures, oldest first (by end, then as written),
/// as the dataset's summary lists them once per data version.
pub fn indicator_periods<'a>(data: &'a Dataset, key: &str) -> &'a [Period] {
    let periods = &data.summary().indicator_periods;
    data.indicator_position(key).and_then(|i| periods.get(i)).map_or(&[], Vec::as_slice)
}
