//! `make bench`: aggregates the data layer works out by hand over many rows, each beside the
//! same answer from Polars expressions, on national-size inputs (the synthetic 3,000 counties ×
//! 200 indicators × 10 years): an indicator's percentile spread (about 30,000 figures), the
//! compare histogram (3,000 and 30,000 values), and who reports what (5.75 M figures). The
//! doc comment of each hand-written function gives the numbers and the choice made.

use criterion::{Criterion, criterion_group, criterion_main};
use data::{
    Dataset, SeedFiles,
    query::{
        BINS, Normalisation, PeriodChoice, compare, histogram, indicator_detail, percentile_spread, report_counts,
        reports,
    },
    synthetic::{Spec, generate},
};
use polars::prelude::*;
use std::hint::black_box;

/// The spread as Polars works it out from the indicator's gathered columns: one figure per
/// region and period (the last), finite values, three quantiles per period.
fn spread_polars(data: &Dataset, key: &str) -> PolarsResult<DataFrame> {
    // The index's rows come in store order; the hand path's "last" is in detail order, which
    // for one region and period is store order too.
    let figures = data.frames().gather(data.rows_of_indicator(key), &["region", "period", "value"])?;
    let q = |p: f64, name: &str| col("value").quantile(lit(p), QuantileMethod::Nearest).alias(name);
    figures
        .lazy()
        .unique_stable_generic(Some(vec![col("region"), col("period")]), UniqueKeepStrategy::Last)
        .filter(col("value").is_finite())
        .group_by([col("period")])
        .agg([q(0.1, "p10"), q(0.5, "median"), q(0.9, "p90")])
        .sort(["period"], SortMultipleOptions::default())
        .collect()
}

/// The histogram by Polars: the bounds, then each value's bin, counted per bin.
fn histogram_polars(values: &[f64]) -> PolarsResult<DataFrame> {
    let frame = df!("value" => values)?.lazy().filter(col("value").is_finite());
    let bounds = frame.clone().select([col("value").min().alias("min"), col("value").max().alias("max")]).collect()?;
    let (Some(min), Some(max)) = (bounds.column("min")?.f64()?.get(0), bounds.column("max")?.f64()?.get(0)) else {
        return Ok(DataFrame::empty());
    };
    let width = (max - min) / BINS as f64;
    let bin = ((col("value") - lit(min)) / lit(width)).cast(DataType::UInt32);
    let last = lit(BINS as u32 - 1);
    frame
        .select([when(bin.clone().gt(last.clone())).then(last).otherwise(bin).alias("bin")])
        .group_by([col("bin")])
        .agg([len().alias("count")])
        .sort(["bin"], SortMultipleOptions::default())
        .collect()
}

/// Who reports what by Polars: the distinct (region, indicator) pairs, counted per indicator
/// and per region.
fn coverage_polars(frame: &DataFrame) -> PolarsResult<(DataFrame, DataFrame)> {
    let pairs = frame
        .clone()
        .lazy()
        .select([col("region"), col("indicator")])
        .unique(None, UniqueKeepStrategy::Any)
        .collect()?;
    let count = |by: &str| pairs.clone().lazy().group_by([col(by)]).agg([len().alias("count")]).collect();
    Ok((count("indicator")?, count("region")?))
}

fn aggregates(c: &mut Criterion) {
    let seed = data::validate::tables(&SeedFiles::embedded()).expect("seed");
    let data = Dataset::new(generate(&Spec::default(), &seed.categories, &seed.units).expect("spec"));
    let key = "synthetic_001";

    // Spread: both answer the same before either is timed.
    let detail = indicator_detail(&data, key).expect("indicator");
    let spread = percentile_spread(&detail.observations, &detail.periods);
    let polars = spread_polars(&data, key).expect("polars spread");
    let medians: Vec<Option<f64>> = polars.column("median").unwrap().f64().unwrap().iter().collect();
    assert_eq!(spread.iter().map(|p| p.median).collect::<Vec<_>>(), medians);
    println!("spread: {} figures over {} periods", detail.observations.len(), detail.periods.len());
    c.bench_function("spread/hand/national", |b| {
        b.iter(|| percentile_spread(black_box(&detail.observations), &detail.periods));
    });
    c.bench_function("spread/polars/national", |b| b.iter(|| spread_polars(&data, black_box(key))));

    // Histogram: a county comparison's values, and ten times as many.
    let comparison = compare(&data, key, PeriodChoice::Latest, Normalisation::Absolute).expect("compare");
    let counties: Vec<f64> = comparison.rows.iter().filter_map(|r| r.value).collect();
    let tenfold: Vec<f64> = (0..10).flat_map(|i| counties.iter().map(move |v| v + f64::from(i))).collect();
    for values in [&counties, &tenfold] {
        let counts: Vec<u32> = histogram(values, BINS).iter().map(|b| b.count as u32).filter(|&n| n > 0).collect();
        let polars = histogram_polars(values).expect("polars histogram");
        let polars: Vec<u32> = polars.column("count").unwrap().idx().unwrap().into_no_null_iter().collect();
        assert_eq!(counts, polars);
        let n = values.len();
        c.bench_function(&format!("histogram/hand/{n}"), |b| b.iter(|| histogram(black_box(values), BINS)));
        c.bench_function(&format!("histogram/polars/{n}"), |b| b.iter(|| histogram_polars(black_box(values))));
    }

    // Coverage: every figure of the dataset.
    let frame = &data.frames().observations;
    let (regions, indicators) = (data.regions().len(), data.indicators().len());
    let (reporting, _) = report_counts(&reports(frame, regions, indicators).unwrap(), regions, indicators);
    let (per_indicator, _) = coverage_polars(frame).expect("polars coverage");
    let total: u32 = per_indicator.column("count").unwrap().idx().unwrap().into_no_null_iter().sum();
    assert_eq!(reporting.iter().sum::<usize>(), total as usize);
    println!("coverage: {} figures, {regions} regions, {indicators} indicators", frame.height());
    let mut group = c.benchmark_group("coverage");
    group.sample_size(10);
    group.bench_function("hand/national", |b| {
        b.iter(|| report_counts(&reports(black_box(frame), regions, indicators).unwrap(), regions, indicators));
    });
    group.bench_function("polars/national", |b| b.iter(|| coverage_polars(black_box(frame))));
    group.finish();
}

criterion_group!(benches, aggregates);
criterion_main!(benches);
