//! The lines of an indicator's trend chart: one per region while they are few, else the
//! spread of all regions per period (10th percentile, median, 90th percentile), so a national
//! indicator draws three readable lines instead of thousands.

use crate::{
    charts::TrendSeries,
    i18n::{Lang, Text},
};
use data::{Dataset, Period, query::IndicatorDetail};
use std::collections::HashMap;

/// Up to this many regions, each gets its own line.
pub(super) const FULL_TREND: usize = 12;

/// The chart's lines over `periods`; `true` when they are the spread rather than regions.
pub(super) fn trend_series(
    data: &Dataset,
    detail: &IndicatorDetail,
    periods: &[Period],
    lang: Lang,
) -> (Vec<TrendSeries>, bool) {
    // One look-up table instead of a scan per region and period (3,000 × 10 × 30,000).
    let mut values: HashMap<(&str, Period), f64> = HashMap::with_capacity(detail.observations.len());
    for o in &detail.observations {
        values.insert((o.region.as_str(), o.period), o.value);
    }
    let mut regions: Vec<&str> = detail.observations.iter().map(|o| o.region.as_str()).collect();
    regions.sort_unstable();
    regions.dedup();
    if regions.len() > FULL_TREND {
        return (spread(&values, periods, lang), true);
    }
    let l = lang.into();
    let series = regions
        .iter()
        .filter_map(|code| data.region(code))
        .map(|region| TrendSeries {
            label: region.name.get(l).to_owned(),
            values: periods.iter().map(|p| values.get(&(region.code.as_str(), *p)).copied()).collect(),
        })
        .collect();
    (series, false)
}

fn spread(values: &HashMap<(&str, Period), f64>, periods: &[Period], lang: Lang) -> Vec<TrendSeries> {
    let mut per_period: Vec<Vec<f64>> = vec![Vec::new(); periods.len()];
    let at: HashMap<Period, usize> = periods.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    for ((_, period), value) in values {
        if let Some(&i) = at.get(period).filter(|_| value.is_finite()) {
            per_period[i].push(*value);
        }
    }
    for v in &mut per_period {
        v.sort_unstable_by(f64::total_cmp);
    }
    [(0.9, Text::TrendPercentile90), (0.5, Text::TrendMedian), (0.1, Text::TrendPercentile10)]
        .into_iter()
        .map(|(q, label)| TrendSeries {
            label: lang.t(label).to_owned(),
            values: per_period.iter().map(|sorted| quantile(sorted, q)).collect(),
        })
        .collect()
}

/// The `q` quantile of sorted values (nearest rank), `None` for no values.
fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    sorted.get((q * last as f64).round() as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::quantile;

    #[test]
    fn quantiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=11).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.5), Some(6.0));
        assert_eq!(quantile(&v, 0.9), Some(10.0));
        assert_eq!(quantile(&v, 0.1), Some(2.0));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[3.0], 0.9), Some(3.0));
    }
}
