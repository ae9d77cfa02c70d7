//! The lines of an indicator's trend chart: one per region while they are few, else the
//! spread of all regions per period (10th percentile, median, 90th percentile), so a national
//! indicator draws three readable lines instead of thousands (worked out by
//! [`data::query::percentile_spread`]).

use crate::{
    charts::TrendSeries,
    i18n::{Lang, Text},
};
use data::{
    Dataset, Period,
    query::{IndicatorDetail, Percentiles, percentile_spread},
};
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
    let mut regions: Vec<&str> = detail.observations.iter().map(|o| o.region.as_str()).collect();
    regions.sort_unstable();
    regions.dedup();
    if regions.len() > FULL_TREND {
        return (spread(detail, periods, lang), true);
    }
    // One look-up table instead of a scan per region and period.
    let mut values: HashMap<(&str, Period), f64> = HashMap::with_capacity(detail.observations.len());
    for o in &detail.observations {
        values.insert((o.region.as_str(), o.period), o.value);
    }
    let series = regions
        .iter()
        .filter_map(|code| data.region(code))
        .map(|region| TrendSeries {
            label: region.name.get(lang).to_owned(),
            values: periods.iter().map(|p| values.get(&(region.code.as_str(), *p)).copied()).collect(),
        })
        .collect();
    (series, false)
}

fn spread(detail: &IndicatorDetail, periods: &[Period], lang: Lang) -> Vec<TrendSeries> {
    let spread = percentile_spread(&detail.observations, periods);
    let line = |label, value: fn(&Percentiles) -> Option<f64>| TrendSeries {
        label: lang.t(label).to_owned(),
        values: spread.iter().map(value).collect(),
    };
    vec![
        line(Text::TrendPercentile90, |p| p.p90),
        line(Text::TrendMedian, |p| p.median),
        line(Text::TrendPercentile10, |p| p.p10),
    ]
}
