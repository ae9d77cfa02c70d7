//! Several servers on one database (replicas, or `server import` beside a server): each reads
//! what the others wrote, and no figure is missed because a later one became visible first.

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Period, SeedFiles,
    store::{NewUser, ObservationChange, Role, Store},
};
use std::{collections::HashSet, sync::Arc};

/// Two servers write figures as fast as they can while a third follows them by
/// `changes_since`: what it gathered is every figure, none twice, in id order.
fn writes_from_several_servers_are_followed_without_a_gap(backend: &Backend) {
    let first = backend.open();
    let tables = data::validate::tables(&SeedFiles::embedded()).unwrap();
    first.import_catalogue(&tables).unwrap();
    let user = NewUser { name: "sup".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    let actor = first.add_user(None, &user).unwrap().actor();
    let start = first.snapshot().unwrap();
    let template = tables.observations[0].clone();
    let servers: Vec<Arc<dyn Store>> = vec![first, backend.open()];
    let follower = backend.open();
    let (mut last, mut seen) = (start.last_figure, Vec::new());
    std::thread::scope(|scope| {
        let writers: Vec<_> = servers
            .iter()
            .enumerate()
            .map(|(n, server)| {
                let (actor, template) = (&actor, &template);
                scope.spawn(move || {
                    for year in 0..40 {
                        let observation = data::model::Observation {
                            period: Period::Year(1950 + 40 * n as u16 + year),
                            ..template.clone()
                        };
                        let change = ObservationChange { observation, correction: false };
                        server.record_observations(actor, &[change], "replica").unwrap();
                    }
                })
            })
            .collect();
        while writers.iter().any(|w| !w.is_finished()) {
            let changes = follower.changes_since(last).unwrap();
            seen.extend(changes.added);
            last = changes.last_figure;
        }
    });
    seen.extend(follower.changes_since(last).unwrap().added);
    let periods: HashSet<Period> = seen.iter().map(|o| o.period).collect();
    assert_eq!((seen.len(), periods.len()), (80, 80), "every figure once");
    let full = follower.snapshot().unwrap().tables.observations;
    assert_eq!(&full[full.len() - 80..], &seen[..], "in id order");
}

on_every_backend!(
    writes_from_several_servers_are_followed_without_a_gap,
    servers_starting_at_once_on_a_new_database_all_start
);

/// Replicas started at once on a new database: one migrates, the others find it done.
fn servers_starting_at_once_on_a_new_database_all_start(backend: &Backend) {
    std::thread::scope(|scope| {
        let opening: Vec<_> = (0..8).map(|_| scope.spawn(|| backend.open())).collect();
        for store in opening {
            assert!(store.join().unwrap().is_empty().unwrap());
        }
    });
}

/// A server waiting for others' writes hears one as it commits, not at its next poll.
#[test]
#[ignore = "PostgreSQL: make test-postgres"]
fn postgres_a_write_wakes_the_servers_waiting_for_one() {
    use std::time::{Duration, Instant};
    let backend = Backend::postgres();
    let (writer, waiter) = (backend.open(), backend.open());
    let tables = data::validate::tables(&SeedFiles::embedded()).unwrap();
    writer.import_catalogue(&tables).unwrap();
    let user = NewUser { name: "sup".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    let actor = writer.add_user(None, &user).unwrap().actor();
    const LONG: Duration = Duration::from_secs(30);
    waiter.wait_for_change(LONG).unwrap(); // starts listening (and says a write may have been missed)
    let waited = std::thread::scope(|scope| {
        let waiting = scope.spawn(|| {
            let started = Instant::now();
            waiter.wait_for_change(LONG).unwrap();
            started.elapsed()
        });
        std::thread::sleep(Duration::from_millis(300));
        let observation = data::model::Observation { period: Period::Year(1949), ..tables.observations[0].clone() };
        writer.record_observations(&actor, &[ObservationChange { observation, correction: false }], "r").unwrap();
        waiting.join().unwrap()
    });
    assert!(waited < LONG / 3, "woken by the write after {waited:?}, not by the timeout");
}
