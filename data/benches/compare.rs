//! `make bench`: the compare query on the seed data.

use criterion::{Criterion, criterion_group, criterion_main};
use data::query::{Normalisation, PeriodChoice, compare, coverage, region_profile};
use std::hint::black_box;

fn seed_queries(c: &mut Criterion) {
    let data = data::load(&data::SeedFiles::embedded()).expect("seed loads");
    c.bench_function("compare/seed/local_regulations_enacted", |b| {
        b.iter(|| {
            compare(&data, black_box("local_regulations_enacted"), PeriodChoice::Latest, Normalisation::Absolute)
        });
    });
    c.bench_function("compare/seed/market_entities_per_capita", |b| {
        b.iter(|| compare(&data, black_box("market_entities"), PeriodChoice::Latest, Normalisation::PerTenThousand));
    });
    c.bench_function("region_profile/seed/410600", |b| b.iter(|| region_profile(&data, black_box("410600"))));
    c.bench_function("coverage/seed", |b| b.iter(|| coverage(&data)));
    c.bench_function("load/seed", |b| b.iter(|| data::load(black_box(&data::SeedFiles::embedded()))));
}

criterion_group!(benches, seed_queries);
criterion_main!(benches);
