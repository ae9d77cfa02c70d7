//! The store's tests run on every backend, each test written once: `sqlite::NAME` always, and
//! `postgres::NAME`, ignored unless included. `make test-postgres` starts a throw-away server
//! and runs them with `--include-ignored` and `FAZHI_TEST_POSTGRES` set to its URL; included
//! without that variable, they fail rather than pass.

#![allow(dead_code)]

use data::store::{PostgresStore, SqliteStore, Store};
use std::sync::{
    Arc,
    atomic::{AtomicU32, Ordering},
};

/// The variable holding the URL of a PostgreSQL server's database the tests may create
/// databases from (`postgres://postgres@127.0.0.1:55432/fazhi`).
pub const POSTGRES_URL: &str = "FAZHI_TEST_POSTGRES";

/// Where a test's store lives; dropped, it is gone.
pub enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres(TestDatabase),
}

impl Backend {
    pub fn sqlite() -> Self {
        Backend::Sqlite(tempfile::tempdir().expect("a temporary directory"))
    }

    /// A new, empty database of its own on the server of [`POSTGRES_URL`].
    pub fn postgres() -> Self {
        let server = std::env::var(POSTGRES_URL)
            .unwrap_or_else(|_| panic!("{POSTGRES_URL} must hold a PostgreSQL URL (make test-postgres sets it)"));
        Backend::Postgres(TestDatabase::create(&server))
    }

    /// Opens (again, if it was opened before) the store.
    pub fn open(&self) -> Arc<dyn Store> {
        match self {
            Backend::Sqlite(dir) => Arc::new(SqliteStore::open(&dir.path().join("test.sqlite3")).expect("sqlite")),
            Backend::Postgres(db) => Arc::new(PostgresStore::open(&db.url).expect("postgres")),
        }
    }
}

/// A database created for one test and dropped after it.
pub struct TestDatabase {
    server: String,
    name: String,
    pub url: String,
}

impl TestDatabase {
    fn create(server: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("fazhi_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut admin = postgres::Client::connect(server, postgres::NoTls).expect("the test server");
        // One statement each: two in one string would run as one transaction, which these refuse.
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let (base, query) = server.split_once('?').map_or((server, ""), |(b, q)| (b, q));
        let at =
            base.rfind('/').filter(|&at| at > base.find("://").map_or(0, |s| s + 2)).expect("a URL with a database");
        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
        let url = format!("{}/{name}{query}", &base[..at]);
        Self { server: server.to_owned(), name, url }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // FORCE: a pooled connection the test left open must not keep the database.
        if let Ok(mut admin) = postgres::Client::connect(&self.server, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// Generates `sqlite::NAME` and `postgres::NAME` for each `fn NAME(backend: &Backend)` named.
#[allow(unused_macros)] // a test file may use the backends without it
macro_rules! on_every_backend {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    super::$name(&super::backends::Backend::sqlite());
                }
            )*
        }

        mod postgres {
            $(
                #[test]
                #[ignore = "PostgreSQL: make test-postgres"]
                fn $name() {
                    super::$name(&super::backends::Backend::postgres());
                }
            )*
        }
    };
}
