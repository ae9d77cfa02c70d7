//! Users and their sessions.

use super::{audit, catalogue::parsed};
use crate::store::{Actor, NewUser, Role, Session, StoreError, User, change::user_json, decode};
use postgres::{GenericClient, Row, Transaction};

const COLUMNS: &str = "u.id, u.name, u.role, u.region, u.active";

fn user_row(r: &Row) -> Result<User, StoreError> {
    Ok(User {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        role: parsed(r, 2, Role::parse)?,
        region: r.try_get(3)?,
        active: r.try_get(4)?,
    })
}

pub(super) fn add_user(tx: &mut Transaction, actor: Option<&Actor>, new: &NewUser) -> Result<User, StoreError> {
    if !crate::store::valid_user_name(&new.name) {
        let limit = crate::store::MAX_USER_NAME_CHARS;
        return Err(StoreError::Conflict(format!("a user name is 1 to {limit} characters, without spaces")));
    }
    let taken: bool = tx.query_one("SELECT EXISTS (SELECT 1 FROM users WHERE name = $1)", &[&new.name])?.try_get(0)?;
    if taken {
        return Err(StoreError::NameTaken(new.name.clone()));
    }
    let id: i64 = tx
        .query_one(
            "INSERT INTO users (name, role, region, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
             RETURNING id",
            &[&new.name, &new.role.key(), &new.region, &new.password_hash, &super::now()],
        )?
        .try_get(0)?;
    let user = User { id, name: new.name.clone(), role: new.role, region: new.region.clone(), active: true };
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

pub(super) fn user(c: &mut impl GenericClient, id: i64) -> Result<Option<User>, StoreError> {
    let row = c.query_opt(&format!("SELECT {COLUMNS} FROM users u WHERE id = $1"), &[&id])?;
    row.as_ref().map(user_row).transpose()
}

pub(super) fn user_by_name(c: &mut impl GenericClient, name: &str) -> Result<Option<(User, String)>, StoreError> {
    let sql = format!("SELECT {COLUMNS}, u.password_hash FROM users u WHERE name = $1");
    let row = c.query_opt(&sql, &[&name])?;
    row.map(|r| Ok((user_row(&r)?, r.try_get(5)?))).transpose()
}

pub(super) fn users(c: &mut impl GenericClient) -> Result<Vec<User>, StoreError> {
    super::catalogue::all(c, &format!("SELECT {COLUMNS} FROM users u ORDER BY name"), user_row)
}

fn existing(tx: &mut Transaction, id: i64) -> Result<User, StoreError> {
    user(tx, id)?.ok_or_else(|| StoreError::NotFound(format!("user {id}")))
}

pub(super) fn set_active(
    tx: &mut Transaction,
    actor: &Actor,
    id: i64,
    active: bool,
    reason: &str,
) -> Result<(), StoreError> {
    let before = existing(tx, id)?;
    if before.active == active {
        return Ok(());
    }
    tx.execute("UPDATE users SET active = $1 WHERE id = $2", &[&active, &id])?;
    if !active {
        tx.execute("DELETE FROM sessions WHERE user_id = $1", &[&id])?;
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
    tx: &mut Transaction,
    actor: &Actor,
    id: i64,
    password_hash: &str,
    reason: &str,
) -> Result<(), StoreError> {
    let user = existing(tx, id)?;
    tx.execute("UPDATE users SET password_hash = $1 WHERE id = $2", &[&password_hash, &id])?;
    // A new password ends every session opened with the old one.
    tx.execute("DELETE FROM sessions WHERE user_id = $1", &[&id])?;
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

pub(super) fn create_session(tx: &mut Transaction, s: &Session) -> Result<(), StoreError> {
    // Ended sessions are swept whenever a new one starts.
    tx.execute("DELETE FROM sessions WHERE expires_at <= $1", &[&s.created_at])?;
    tx.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen)
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[&s.token_hash, &s.user_id, &s.csrf_token, &s.created_at, &s.expires_at, &s.last_seen],
    )?;
    let user = user(tx, s.user_id)?.ok_or_else(|| StoreError::NotFound(format!("user {}", s.user_id)))?;
    audit::record_event(tx, &user.actor(), "session.login", &format!("user {}", user.name), "signed in")
}

/// The session with this token hash and its active user, if it has neither expired (`now`)
/// nor been unused since before `idle_since`.
pub(super) fn session(
    c: &mut impl GenericClient,
    token_hash: &str,
    now: &str,
    idle_since: &str,
) -> Result<Option<(Session, User)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS}, s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, s.last_seen
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen >= $3 AND u.active"
    );
    let row = c.query_opt(&sql, &[&token_hash, &now, &idle_since])?;
    row.map(|r| {
        let session = Session {
            token_hash: r.try_get(5)?,
            user_id: r.try_get(6)?,
            csrf_token: r.try_get(7)?,
            created_at: r.try_get(8)?,
            expires_at: r.try_get(9)?,
            last_seen: r.try_get(10)?,
        };
        Ok((session, user_row(&r)?))
    })
    .transpose()
}

/// Marks the session used at `now`.
pub(super) fn touch_session(tx: &mut Transaction, token_hash: &str, now: &str) -> Result<(), StoreError> {
    tx.execute("UPDATE sessions SET last_seen = $2 WHERE token_hash = $1", &[&token_hash, &now])?;
    Ok(())
}

/// Keeps a refused form's fields with the session (one draft per form and session).
pub(super) fn save_draft(tx: &mut Transaction, token_hash: &str, form: &str, fields: &str) -> Result<(), StoreError> {
    let draft = decode::stored_draft(form, fields);
    tx.execute("UPDATE sessions SET draft = $2 WHERE token_hash = $1", &[&token_hash, &draft])?;
    Ok(())
}

/// The draft kept for `form`, if any.
pub(super) fn draft(c: &mut impl GenericClient, token_hash: &str, form: &str) -> Result<Option<String>, StoreError> {
    let row = c.query_opt("SELECT draft FROM sessions WHERE token_hash = $1", &[&token_hash])?;
    let draft: Option<String> = row.map(|r| r.try_get(0)).transpose()?.flatten();
    Ok(decode::draft_fields(draft.as_deref(), form))
}
