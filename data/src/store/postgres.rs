//! The PostgreSQL store: one database that several server processes (replicas) may share.
//! Migrations are embedded from `data/migrations/postgres/`. This file holds the connections;
//! `operations.rs` maps the [`super::Store`] interface onto the modules of the tables, and
//! `snapshot.rs` reads the data as of one version. No TLS: the database is meant to be on
//! loopback or a private network.

mod audit;
mod catalogue;
mod copy;
mod listen;
mod login_attempts;
mod observations;
mod operations;
mod people;
mod schema;
mod snapshot;
mod standby;
mod targets;
mod transfer;
mod uploads;

use super::StoreError;
use ::postgres::{Client, GenericClient, NoTls, Transaction};
pub use standby::StandbyLag;
use std::sync::{Mutex, PoisonError};
pub use transfer::CopyReport;

/// Idle connections kept open.
const POOL: usize = 8;

/// The transaction-level advisory lock every write of figures, catalogue, accounts or audit
/// takes first. `changes_since` reads the figures after the last id it saw, so ids must
/// become visible in id order; with writers in several processes, sequences and `MAX(id) + 1`
/// guarantee that only if the writes take turns, as SQLite's single writer makes them.
const WRITE_LOCK: i64 = 0x6661_7a68_6901;

/// The login throttle's lock: attempts are counted one after the other, as they arrive at any
/// server, without waiting for a write of figures.
const LOGIN_LOCK: i64 = 0x6661_7a68_6902;

/// The PostgreSQL store. Connections are pooled; every write is one transaction.
///
/// The sync client runs a runtime of its own and panics when called from inside an async
/// tokio worker: call it (and [`PostgresStore::open`]), as the server calls every store
/// operation, on the blocking pool (`spawn_blocking`) or on a thread of its own.
pub struct PostgresStore {
    url: String,
    pool: Mutex<Vec<Client>>,
    /// The connection that listens for other servers' writes (`listen.rs`), once asked.
    listener: Mutex<Option<Client>>,
    /// A hot standby the large reads go to (`standby.rs`), if one was given.
    standby: Option<Box<PostgresStore>>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("url", &redacted(&self.url)).finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Connects to the database at `url` (`postgres://user@host:port/db`) and brings its
    /// schema up to date.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let mut client = connect(url)?;
        schema::migrate(&mut client, &redacted(url))?;
        Ok(Self { url: url.to_owned(), pool: Mutex::new(vec![client]), listener: Mutex::new(None), standby: None })
    }

    /// Runs `f` on a pooled connection (a new one when none is idle).
    fn with<T>(&self, f: impl FnOnce(&mut Client) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let pooled = self.pool.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut client = match pooled.filter(|c| !c.is_closed()) {
            Some(client) => client,
            None => connect(&self.url)?,
        };
        let result = f(&mut client);
        let mut pool = self.pool.lock().unwrap_or_else(PoisonError::into_inner);
        if pool.len() < POOL && !client.is_closed() {
            pool.push(client);
        }
        result
    }

    fn read<T>(&self, f: impl FnOnce(&mut Client) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.with(f)
    }

    /// Runs `f` in one transaction that holds the write lock: all of it is committed, or
    /// none. Read committed, so what it reads after the lock is what the writes before it
    /// committed.
    fn write<T>(&self, f: impl FnOnce(&mut Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.transaction(Some(WRITE_LOCK), |tx| {
            let out = f(tx)?;
            listen::notify(tx)?;
            Ok(out)
        })
    }

    /// A session's bookkeeping (last use, draft, logout): no figure, no audit entry, so it
    /// need not wait for an import of millions to finish.
    fn write_session<T>(&self, f: impl FnOnce(&mut Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.transaction(None, f)
    }

    /// The login throttle's counts, one after the other.
    fn write_login<T>(&self, f: impl FnOnce(&mut Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.transaction(Some(LOGIN_LOCK), f)
    }

    fn transaction<T>(
        &self,
        lock: Option<i64>,
        f: impl FnOnce(&mut Transaction) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.with(|client| {
            let mut tx = client.transaction()?;
            if let Some(lock) = lock {
                tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock])?;
            }
            let out = f(&mut tx)?;
            tx.commit()?;
            Ok(out)
        })
    }
}

fn connect(url: &str) -> Result<Client, StoreError> {
    Client::connect(url, NoTls).map_err(|e| StoreError::Open { path: redacted(url), reason: e.to_string() })
}

/// The URL without its password, for messages and logs.
fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        // key=value form: drop the password's value.
        return url
            .split_whitespace()
            .map(|part| if part.starts_with("password=") { "password=…" } else { part })
            .collect::<Vec<_>>()
            .join(" ");
    };
    match rest.split_once('@') {
        Some((user_info, host)) if user_info.contains(':') => {
            let user = user_info.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:…@{host}")
        }
        _ => url.to_owned(),
    }
}

/// The store's version: the last audit entry of a change to the data, which every such write
/// adds (security events are audited as `data = false`).
fn version(c: &mut impl GenericClient) -> Result<i64, StoreError> {
    Ok(c.query_one("SELECT COALESCE(MAX(id), 0) FROM audit WHERE data", &[])?.try_get(0)?)
}

/// The current time as stored (as SQLite stores it: UTC, to the second).
fn now() -> String {
    super::timestamp(std::time::SystemTime::now())
}
