//! A comparison of many regions, windowed for a chart and binned for a histogram.

use data::{
    Dataset, SeedFiles,
    query::{BINS, CHART_ENDS, FULL_CHART, Normalisation, PeriodChoice, compare, most_reported},
    synthetic::{Spec, generate},
};

fn national() -> Dataset {
    let seed = data::validate::tables(&SeedFiles::embedded()).unwrap();
    let spec = Spec {
        seed: 5,
        provinces: 2,
        prefectures_per_province: 3,
        counties: 120,
        indicators: 6,
        years: 3,
        last_year: 2024,
    };
    Dataset::new(generate(&spec, &seed.categories, &seed.units).unwrap())
}

#[test]
fn many_regions_chart_both_ends_and_the_one_asked_for() {
    let data = national();
    let indicator = most_reported(&data, None).unwrap();
    let c = compare(&data, &indicator.key, PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    let reporters = c.reporting();
    assert!(reporters > FULL_CHART + 2 * CHART_ENDS, "{reporters} reporters");
    let ends: Vec<usize> = (0..CHART_ENDS).chain(reporters - CHART_ENDS..reporters).collect();
    assert_eq!(c.chart_rows(true, None), ends);
    let middle = &c.rows[reporters / 2].region.code;
    let drawn = c.chart_rows(false, Some(middle));
    assert_eq!(drawn.len(), 2 * CHART_ENDS + 1);
    assert!(drawn.contains(&(reporters / 2)) && drawn.windows(2).all(|w| w[0] < w[1]));

    let bins = c.histogram();
    assert_eq!(bins.len(), BINS);
    assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), c.rows.iter().filter(|r| r.value.is_some()).count());
    let values = || c.rows.iter().filter_map(|r| r.value);
    assert_eq!(bins[0].from, values().reduce(f64::min).unwrap());
    assert!((bins[BINS - 1].to - values().reduce(f64::max).unwrap()).abs() < 1e-9);
}

#[test]
fn few_regions_chart_every_one() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let indicator = most_reported(&data, None).unwrap();
    let c = compare(&data, &indicator.key, PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert!(c.rows.len() <= FULL_CHART);
    assert_eq!(c.chart_rows(false, None), (0..c.rows.len()).collect::<Vec<_>>());
    assert_eq!(c.chart_rows(true, None), (0..c.reporting()).collect::<Vec<_>>());
}

#[test]
fn the_default_indicator_is_the_most_reported_first_in_order() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let reporting = &data.summary().reporting_regions;
    let most = *reporting.iter().max().unwrap();
    let first = data.indicators().iter().zip(reporting).find(|(_, n)| **n == most).unwrap().0;
    assert_eq!(most_reported(&data, None).unwrap().key, first.key);
    for category in data.categories().iter().filter(|c| data.indicators().iter().any(|i| i.category == c.key)) {
        let chosen = most_reported(&data, Some(&category.key)).unwrap();
        assert_eq!(chosen.category, category.key);
        let position = data.indicators().iter().position(|i| i.key == chosen.key).unwrap();
        let best = data.indicators().iter().zip(reporting).filter(|(i, _)| i.category == category.key);
        assert_eq!(reporting[position], best.map(|(_, n)| *n).max().unwrap());
    }
    assert!(most_reported(&data, Some("no such category")).is_none());
}
