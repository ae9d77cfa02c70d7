//! What the store holds besides the catalogue: people, sessions, history, uploads, audit.

use crate::model::{Observation, Target};

/// What a signed-in person may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Role {
    /// Manages users.
    Admin,
    /// Sets targets, edits any region, freezes periods.
    Supervisor,
    /// Enters figures for one region.
    Editor,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Supervisor, Role::Editor];

    pub fn key(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Supervisor => "supervisor",
            Role::Editor => "editor",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub role: Role,
    /// The one region an editor may enter figures for.
    pub region: Option<String>,
    pub active: bool,
}

impl User {
    pub fn actor(&self) -> Actor {
        Actor { user_id: self.id, name: self.name.clone() }
    }

    /// Whether this user may enter or correct figures of `region`.
    pub fn may_edit_region(&self, region: &str) -> bool {
        match self.role {
            Role::Supervisor => true,
            Role::Editor => self.region.as_deref() == Some(region),
            Role::Admin => false,
        }
    }
}

#[derive(Clone, Debug)]
pub struct NewUser {
    pub name: String,
    pub role: Role,
    pub region: Option<String>,
    pub password_hash: String,
}

/// The longest user name: names are typed at every login and shown in the audit trail.
pub const MAX_USER_NAME_CHARS: usize = 64;

/// Whether `name` may name a user: 1 to [`MAX_USER_NAME_CHARS`] characters, none of them
/// white space or a control character.
pub fn valid_user_name(name: &str) -> bool {
    let count = name.chars().count();
    (1..=MAX_USER_NAME_CHARS).contains(&count) && !name.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A refused form's fields as kept with the session (see `Store::save_draft`): JSON, so any
/// text survives the trip.
pub fn encode_draft(fields: &[(&str, &str)]) -> String {
    let fields: serde_json::Map<String, serde_json::Value> =
        fields.iter().map(|(name, value)| ((*name).to_owned(), (*value).into())).collect();
    serde_json::Value::Object(fields).to_string()
}

/// The fields of a draft written by [`encode_draft`] (none if it is not one).
pub fn decode_draft(draft: &str) -> Vec<(String, String)> {
    let fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(draft).unwrap_or_default();
    fields.into_iter().filter_map(|(name, value)| Some((name, value.as_str()?.to_owned()))).collect()
}

/// Who made a change, as the audit trail records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie's token: a stolen database holds no usable session.
    pub token_hash: String,
    pub user_id: i64,
    pub csrf_token: String,
    pub created_at: String,
    pub expires_at: String,
    /// When it was last used (to the minute): unused for longer than the idle limit, it ends.
    pub last_seen: String,
}

/// A new or corrected figure. `correction` must be set to change a figure of a frozen period.
#[derive(Clone, Debug, PartialEq)]
pub struct ObservationChange {
    pub observation: Observation,
    pub correction: bool,
}

/// What a write did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChangeReport {
    pub added: usize,
    pub corrected: usize,
    pub unchanged: usize,
}

/// One version of a figure, current or superseded.
#[derive(Clone, Debug, PartialEq)]
pub struct ObservationRecord {
    pub id: i64,
    pub observation: Observation,
    /// `None` for figures imported from the seed.
    pub entered_by: Option<String>,
    pub entered_at: String,
    pub reason: String,
    pub superseded_by: Option<i64>,
}

/// A target to create, or to replace when its id exists.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetChange {
    pub target: Target,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadStatus {
    Pending,
    Committed,
    Discarded,
}

impl UploadStatus {
    pub fn key(self) -> &'static str {
        match self {
            UploadStatus::Pending => "pending",
            UploadStatus::Committed => "committed",
            UploadStatus::Discarded => "discarded",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        [UploadStatus::Pending, UploadStatus::Committed, UploadStatus::Discarded].into_iter().find(|s| s.key() == key)
    }
}

#[derive(Clone, Debug)]
pub struct Upload {
    pub id: i64,
    pub sha256: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub uploaded_by: i64,
    pub uploaded_at: String,
    pub status: UploadStatus,
    pub applied: usize,
}

/// One recorded write: who, when, what, before → after (JSON), why.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub user_name: String,
    pub action: String,
    pub entity: String,
    pub region: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: String,
}

/// Which audit entries to list, newest first; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub user: Option<String>,
    pub action: Option<String>,
    pub region: Option<String>,
    /// Inclusive `YYYY-MM-DD` bounds on the day of the change.
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: usize,
}
