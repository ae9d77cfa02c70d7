//! Users and their sessions.

use super::{audit, catalogue::parsed};
use crate::store::{Actor, NewUser, Role, Session, StoreError, User};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

const COLUMNS: &str = "u.id, u.name, u.role, u.region, u.active";

fn user_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User { id: r.get(0)?, name: r.get(1)?, role: parsed(r, 2, Role::parse)?, region: r.get(3)?, active: r.get(4)? })
}

fn json(u: &User) -> serde_json::Value {
    serde_json::json!({ "name": u.name, "role": u.role.key(), "region": u.region, "active": u.active })
}

pub(super) fn add_user(tx: &Transaction, actor: Option<&Actor>, new: &NewUser) -> Result<User, StoreError> {
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
        after: Some(json(&user)),
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
        before: Some(json(&before)),
        after: Some(json(&after)),
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
    // Expired sessions are swept whenever a new one starts.
    tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", [&s.created_at])?;
    tx.execute(
        "INSERT INTO sessions VALUES (?1, ?2, ?3, ?4, ?5)",
        params![s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at],
    )?;
    Ok(())
}

pub(super) fn session(c: &Connection, token_hash: &str, now: &str) -> Result<Option<(Session, User)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS}, s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.active"
    );
    let found = c.query_row(&sql, params![token_hash, now], |r| {
        let session = Session {
            token_hash: r.get(5)?,
            user_id: r.get(6)?,
            csrf_token: r.get(7)?,
            created_at: r.get(8)?,
            expires_at: r.get(9)?,
        };
        Ok((session, user_row(r)?))
    });
    Ok(found.optional()?)
}
