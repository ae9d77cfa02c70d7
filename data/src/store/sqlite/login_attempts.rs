//! The login throttle's counts (the rules are `crate::auth::throttle`'s): one write
//! transaction each, so attempts arriving at once are counted one after the other.

use crate::store::StoreError;
use rusqlite::{Transaction, params};
use std::time::Duration;

pub(super) fn count(
    tx: &Transaction,
    keys: &[String],
    now_ms: i64,
    since_ms: i64,
    refuse: &dyn Fn(&[Vec<i64>]) -> Option<Duration>,
) -> Result<Option<Duration>, StoreError> {
    tx.execute("DELETE FROM login_attempts WHERE at_ms < ?1", [since_ms])?;
    let mut select = tx.prepare_cached("SELECT at_ms FROM login_attempts WHERE key = ?1 ORDER BY at_ms, id")?;
    let mut attempts = Vec::with_capacity(keys.len());
    for key in keys {
        attempts.push(select.query_map([key], |r| r.get(0))?.collect::<Result<Vec<i64>, _>>()?);
    }
    if let Some(wait) = refuse(&attempts) {
        return Ok(Some(wait));
    }
    let mut insert = tx.prepare_cached("INSERT INTO login_attempts (key, at_ms) VALUES (?1, ?2)")?;
    for key in keys {
        insert.execute(params![key, now_ms])?;
    }
    Ok(None)
}

pub(super) fn forget(tx: &Transaction, all: &[String], latest: &[String]) -> Result<(), StoreError> {
    for key in all {
        tx.execute("DELETE FROM login_attempts WHERE key = ?1", [key])?;
    }
    for key in latest {
        tx.execute("DELETE FROM login_attempts WHERE id = (SELECT MAX(id) FROM login_attempts WHERE key = ?1)", [key])?;
    }
    Ok(())
}
