//! The SQLite store: one file, WAL mode, migrations embedded from `data/migrations/`. One
//! writer connection serialises writes; readers take pooled connections and never wait on it.
//! This file holds the connections; `operations.rs` maps the [`super::Store`] interface onto
//! the modules of the tables, and `snapshot.rs` reads the data as of one version.

mod audit;
mod catalogue;
mod login_attempts;
mod observations;
mod operations;
mod people;
mod schema;
mod snapshot;
mod targets;
mod uploads;

use super::StoreError;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::{
    path::{Path, PathBuf},
    sync::{Mutex, PoisonError},
};

/// Idle read connections kept open.
const READER_POOL: usize = 8;

#[derive(Debug)]
pub struct SqliteStore {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Open { path: dir.display().to_string(), reason: e.to_string() })?;
        }
        schema::owner_only(path)
            .map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
        let mut writer = schema::connect(path)?;
        schema::migrate(&mut writer)?;
        Ok(Self { path: path.to_owned(), writer: Mutex::new(writer), readers: Mutex::new(Vec::new()) })
    }

    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let pooled = self.readers.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => schema::connect(&self.path)?,
        };
        let result = f(&conn);
        let mut readers = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
        if readers.len() < READER_POOL {
            readers.push(conn);
        }
        result
    }

    /// Runs `f` in one immediate transaction: all of it is committed, or none.
    fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut conn = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The store's version: the last audit entry of a change to the data, which every such write
/// adds (security events are audited as `data = 0`).
fn version(c: &Connection) -> Result<i64, StoreError> {
    Ok(c.query_row("SELECT COALESCE(MAX(id), 0) FROM audit WHERE data = 1", [], |r| r.get(0))?)
}

/// The current time as stored: UTC, to the second, `2026-11-26T18:12:07Z`.
pub(crate) fn now() -> String {
    timestamp(std::time::SystemTime::now())
}

/// A time as stored.
pub fn timestamp(time: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
