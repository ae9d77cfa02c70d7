//! `server copy`: a SQLite store moved into PostgreSQL whole — figures with their history,
//! the audit trail, people, sessions, uploads — in one transaction, into an empty database
//! only. Needs PostgreSQL (`make test-postgres`).

#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Live, SeedFiles,
    entry::{EntryContext, observation_changes},
    store::{AuditFilter, NewUser, PostgresStore, Role, Session, SqliteStore, StoreError},
};
use std::sync::Arc;

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

/// A SQLite store with more than the seed: a correction, a frozen period, a session, an upload.
fn busy_sqlite(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("source.sqlite3");
    let live =
        Live::open(Arc::new(SqliteStore::open(&path).unwrap()), || data::validate::tables(&SeedFiles::embedded()))
            .unwrap();
    let new = NewUser { name: "sup".into(), role: Role::Supervisor, region: None, password_hash: "h".into() };
    let sup = live.accounts().add_user(None, &new).unwrap();
    let csv = format!(
        "{HEADER}410600,service_time_limit_reduction,undated-2022-09,83.1,exact,percent,,rmw-20220917,,p.\t3\\n,\n"
    );
    let frozen = live.figures().frozen_periods().unwrap();
    let context = EntryContext { data: &live.dataset(), user: &sup, frozen: &frozen };
    let rows = observation_changes("a.csv", &csv, &context).unwrap();
    live.write(|s| s.record_observations(&sup.actor(), &rows, "typo\nin the report")).unwrap();
    live.write(|s| s.set_frozen(&sup.actor(), "2019", true, "closed")).unwrap();
    let session = Session {
        token_hash: "t".into(),
        user_id: sup.id,
        csrf_token: "c".into(),
        created_at: "2026-12-01T08:00:00Z".into(),
        expires_at: "2026-12-01T16:00:00Z".into(),
        last_seen: "2026-12-01T08:00:00Z".into(),
    };
    live.accounts().create_session(&session).unwrap();
    live.figures().save_upload(&sup.actor(), "b.csv", &[0, 159, 146, 150, b'\\', b'\n']).unwrap();
    path
}

#[test]
#[ignore = "PostgreSQL: make test-postgres"]
fn a_copy_holds_everything_the_sqlite_store_held_and_goes_on_from_there() {
    let dir = tempfile::tempdir().unwrap();
    let source = busy_sqlite(&dir);
    let target = Backend::postgres();
    let Backend::Postgres(db) = &target else { unreachable!() };
    let report = PostgresStore::open(&db.url).unwrap().copy_from_sqlite(&source).unwrap();
    assert!(report.iter().any(|(table, rows)| *table == "audit" && *rows > 0), "{report:?}");

    let (from, to) = (SqliteStore::open(&source).unwrap(), PostgresStore::open(&db.url).unwrap());
    use data::store::{Accounts, Figures};
    let tables = |s: &dyn Figures| data::Dataset::from_snapshot(s.snapshot().unwrap()).to_tables();
    assert_eq!(tables(&from), tables(&to), "the figures, catalogue and targets");
    assert_eq!(from.version().unwrap(), to.version().unwrap(), "the same data version: pages keep their ETags");
    assert_eq!(
        format!("{:?}", from.audit(&AuditFilter::default()).unwrap()),
        format!("{:?}", to.audit(&AuditFilter::default()).unwrap())
    );
    let history = |s: &dyn Figures| {
        format!("{:?}", s.observation_history("410600", "service_time_limit_reduction", "undated-2022-09").unwrap())
    };
    assert_eq!(history(&from), history(&to), "superseded figures and who entered them");
    assert_eq!(format!("{:?}", from.users().unwrap()), format!("{:?}", to.users().unwrap()));
    assert_eq!(from.frozen_periods().unwrap(), to.frozen_periods().unwrap());
    assert_eq!(from.upload(1).unwrap().unwrap().bytes, to.upload(1).unwrap().unwrap().bytes, "bytes as sent");
    assert!(to.session("t", "2026-12-01T09:00:00Z", "2026-12-01T08:30:00Z").unwrap().is_none(), "idle: the same rule");
    assert!(to.session("t", "2026-12-01T08:10:00Z", "2026-12-01T07:50:00Z").unwrap().is_some(), "still signed in");

    // New rows get ids after the copied ones.
    let new =
        NewUser { name: "ed".into(), role: Role::Editor, region: Some("410600".into()), password_hash: "h".into() };
    assert!(to.add_user(None, &new).unwrap().id > from.users().unwrap().iter().map(|u| u.id).max().unwrap());
}

#[test]
#[ignore = "PostgreSQL: make test-postgres"]
fn a_copy_goes_only_into_an_empty_database_and_a_failed_one_leaves_it_empty() {
    let dir = tempfile::tempdir().unwrap();
    let source = busy_sqlite(&dir);
    let target = Backend::postgres();
    let Backend::Postgres(db) = &target else { unreachable!() };
    let store = PostgresStore::open(&db.url).unwrap();
    store.copy_from_sqlite(&source).unwrap();
    assert!(matches!(store.copy_from_sqlite(&source), Err(StoreError::Conflict(_))), "not over data");

    // A row PostgreSQL refuses, late in the copy (SQLite's own checks switched off to write it).
    let conn = rusqlite::Connection::open(&source).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO audit (at, user_id, user_name, action, entity, reason) VALUES ('x', 999, 'ghost', 'a', 'e', 'r');",
    )
    .unwrap();
    let empty = Backend::postgres();
    let Backend::Postgres(db) = &empty else { unreachable!() };
    let store = PostgresStore::open(&db.url).unwrap();
    assert!(store.copy_from_sqlite(&source).is_err());
    use data::store::Figures;
    assert!(store.is_empty().unwrap(), "nothing of the failed copy is left");
    assert!(store.audit(&AuditFilter::default()).unwrap().is_empty());
}
