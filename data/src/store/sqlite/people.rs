//! Users and their sessions.

use super::{audit, catalogue::parsed};
use crate::store::{Actor, NewUser, Role, Session, StoreError, User, change::user_json, decode};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

const COLUMNS: &str = "u.id, u.name, u.role, u.region, u.active";

fn user_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User { id: r.get(0)?, name: r.get(1)?, role: parsed(r, 2, Role::parse)?, region: r.get(3)?, active: r.get(4)? })
}

pub(super) fn add_user(tx: &Transaction, actor: Option<&Actor>, new: &NewUser) -> Result<User, StoreError> {
    if !crate::store::valid_user_name(&new.name) {
        let limit = crate::store::MAX_USER_NAME_CHARS;
        return Err(StoreError::Conflict(format!("a user name is 1 to {limit} characters, without spaces")));
    }
    let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM users WHERE name = ?1)", [&new.name], |r| r.get(0))?;
    if taken {
        return Err(StoreError::NameTaken(new.name.clone()));
    }
    tx.execute(
        "INSERT INTO users (name, role, region, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![new.name, new.role.key(), new.region, new.password_hash, super::now()],
    )?;
    let user = User {
        id: tx.last_insert_rowid(),
        name: new.name.clone(),
        role: new.role,
        region: new.region.clone(),
        active: true,
    };
    let change = audit::Change {
        action: "user.add",
        entity: format!("user {}", user.name),
        region: user.region.as_deref(),
        before: None,
        after: Some(user_json(&user)),
        reason: if actor.is_some() { "added by an administrator" } else { "added on the command line" },
    };
    audit::record(tx, actor, change)?;
    Ok(user)
}

pub(super) fn user(c: &Connection, id: i64) -> Result<Option<User>, StoreError> {
    Ok(c.query_row(&format!("SELECT {COLUMNS} FROM users u WHERE id = ?1"), [id], user_row).optional()?)
}

pub(super) fn user_by_name(c: &Connection, name: &str) -> Result<Option<(User, String)>, StoreError> {
    let sql = format!("SELECT {COLUMNS}, u.password_hash FROM users u WHERE name = ?1");
    Ok(c.query_row(&sql, [name], |r| Ok((user_row(r)?, r.get(5)?))).optional()?)
}

pub(super) fn users(c: &Connection) -> Result<Vec<User>, StoreError> {
    super::catalogue::all(c, &format!("SELECT {COLUMNS} FROM users u ORDER BY name"), user_row)
}

fn existing(tx: &Transaction, id: i64) -> Result<User, StoreError> {
    user(tx, id)?.ok_or_else(|| StoreError::NotFound(format!("user {id}")))
}

pub(super) fn set_active(
    tx: &Transaction,
    actor: &Actor,
    id: i64,
    active: bool,
    reason: &str,
) -> Result<(), StoreError> {
    let before = existing(tx, id)?;
    if before.active == active {
        return Ok(());
    }
    tx.execute("UPDATE users SET active = ?1 WHERE id = ?2", params![active, id])?;
    if !active {
        tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    }
    let after = User { active, ..before.clone() };
    let change = audit::Change {
        action: if active { "user.activate" } else { "user.deactivate" },
        entity: format!("user {}", before.name),
        region: before.region.as_deref(),
        before: Some(user_json(&before)),
        after: Some(user_json(&after)),
        reason,
    };
    audit::record(tx, Some(actor), change)
}

pub(super) fn set_password(
    tx: &Transaction,
    actor: &Actor,
    id: i64,
    password_hash: &str,
    reason: &str,
) -> Result<(), StoreError> {
    let user = existing(tx, id)?;
    tx.execute("UPDATE users SET password_hash = ?1 WHERE id = ?2", params![password_hash, id])?;
    // A new password ends every session opened with the old one.
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    let change = audit::Change {
        action: "user.password",
        entity: format!("user {}", user.name),
        region: user.region.as_deref(),
        before: None,
        after: None,
        reason,
    };
    audit::record(tx, Some(actor), change)
}

pub(super) fn create_session(tx: &Transaction, s: &Session) -> Result<(), StoreError> {
    // Ended sessions are swept whenever a new one starts.
    tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", [&s.created_at])?;
    tx.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, s.last_seen],
    )?;
    let user = user(tx, s.user_id)?.ok_or_else(|| StoreError::NotFound(format!("user {}", s.user_id)))?;
    audit::record_event(tx, &user.actor(), "session.login", &format!("user {}", user.name), "signed in")
}

/// The session with this token hash and its active user, if it has neither expired (`now`)
/// nor been unused since before `idle_since`.
pub(super) fn session(
    c: &Connection,
    token_hash: &str,
    now: &str,
    idle_since: &str,
) -> Result<Option<(Session, User)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS}, s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, s.last_seen
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND s.last_seen >= ?3 AND u.active"
    );
    let found = c.query_row(&sql, params![token_hash, now, idle_since], |r| {
        let session = Session {
            token_hash: r.get(5)?,
            user_id: r.get(6)?,
            csrf_token: r.get(7)?,
            created_at: r.get(8)?,
            expires_at: r.get(9)?,
            last_seen: r.get(10)?,
        };
        Ok((session, user_row(r)?))
    });
    Ok(found.optional()?)
}

/// Marks the session used at `now`.
pub(super) fn touch_session(tx: &Transaction, token_hash: &str, now: &str) -> Result<(), StoreError> {
    tx.execute("UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1", params![token_hash, now])?;
    Ok(())
}

/// Keeps a refused form's fields with the session (one draft per form and session).
pub(super) fn save_draft(tx: &Transaction, token_hash: &str, form: &str, fields: &str) -> Result<(), StoreError> {
    let draft = decode::stored_draft(form, fields);
    tx.execute("UPDATE sessions SET draft = ?2 WHERE token_hash = ?1", params![token_hash, draft])?;
    Ok(())
}

/// The draft kept for `form`, if any.
pub(super) fn draft(c: &Connection, token_hash: &str, form: &str) -> Result<Option<String>, StoreError> {
    let draft: Option<String> = c
        .query_row("SELECT draft FROM sessions WHERE token_hash = ?1", [token_hash], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(decode::draft_fields(draft.as_deref(), form))
}
