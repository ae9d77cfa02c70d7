//! `make bench`: the data layer at national scale — 3,000 counties × 200 indicators × 10 years
//! of synthetic figures (about 5.75 million after the generator's gaps). Prints the one-off
//! costs (generate, store import, store → frames at start-up, an edit made visible) as the
//! median of several runs, then lets criterion time the queries.

use criterion::{Criterion, criterion_group, criterion_main};
use data::{
    Dataset, Live, SeedFiles,
    query::{Normalisation, PeriodChoice, compare, region_profile},
    store::{Figures, NewUser, ObservationChange, Role, SqliteStore, Store},
    synthetic::{Spec, generate},
};
use std::{hint::black_box, sync::Arc, time::Instant};

fn median_of(runs: usize, what: &str, mut run: impl FnMut()) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{what}: median of {runs} {:.2} s (sorted: {times:.2?})", times[runs / 2]);
}

fn rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok());
    kib.unwrap_or(0) / 1024
}

fn national(c: &mut Criterion) {
    let seed = data::validate::tables(&SeedFiles::embedded()).expect("seed");
    let started = Instant::now();
    let mut tables = generate(&Spec::default(), &seed.categories, &seed.units).expect("spec");
    tables.synthetic = true;
    println!("generate: {} figures in {:.1} s", tables.observations.len(), started.elapsed().as_secs_f64());

    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SqliteStore::open(&dir.path().join("national.sqlite3")).expect("store");
    let started = Instant::now();
    store.import_catalogue(&tables).expect("import");
    println!("store import: {:.1} s", started.elapsed().as_secs_f64());
    drop(tables);
    let store: Arc<dyn Store> = Arc::new(store);

    median_of(3, "store → frames (start-up)", || {
        let snapshot = store.snapshot().expect("snapshot");
        drop(Dataset::from_snapshot(snapshot));
    });
    let live = Live::open(store.clone(), || unreachable!("the store is full")).expect("open");
    // As the server is once settled: the ranks, worked out beside it after a start, done.
    live.dataset().warm();
    println!("RSS with one dataset: {} MiB", rss_mib());

    let user = NewUser { name: "bench".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    let user = live.accounts().add_user(None, &user).expect("user");
    let mut value = 1.0;
    // Edits are quick and vary with the machine's memory: more runs.
    median_of(7, "edit visible (write + the changes applied)", || {
        value += 1.0;
        let mut observation = live.dataset().observations()[0].clone();
        observation.value = value;
        let change = ObservationChange { observation, correction: true };
        live.write(|s| s.record_observations(&user.actor(), &[change], "bench")).expect("write");
    });

    let data = live.dataset();
    c.bench_function("compare/national/synthetic_001", |b| {
        b.iter(|| compare(&data, black_box("synthetic_001"), PeriodChoice::Latest, Normalisation::Absolute));
    });
    let counted = data.indicators().iter().find(|i| i.per_capita).expect("a count").key.clone();
    let period = PeriodChoice::Exact(data::Period::Year(2020));
    assert!(compare(&data, &counted, period, Normalisation::PerTenThousand).is_ok());
    c.bench_function("compare/national/per_capita_2020", |b| {
        b.iter(|| compare(&data, black_box(&counted), period, Normalisation::PerTenThousand));
    });
    c.bench_function("region_profile/national/county", |b| b.iter(|| region_profile(&data, black_box("900101"))));
    c.bench_function("region_profile/national/prefecture", |b| b.iter(|| region_profile(&data, black_box("950300"))));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = national
}
criterion_main!(benches);
