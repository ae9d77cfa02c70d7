//! A store that counts its session look-ups (to check that a request reads its session once)
//! and can be cut off (its version no longer answers, as a database that went away).

use data::{
    dataset::Tables,
    model::{Indicator, Source},
    store::*,
};
use std::sync::{
    Arc,
    atomic::{AtomicBool, AtomicUsize, Ordering},
};

/// Passes everything to `inner`, counting `session` calls; while `cut_off`, `version` fails.
#[derive(Debug)]
pub struct CountingStore {
    pub inner: Arc<dyn Store>,
    pub sessions: Arc<AtomicUsize>,
    pub cut_off: Arc<AtomicBool>,
}

/// What a test holds of a [`CountingStore`] it gave away.
#[derive(Debug, Clone)]
pub struct Handles {
    pub sessions: Arc<AtomicUsize>,
    pub cut_off: Arc<AtomicBool>,
}

type R<T> = Result<T, StoreError>;

impl Figures for CountingStore {
    fn is_empty(&self) -> R<bool> {
        self.inner.is_empty()
    }
    fn import_catalogue(&self, tables: &Tables) -> R<()> {
        self.inner.import_catalogue(tables)
    }
    fn snapshot(&self) -> R<Snapshot> {
        self.inner.snapshot()
    }
    fn changes_since(&self, last_figure: i64) -> R<Changes> {
        self.inner.changes_since(last_figure)
    }
    fn wait_for_change(&self, timeout: std::time::Duration) -> R<()> {
        self.inner.wait_for_change(timeout)
    }
    fn version(&self) -> R<i64> {
        if self.cut_off.load(Ordering::SeqCst) {
            return Err(StoreError::Open { path: "test".into(), reason: "cut off".into() });
        }
        self.inner.version()
    }
    fn record_observations(&self, actor: &Actor, changes: &[ObservationChange], reason: &str) -> R<ChangeReport> {
        self.inner.record_observations(actor, changes, reason)
    }
    fn record_observation_stream(
        &self,
        actor: &Actor,
        changes: &mut dyn Iterator<Item = R<ObservationChange>>,
        reason: &str,
        file: &str,
    ) -> R<ChangeReport> {
        self.inner.record_observation_stream(actor, changes, reason, file)
    }
    fn observation_history(&self, region: &str, indicator: &str, period: &str) -> R<Vec<ObservationRecord>> {
        self.inner.observation_history(region, indicator, period)
    }
    fn add_source(&self, actor: &Actor, source: &Source, reason: &str) -> R<()> {
        self.inner.add_source(actor, source, reason)
    }
    fn add_indicator(&self, actor: &Actor, indicator: &Indicator, reason: &str) -> R<()> {
        self.inner.add_indicator(actor, indicator, reason)
    }
    fn save_target(&self, actor: &Actor, change: &TargetChange, reason: &str) -> R<()> {
        self.inner.save_target(actor, change, reason)
    }
    fn frozen_periods(&self) -> R<Vec<String>> {
        self.inner.frozen_periods()
    }
    fn set_frozen(&self, actor: &Actor, period: &str, frozen: bool, reason: &str) -> R<()> {
        self.inner.set_frozen(actor, period, frozen, reason)
    }
    fn save_upload(&self, actor: &Actor, file_name: &str, bytes: &[u8]) -> R<i64> {
        self.inner.save_upload(actor, file_name, bytes)
    }
    fn upload(&self, id: i64) -> R<Option<Upload>> {
        self.inner.upload(id)
    }
    fn committed_upload_with(&self, sha256: &str) -> R<Option<i64>> {
        self.inner.committed_upload_with(sha256)
    }
    fn commit_upload(&self, actor: &Actor, id: i64, changes: &[ObservationChange], reason: &str) -> R<ChangeReport> {
        self.inner.commit_upload(actor, id, changes, reason)
    }
    fn discard_upload(&self, actor: &Actor, id: i64) -> R<()> {
        self.inner.discard_upload(actor, id)
    }
    fn audit(&self, filter: &AuditFilter) -> R<Vec<AuditEntry>> {
        self.inner.audit(filter)
    }
}

impl Accounts for CountingStore {
    fn session(&self, token_hash: &str, now: &str, idle_since: &str) -> R<Option<(Session, User)>> {
        self.sessions.fetch_add(1, Ordering::SeqCst);
        self.inner.session(token_hash, now, idle_since)
    }
    fn add_user(&self, actor: Option<&Actor>, user: &NewUser) -> R<User> {
        self.inner.add_user(actor, user)
    }
    fn user(&self, id: i64) -> R<Option<User>> {
        self.inner.user(id)
    }
    fn user_by_name(&self, name: &str) -> R<Option<(User, String)>> {
        self.inner.user_by_name(name)
    }
    fn users(&self) -> R<Vec<User>> {
        self.inner.users()
    }
    fn set_user_active(&self, actor: &Actor, id: i64, active: bool, reason: &str) -> R<()> {
        self.inner.set_user_active(actor, id, active, reason)
    }
    fn set_password(&self, actor: &Actor, id: i64, password_hash: &str, reason: &str) -> R<()> {
        self.inner.set_password(actor, id, password_hash, reason)
    }
    fn create_session(&self, session: &Session) -> R<()> {
        self.inner.create_session(session)
    }
    fn touch_session(&self, token_hash: &str, now: &str) -> R<()> {
        self.inner.touch_session(token_hash, now)
    }
    fn delete_session(&self, token_hash: &str) -> R<()> {
        self.inner.delete_session(token_hash)
    }
    fn save_draft(&self, token_hash: &str, form: &str, fields: &str) -> R<()> {
        self.inner.save_draft(token_hash, form, fields)
    }
    fn draft(&self, token_hash: &str, form: &str) -> R<Option<String>> {
        self.inner.draft(token_hash, form)
    }
    fn record_event(&self, actor: &Actor, action: &str, entity: &str, reason: &str) -> R<()> {
        self.inner.record_event(actor, action, entity, reason)
    }
    fn count_login_attempt(
        &self,
        keys: &[String],
        now_ms: i64,
        since_ms: i64,
        refuse: &dyn Fn(&[Vec<i64>]) -> Option<std::time::Duration>,
    ) -> R<Option<std::time::Duration>> {
        self.inner.count_login_attempt(keys, now_ms, since_ms, refuse)
    }
    fn forget_login_attempts(&self, all: &[String], latest: &[String]) -> R<()> {
        self.inner.forget_login_attempts(all, latest)
    }
}
