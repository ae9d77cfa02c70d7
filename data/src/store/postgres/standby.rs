//! Reads from a hot standby (PostgreSQL's streaming replication) while writes go to the
//! primary: a server's large read, the snapshot it starts from, and what others wrote, come
//! from the standby when it has caught up, so starting servers do not load the primary.

use super::{PostgresStore, snapshot, version};
use crate::store::{Changes, Snapshot, StoreError};
use std::sync::Mutex;

/// How far the standby is behind, for `/healthz`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StandbyLag {
    /// The data version the standby has replayed.
    pub version: i64,
    /// Since the last transaction it replayed was committed on the primary (0 when idle and
    /// caught up).
    pub seconds: f64,
}

impl PostgresStore {
    /// [`PostgresStore::open`] on the primary at `url`, reading from the standby at `standby`.
    pub fn open_with_standby(url: &str, standby: &str) -> Result<Self, StoreError> {
        let mut store = Self::open(url)?;
        let mut client = super::connect(standby)?;
        let in_recovery: bool = client.query_one("SELECT pg_is_in_recovery()", &[])?.try_get(0)?;
        if !in_recovery {
            let reason = "it is not a standby (pg_is_in_recovery() is false): give the primary as --database".into();
            return Err(StoreError::Open { path: super::redacted(standby), reason });
        }
        store.standby = Some(Box::new(Self {
            url: standby.to_owned(),
            pool: Mutex::new(vec![client]),
            listener: Mutex::new(None),
            standby: None,
        }));
        Ok(store)
    }

    /// The snapshot from the standby when there is one: it may be a little behind, and what
    /// it lacks comes with the next `changes_since`.
    pub(super) fn snapshot_from_nearest(&self) -> Result<Snapshot, StoreError> {
        snapshot::snapshot(self.standby.as_deref().unwrap_or(self))
    }

    /// What changed since `last_figure`, from the standby if it has replayed the primary's
    /// version, else from the primary (a writer must see its own write at once).
    pub(super) fn changes_from_nearest(&self, last_figure: i64) -> Result<Changes, StoreError> {
        if let Some(standby) = &self.standby {
            let changes = snapshot::changes_since(standby, last_figure)?;
            if changes.version >= self.read(version)? {
                return Ok(changes);
            }
        }
        snapshot::changes_since(self, last_figure)
    }

    /// How far the standby is behind, if there is one.
    pub fn standby_lag(&self) -> Result<Option<StandbyLag>, StoreError> {
        let Some(standby) = &self.standby else { return Ok(None) };
        standby.read(|c| {
            let sql = "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 \
                       ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8";
            let seconds: f64 = c.query_one(sql, &[])?.try_get(0)?;
            Ok(Some(StandbyLag { version: version(c)?, seconds }))
        })
    }
}
