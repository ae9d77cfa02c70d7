pub(super) use crate::store::change::Change;
use crate::store::{Actor, AuditEntry, AuditFilter, StoreError};
use rusqlite::{Connection, Transaction, params};

pub(super) fn record(tx: &Transaction, actor: Option<&Actor>, change: Change) -> Result<(), StoreError> {
    record_at(tx, actor, change, &super::now())
}

/// Records `change` as made at `at` (one time for all the rows of one import).
pub(super) fn record_at(tx: &Transaction, actor: Option<&Actor>, change: Change, at: &str) -> Result<(), StoreError> {
    let data = change.changes_data();
    tx.prepare_cached(
        "INSERT INTO audit (at, user_id, user_name, action, entity, region, before, after, reason, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        at,
        actor.map(|a| a.user_id),
        actor.map_or("system", |a| a.name.as_str()),
        change.action,
        change.entity,
        change.region,
        change.before.map(|v| v.to_string()),
        change.after.map(|v| v.to_string()),
        change.reason,
        data,
    ])?;
    Ok(())
}

/// Records a security event (a login, an upload received or discarded): audited, but no change
/// to the data, so the store's version stays.
pub(super) fn record_event(
    tx: &Transaction,
    actor: &Actor,
    action: &str,
    entity: &str,
    reason: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit (at, user_id, user_name, action, entity, reason, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
        params![super::now(), actor.user_id, actor.name, action, entity, reason],
    )?;
    Ok(())
}

pub(super) fn list(conn: &Connection, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
    let limit = if filter.limit == 0 { 1000 } else { filter.limit } as i64;
    let mut statement = conn.prepare(
        "SELECT id, at, user_name, action, entity, region, before, after, reason FROM audit
         WHERE (?1 IS NULL OR user_name = ?1)
           AND (?2 IS NULL OR action = ?2 OR action LIKE ?2 || '.%')
           AND (?3 IS NULL OR region = ?3)
           AND (?4 IS NULL OR substr(at, 1, 10) >= ?4)
           AND (?5 IS NULL OR substr(at, 1, 10) <= ?5)
         ORDER BY id DESC LIMIT ?6",
    )?;
    let rows = statement.query_map(
        params![filter.user, filter.action, filter.region, filter.from, filter.to, limit],
        |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                user_name: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                region: r.get(5)?,
                before: r.get(6)?,
                after: r.get(7)?,
                reason: r.get(8)?,
            })
        },
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}
