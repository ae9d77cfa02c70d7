//! `make bench`: the store at seed size — a write made visible (record + re-read + rebuild of
//! the frames), the board, and a snapshot read.

use criterion::{Criterion, criterion_group, criterion_main};
use data::{
    Live, SeedFiles,
    entry::{EntryContext, observation_changes},
    store::{NewUser, Role, SqliteStore},
    supervision::{BoardFilter, board, today},
};
use std::{hint::black_box, sync::Arc};

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SqliteStore::open(&dir.path().join("bench.sqlite3")).expect("store");
    let live = Live::open(Arc::new(store), || data::validate::tables(&SeedFiles::embedded())).expect("seed");
    let user = NewUser { name: "bench".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    let user = live.accounts().add_user(None, &user).expect("user");
    let mut value = 0u64;
    c.bench_function("write_visible/seed/one_figure", |b| {
        b.iter(|| {
            value += 1;
            let csv = format!(
                "region,indicator,period,value,source,note\n410600,legality_reviews,2023,{value},rmw-20220917,p\n"
            );
            let frozen = Vec::new();
            let data = live.dataset();
            let ctx = EntryContext { data: &data, user: &user, frozen: &frozen };
            let changes = observation_changes("bench", &csv, &ctx).expect("valid row");
            live.write(|s| s.record_observations(&user.actor(), &changes, "bench")).expect("write")
        });
    });
    c.bench_function("snapshot/seed", |b| b.iter(|| live.figures().snapshot().expect("snapshot")));
    let data = live.dataset();
    c.bench_function("board/seed", |b| b.iter(|| board(&data, black_box(&BoardFilter::default()), today())));
}

criterion_group!(benches, store);
criterion_main!(benches);
