//! The Polars frames the queries run on, rebuilt whenever the tables change.

use crate::dataset::Tables;
use polars::prelude::*;
use std::collections::HashMap;

/// Column frames of the dataset. `observations.row` indexes `Tables::observations`.
#[derive(Clone, Debug)]
pub struct Frames {
    /// row u32, region str, indicator str, category str, period str, period_end i32,
    /// value f64, qualifier str.
    pub observations: DataFrame,
    /// code str, level str, population f64 (null when unknown).
    pub regions: DataFrame,
}

impl Frames {
    pub fn build(tables: &Tables) -> Self {
        let obs = &tables.observations;
        let categories: HashMap<&str, &str> =
            tables.indicators.iter().map(|i| (i.key.as_str(), i.category.as_str())).collect();
        let category_of = |key: &str| categories.get(key).copied().unwrap_or("");
        let observations = df!(
            "row" => (0..obs.len() as u32).collect::<Vec<_>>(),
            "region" => obs.iter().map(|o| o.region.as_str()).collect::<Vec<_>>(),
            "indicator" => obs.iter().map(|o| o.indicator.as_str()).collect::<Vec<_>>(),
            "category" => obs.iter().map(|o| category_of(&o.indicator)).collect::<Vec<_>>(),
            "period" => obs.iter().map(|o| o.period.to_string()).collect::<Vec<_>>(),
            "period_end" => obs.iter().map(|o| o.period.end_key()).collect::<Vec<_>>(),
            "value" => obs.iter().map(|o| o.value).collect::<Vec<_>>(),
            "qualifier" => obs.iter().map(|o| o.qualifier.key()).collect::<Vec<_>>(),
        )
        .expect("observation columns have one length");
        let regions = &tables.regions;
        let regions = df!(
            "code" => regions.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            "level" => regions.iter().map(|r| r.level.key()).collect::<Vec<_>>(),
            "population" => regions
                .iter()
                .map(|r| r.population.as_ref().map(|p| p.residents as f64))
                .collect::<Vec<_>>(),
        )
        .expect("region columns have one length");
        Self { observations, regions }
    }
}
