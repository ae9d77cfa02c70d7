//! The [`Store`] interface on PostgreSQL: each operation one read on a pooled connection, or one
//! write transaction, handed to the module of its tables.

use super::{
    PostgresStore, audit, catalogue, login_attempts, observations, observations::Audit, people, targets, uploads,
    version,
};
use crate::{
    dataset::Tables,
    model::{Indicator, Source},
    store::{
        Accounts, Actor, AuditEntry, AuditFilter, ChangeReport, Changes, Figures, NewUser, ObservationChange,
        ObservationRecord, Session, Snapshot, StandbyLag, StoreError, TargetChange, Upload, User,
    },
};
use std::time::Duration;

impl Figures for PostgresStore {
    fn is_empty(&self) -> Result<bool, StoreError> {
        self.read(|c| Ok(c.query_one("SELECT COUNT(*) FROM regions", &[])?.try_get::<_, i64>(0)? == 0))
    }

    fn import_catalogue(&self, tables: &Tables) -> Result<(), StoreError> {
        self.write(|tx| catalogue::import(tx, tables))
    }

    fn snapshot(&self) -> Result<Snapshot, StoreError> {
        self.snapshot_from_nearest()
    }

    fn changes_since(&self, last_figure: i64) -> Result<Changes, StoreError> {
        self.changes_from_nearest(last_figure)
    }

    fn standby(&self) -> Result<Option<StandbyLag>, StoreError> {
        self.standby_lag()
    }

    fn version(&self) -> Result<i64, StoreError> {
        self.read(version)
    }

    fn wait_for_change(&self, timeout: Duration) -> Result<(), StoreError> {
        self.wait_for_notification(timeout)
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
        self.write(|tx| observations::record(tx, actor, changes, reason, Audit::File(file)))
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

    fn add_indicator(&self, actor: &Actor, indicator: &Indicator, reason: &str) -> Result<(), StoreError> {
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

impl Accounts for PostgresStore {
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
        self.write_session(|tx| people::touch_session(tx, token_hash, now))
    }
    fn save_draft(&self, token_hash: &str, form: &str, fields: &str) -> Result<(), StoreError> {
        self.write_session(|tx| people::save_draft(tx, token_hash, form, fields))
    }
    fn draft(&self, token_hash: &str, form: &str) -> Result<Option<String>, StoreError> {
        self.read(|c| people::draft(c, token_hash, form))
    }
    fn record_event(&self, actor: &Actor, action: &str, entity: &str, reason: &str) -> Result<(), StoreError> {
        self.write(|tx| audit::record_event(tx, actor, action, entity, reason))
    }
    fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.write_session(|tx| {
            Ok(tx.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash]).map(drop)?)
        })
    }

    fn count_login_attempt(
        &self,
        keys: &[String],
        now_ms: i64,
        since_ms: i64,
        refuse: &dyn Fn(&[Vec<i64>]) -> Option<Duration>,
    ) -> Result<Option<Duration>, StoreError> {
        self.write_login(|tx| login_attempts::count(tx, keys, now_ms, since_ms, refuse))
    }

    fn forget_login_attempts(&self, all: &[String], latest: &[String]) -> Result<(), StoreError> {
        self.write_login(|tx| login_attempts::forget(tx, all, latest))
    }
}
