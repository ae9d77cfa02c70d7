//! The system of record: two interfaces over the database — the published figures and the
//! accounts — so pages and handlers never see SQL, implemented once per engine, alike: SQLite
//! (one file) and PostgreSQL (several server processes on one database).

mod change;
mod decode;
mod error;
mod postgres;
mod records;
mod snapshot;
mod sqlite;

pub use self::postgres::{CopyReport, PostgresStore, StandbyLag};
pub use error::StoreError;
pub use records::{
    Actor, AuditEntry, AuditFilter, ChangeReport, MAX_USER_NAME_CHARS, NewUser, ObservationChange, ObservationRecord,
    Role, Session, TargetChange, Upload, UploadStatus, User, decode_draft, encode_draft, valid_user_name,
};
pub use snapshot::{Changes, Snapshot};
pub use sqlite::{SqliteStore, timestamp};

use crate::dataset::Tables;

/// Everything the dashboard needs of a database: its figures and its accounts. Implemented by
/// SQLite (one file, the default) and PostgreSQL (any number of servers on one database).
pub trait Store: Figures + Accounts {}

impl<T: Figures + Accounts> Store for T {}

/// The published data and its history: the catalogue, the figures, targets, frozen periods,
/// uploads waiting for review and the audit trail. Written only through [`crate::Live::write`],
/// so every accepted write is read back into what is served. Every write runs in one
/// transaction and records its audit entry in the same transaction.
pub trait Figures: Send + Sync + std::fmt::Debug {
    /// Whether nothing has been imported yet.
    fn is_empty(&self) -> Result<bool, StoreError>;
    /// Imports validated tables into an empty store (the seed, on first start).
    fn import_catalogue(&self, tables: &Tables) -> Result<(), StoreError>;
    /// The current state: the catalogue, the current observations and the targets.
    fn snapshot(&self) -> Result<Snapshot, StoreError>;
    /// What changed since the snapshot (or changes) that read up to figure `last_figure`.
    fn changes_since(&self, last_figure: i64) -> Result<Changes, StoreError>;
    /// A number that grows with every accepted change; it names a version of the data.
    fn version(&self) -> Result<i64, StoreError>;
    /// How far the standby that large reads come from is behind, if there is one.
    fn standby(&self) -> Result<Option<StandbyLag>, StoreError> {
        Ok(None)
    }
    /// Returns when someone else may have written (or after `timeout`), so a server applies
    /// other servers' writes at once: PostgreSQL notifies; a SQLite file is simply asked again.
    fn wait_for_change(&self, timeout: std::time::Duration) -> Result<(), StoreError> {
        std::thread::sleep(timeout);
        Ok(())
    }

    /// Records new and corrected observations, all or nothing. A row equal to the current
    /// figure changes nothing; a changed one supersedes it and keeps it in history.
    fn record_observations(
        &self,
        actor: &Actor,
        changes: &[ObservationChange],
        reason: &str,
    ) -> Result<ChangeReport, StoreError>;
    /// Records figures as `changes` yields them from `file` (an import of millions need not be
    /// held in memory), all or nothing: an `Err` from `changes` rolls every one back. The audit
    /// trail gets one entry for the file; each figure's row says who, when and why.
    fn record_observation_stream(
        &self,
        actor: &Actor,
        changes: &mut dyn Iterator<Item = Result<ObservationChange, StoreError>>,
        reason: &str,
        file: &str,
    ) -> Result<ChangeReport, StoreError>;
    /// Every version of one figure, newest first.
    fn observation_history(
        &self,
        region: &str,
        indicator: &str,
        period: &str,
    ) -> Result<Vec<ObservationRecord>, StoreError>;
    fn add_source(&self, actor: &Actor, source: &crate::model::Source, reason: &str) -> Result<(), StoreError>;
    /// Adds an indicator an office named while confirming a report's figures; an existing key
    /// is a conflict.
    fn add_indicator(&self, actor: &Actor, indicator: &crate::model::Indicator, reason: &str)
    -> Result<(), StoreError>;

