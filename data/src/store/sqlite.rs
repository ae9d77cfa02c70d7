//! The SQLite store: one file, WAL mode, migrations embedded from `data/migrations/`. One
//! writer connection serialises writes; readers take pooled connections and never wait on it.

mod audit;
mod catalogue;
mod observations;
mod people;
mod schema;
mod targets;
mod uploads;

use super::{
    Actor, AuditEntry, AuditFilter, ChangeReport, Changes, NewUser, ObservationChange, ObservationRecord, Session,
    Snapshot, Store, StoreError, TargetChange, Upload, User,
};
use crate::{dataset::Tables, model::Source};
use observations::Audit;
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

/// Runs `f` in one read transaction and says which version of the store it saw.
fn at_one_version<T>(
    c: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<(i64, T), StoreError> {
    c.execute_batch("BEGIN")?;
    // The first read fixes the transaction's view: the version and `f` see the same data.
    let out = version(c).and_then(|version| Ok((version, f(c)?)));
    c.execute_batch("COMMIT")?;
    out
}

/// The current time as stored: UTC, to the second, `2026-11-26T18:12:07Z`.
pub(crate) fn now() -> String {
    timestamp(std::time::SystemTime::now())
}

/// A time as stored.
pub fn timestamp(time: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl Store for SqliteStore {
    fn is_empty(&self) -> Result<bool, StoreError> {
        self.read(|c| Ok(c.query_row("SELECT COUNT(*) FROM regions", [], |r| r.get::<_, i64>(0))? == 0))
    }

    fn import_catalogue(&self, tables: &Tables) -> Result<(), StoreError> {
        self.write(|tx| catalogue::import(tx, tables))
    }

    fn snapshot(&self) -> Result<Snapshot, StoreError> {
        // Two readers share out the figures (millions, at national size) by id. Each reads in a
        // transaction of its own; when both saw the same version, they saw the same data, else
        // a write came between their starts and they read again.
        loop {
            let last = self.read(observations::last_id)?;
            let half = last / 2;
            let (first, second) = std::thread::scope(|scope| {
                let second = scope.spawn(|| {
                    self.read(|c| {
                        at_one_version(c, |c| {
                            let (last, mut figures) = (observations::last_id(c)?, Vec::new());
                            observations::current(c, half + 1..=last, &mut figures)?;
                            Ok((last, figures))
                        })
                    })
                });
                let first = self.read(|c| {
                    at_one_version(c, |c| {
                        let mut tables = catalogue::snapshot(c)?;
                        // Room for every figure, so the second half's join without a copy.
                        tables.observations.reserve_exact(usize::try_from(last).unwrap_or_default());
                        observations::current(c, 0..=half, &mut tables.observations)?;
                        Ok(tables)
                    })
                });
                (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            });
            let ((version, mut tables), (second_version, (last_figure, second))) = (first?, second?);
            if version == second_version {
                tables.observations.extend(second);
                tables.observations.shrink_to_fit();
                return Ok(Snapshot { tables, version, last_figure });
            }
        }
    }

    fn changes_since(&self, last_figure: i64) -> Result<Changes, StoreError> {
        self.read(|c| {
            let (version, (catalogue, last, added, superseded)) = at_one_version(c, |c| {
                let last = observations::last_id(c)?.max(last_figure);
                let mut added = Vec::new();
                observations::current(c, last_figure + 1..=last, &mut added)?;
                Ok((catalogue::snapshot(c)?, last, added, observations::superseded_after(c, last_figure)?))
            })?;
            Ok(Changes { catalogue, version, last_figure: last, added, superseded })
        })
    }

    fn version(&self) -> Result<i64, StoreError> {
        self.read(version)
    }

    fn record_observations(
        &self,
        actor: &Actor,
        changes: &[ObservationChange],
        reason: &str,
    ) -> Result<ChangeReport, StoreError> {
        self.write(|tx| observations::record(tx, actor, changes.iter().map(Ok), reason, Audit::EachFigure))
    }

    fn record_observation_stream(
        &self,
        actor: &Actor,
        changes: &mut dyn Iterator<Item = Result<ObservationChange, StoreError>>,
        reason: &str,
        file: &str,
    ) -> Result<ChangeReport, StoreError> {
        self.write(|tx| {
            // Millions of rows touch index pages all over: hold them in memory (bounded) rather
            // than read them back from disk for every row; then back to SQLite's default.
            tx.pragma_update(None, "cache_size", -256 * 1024)?;
            let report = observations::record(tx, actor, changes, reason, Audit::File(file));
            tx.pragma_update(None, "cache_size", -2000)?;
            report
        })
    }

    fn observation_history(
        &self,
        region: &str,
        indicator: &str,
        period: &str,
    ) -> Result<Vec<ObservationRecord>, StoreError> {
        self.read(|c| observations::history(c, region, indicator, period))
    }

    fn add_source(&self, actor: &Actor, source: &Source, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| catalogue::add_source(tx, actor, source, reason))
    }

    fn add_indicator(
        &self,
        actor: &Actor,
        indicator: &crate::model::Indicator,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.write(|tx| catalogue::add_indicator(tx, actor, indicator, reason))
    }

    fn save_target(&self, actor: &Actor, change: &TargetChange, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| targets::save(tx, actor, &change.target, reason))
    }

    fn frozen_periods(&self) -> Result<Vec<String>, StoreError> {
        self.read(targets::frozen_periods)
    }

    fn set_frozen(&self, actor: &Actor, period: &str, frozen: bool, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| targets::set_frozen(tx, actor, period, frozen, reason))
    }

    fn add_user(&self, actor: Option<&Actor>, user: &NewUser) -> Result<User, StoreError> {
        self.write(|tx| people::add_user(tx, actor, user))
    }

    fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
        self.read(|c| people::user(c, id))
    }

    fn user_by_name(&self, name: &str) -> Result<Option<(User, String)>, StoreError> {
        self.read(|c| people::user_by_name(c, name))
    }

    fn users(&self) -> Result<Vec<User>, StoreError> {
        self.read(people::users)
    }

    fn set_user_active(&self, actor: &Actor, id: i64, active: bool, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| people::set_active(tx, actor, id, active, reason))
    }

    fn set_password(&self, actor: &Actor, id: i64, password_hash: &str, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| people::set_password(tx, actor, id, password_hash, reason))
    }

    fn create_session(&self, session: &Session) -> Result<(), StoreError> {
        self.write(|tx| people::create_session(tx, session))
    }

    fn session(&self, token_hash: &str, now: &str, idle_since: &str) -> Result<Option<(Session, User)>, StoreError> {
        self.read(|c| people::session(c, token_hash, now, idle_since))
    }

    fn touch_session(&self, token_hash: &str, now: &str) -> Result<(), StoreError> {
        self.write(|tx| people::touch_session(tx, token_hash, now))
    }

    fn save_draft(&self, token_hash: &str, form: &str, fields: &str) -> Result<(), StoreError> {
        self.write(|tx| people::save_draft(tx, token_hash, form, fields))
    }

    fn draft(&self, token_hash: &str, form: &str) -> Result<Option<String>, StoreError> {
        self.read(|c| people::draft(c, token_hash, form))
    }

    fn record_event(&self, actor: &Actor, action: &str, entity: &str, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| audit::record_event(tx, actor, action, entity, reason))
    }

    fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.write(|tx| Ok(tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash]).map(drop)?))
    }

    fn save_upload(&self, actor: &Actor, file_name: &str, bytes: &[u8]) -> Result<i64, StoreError> {
        self.write(|tx| uploads::save(tx, actor, file_name, bytes))
    }

    fn upload(&self, id: i64) -> Result<Option<Upload>, StoreError> {
        self.read(|c| uploads::get(c, id))
    }

    fn committed_upload_with(&self, sha256: &str) -> Result<Option<i64>, StoreError> {
        self.read(|c| uploads::committed_with(c, sha256))
    }

    fn commit_upload(
        &self,
        actor: &Actor,
        id: i64,
        changes: &[ObservationChange],
        reason: &str,
    ) -> Result<ChangeReport, StoreError> {
        self.write(|tx| uploads::commit(tx, actor, id, changes, reason))
    }

    fn discard_upload(&self, actor: &Actor, id: i64) -> Result<(), StoreError> {
        self.write(|tx| uploads::discard(tx, actor, id))
    }

    fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(|c| audit::list(c, filter))
    }
}
