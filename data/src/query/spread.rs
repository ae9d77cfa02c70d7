//! An indicator's spread over time: per period, the 10th percentile, the median and the 90th
//! percentile of the regions' figures, so that thousands of regions read as three lines.

use crate::{model::Observation, period::Period};
use std::collections::HashMap;

/// The percentiles of one period's figures; `None` where no region has a finite one.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Percentiles {
    pub p10: Option<f64>,
    pub median: Option<f64>,
    pub p90: Option<f64>,
}

/// For each of `periods`, in order, the percentiles of the regions' figures: one figure per
/// region and period (the last in `observations`' order), non-finite values left out.
///
/// Written by hand, not as a Polars `unique` + `group_by(period).agg(quantile)`: those need
/// Polars' lazy engine, which the server is built without (about 3 minutes of every fresh
/// build). On a national indicator (28,860 figures, 10 periods) `benches/aggregates.rs`
/// measured 3.1 ms by hand against 3.9 ms through Polars on a shared machine, then 1.91 against
/// 1.48 ms on an idle one once gathers took only the columns read: 0.4 ms of an indicator
/// page's 17 ms render does not pay for those minutes.
pub fn percentile_spread(observations: &[&Observation], periods: &[Period]) -> Vec<Percentiles> {
    let at: HashMap<Period, usize> = periods.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let mut values: HashMap<(&str, usize), f64> = HashMap::with_capacity(observations.len());
    for o in observations {
        if let Some(&i) = at.get(&o.period) {
            values.insert((o.region.as_str(), i), o.value);
        }
    }
    let mut per_period: Vec<Vec<f64>> = vec![Vec::new(); periods.len()];
    for ((_, i), value) in values {
        if value.is_finite() {
            per_period[i].push(value);
        }
    }
    per_period.iter_mut().map(|values| percentiles(values)).collect()
}

/// The 10th, 50th and 90th percentiles of `values` (sorted in place).
pub fn percentiles(values: &mut [f64]) -> Percentiles {
    values.sort_unstable_by(f64::total_cmp);
    Percentiles { p10: quantile(values, 0.1), median: quantile(values, 0.5), p90: quantile(values, 0.9) }
}

/// The `q` quantile of sorted values by nearest rank (as Polars' `QuantileMethod::Nearest`),
/// `None` for no values.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    sorted.get((q * last as f64).round() as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;
    use std::sync::Arc;

    #[test]
    fn quantiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=11).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.5), Some(6.0));
        assert_eq!(quantile(&v, 0.9), Some(10.0));
        assert_eq!(quantile(&v, 0.1), Some(2.0));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[3.0], 0.9), Some(3.0));
    }

    fn figure(region: &str, year: u16, value: f64) -> Observation {
        Observation {
            region: region.into(),
            indicator: "i".into(),
            period: Period::Year(year),
            value,
            qualifier: Qualifier::Exact,
            provenance: Arc::default(),
        }
    }

    #[test]
    fn each_period_spreads_its_regions_figures() {
        let mut figures: Vec<Observation> = (0..21).map(|r| figure(&format!("r{r}"), 2024, f64::from(r))).collect();
        // A region's second figure for a period replaces its first; NaN and other years count not.
        figures.push(figure("r0", 2024, 100.0));
        figures.push(figure("r1", 2024, f64::NAN));
        figures.push(figure("r2", 2023, 7.0));
        figures.push(figure("r3", 2019, 7.0));
        let refs: Vec<&Observation> = figures.iter().collect();
        let spread = percentile_spread(&refs, &[Period::Year(2022), Period::Year(2023), Period::Year(2024)]);
        // 2024: 2..=20 and 100, 20 values: ranks 2, 10 and 17 (of 0..=19).
        assert_eq!(spread[2], Percentiles { p10: Some(4.0), median: Some(12.0), p90: Some(19.0) });
        assert_eq!(spread[1], Percentiles { p10: Some(7.0), median: Some(7.0), p90: Some(7.0) });
        assert_eq!(spread[0], Percentiles::default());
    }
}