    fn save_target(&self, actor: &Actor, change: &TargetChange, reason: &str) -> Result<(), StoreError>;
    fn frozen_periods(&self) -> Result<Vec<String>, StoreError>;
    fn set_frozen(&self, actor: &Actor, period: &str, frozen: bool, reason: &str) -> Result<(), StoreError>;

    fn save_upload(&self, actor: &Actor, file_name: &str, bytes: &[u8]) -> Result<i64, StoreError>;
    fn upload(&self, id: i64) -> Result<Option<Upload>, StoreError>;
    /// The earlier committed upload of a file with this digest, if any.
    fn committed_upload_with(&self, sha256: &str) -> Result<Option<i64>, StoreError>;
    /// Records the upload's rows and marks it committed, in one transaction.
    fn commit_upload(
        &self,
        actor: &Actor,
        id: i64,
        changes: &[ObservationChange],
        reason: &str,
    ) -> Result<ChangeReport, StoreError>;
    fn discard_upload(&self, actor: &Actor, id: i64) -> Result<(), StoreError>;

    fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError>;
}

/// The people who may log in, their sessions (with each session's CSRF token and kept
/// drafts) and the login throttle's counts: in the database, so that with several servers on
/// one database a person logged in through one is logged in on all, and attempts made through
/// any of them count together.
pub trait Accounts: Send + Sync + std::fmt::Debug {
    fn add_user(&self, actor: Option<&Actor>, user: &NewUser) -> Result<User, StoreError>;
    fn user(&self, id: i64) -> Result<Option<User>, StoreError>;
    /// The user and their password hash, for logging in.
    fn user_by_name(&self, name: &str) -> Result<Option<(User, String)>, StoreError>;
    fn users(&self) -> Result<Vec<User>, StoreError>;
    fn set_user_active(&self, actor: &Actor, id: i64, active: bool, reason: &str) -> Result<(), StoreError>;
    fn set_password(&self, actor: &Actor, id: i64, password_hash: &str, reason: &str) -> Result<(), StoreError>;

    /// Starts a session (and audits the login).
    fn create_session(&self, session: &Session) -> Result<(), StoreError>;
    /// The session with this token hash and its (active) user, if it has not expired by `now`
    /// and was last used at or after `idle_since`.
    fn session(&self, token_hash: &str, now: &str, idle_since: &str) -> Result<Option<(Session, User)>, StoreError>;
    /// Marks the session as used at `now`.
    fn touch_session(&self, token_hash: &str, now: &str) -> Result<(), StoreError>;
    fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Keeps a refused form's fields (as the form posted them) with the session.
    fn save_draft(&self, token_hash: &str, form: &str, fields: &str) -> Result<(), StoreError>;
    /// The fields kept for `form` with the session, if any.
    fn draft(&self, token_hash: &str, form: &str) -> Result<Option<String>, StoreError>;
    /// Audits a security event that changes no data (a refused login to an existing account).
    fn record_event(&self, actor: &Actor, action: &str, entity: &str, reason: &str) -> Result<(), StoreError>;

    /// Counts a login attempt under each of `keys` at `now_ms` (milliseconds since the epoch)
    /// unless `refuse`, given each key's attempts at or after `since_ms` (oldest first), says
    /// how long to wait; then nothing is counted. Attempts before `since_ms` are forgotten.
    /// Serialised with every other count on the database, so attempts sent at once (to any
    /// server) are counted as they arrive.
    fn count_login_attempt(
        &self,
        keys: &[String],
        now_ms: i64,
        since_ms: i64,
        refuse: &dyn Fn(&[Vec<i64>]) -> Option<std::time::Duration>,
    ) -> Result<Option<std::time::Duration>, StoreError>;
    /// Forgets every attempt counted under each of `all`, and the latest under each of `latest`.
    fn forget_login_attempts(&self, all: &[String], latest: &[String]) -> Result<(), StoreError>;
}
