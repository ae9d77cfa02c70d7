pub(super) use crate::store::change::Change;
use crate::store::{Actor, AuditEntry, AuditFilter, StoreError};
use postgres::{GenericClient, Transaction};

pub(super) fn record(tx: &mut Transaction, actor: Option<&Actor>, change: Change) -> Result<(), StoreError> {
    record_at(tx, actor, change, &super::now())
}

/// Records `change` as made at `at` (one time for all the rows of one import).
pub(super) fn record_at(
    tx: &mut Transaction,
    actor: Option<&Actor>,
    change: Change,
    at: &str,
) -> Result<(), StoreError> {
    let data = change.changes_data();
    tx.execute(
        "INSERT INTO audit (at, user_id, user_name, action, entity, region, before, after, reason, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        &[
            &at,
            &actor.map(|a| a.user_id),
            &actor.map_or("system", |a| a.name.as_str()),
            &change.action,
            &change.entity,
            &change.region,
            &change.before.map(|v| v.to_string()),
            &change.after.map(|v| v.to_string()),
            &change.reason,
            &data,
        ],
    )?;
    Ok(())
}

/// Records a security event (a login, an upload received or discarded): audited, but no change
/// to the data, so the store's version stays.
pub(super) fn record_event(
    tx: &mut Transaction,
    actor: &Actor,
    action: &str,
    entity: &str,
    reason: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit (at, user_id, user_name, action, entity, reason, data)
         VALUES ($1, $2, $3, $4, $5, $6, FALSE)",
        &[&super::now(), &actor.user_id, &actor.name, &action, &entity, &reason],
    )?;
    Ok(())
}

/// ILIKE: SQLite's LIKE ignores the case of ASCII letters, and actions are ASCII.
pub(super) fn list(c: &mut impl GenericClient, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
    let limit = if filter.limit == 0 { 1000 } else { filter.limit } as i64;
    let rows = c.query(
        "SELECT id, at, user_name, action, entity, region, before, after, reason FROM audit
         WHERE ($1::TEXT IS NULL OR user_name = $1)
           AND ($2::TEXT IS NULL OR action = $2 OR action ILIKE $2 || '.%')
           AND ($3::TEXT IS NULL OR region = $3)
           AND ($4::TEXT IS NULL OR substr(at, 1, 10) >= $4)
           AND ($5::TEXT IS NULL OR substr(at, 1, 10) <= $5)
         ORDER BY id DESC LIMIT $6",
        &[&filter.user, &filter.action, &filter.region, &filter.from, &filter.to, &limit],
    )?;
    rows.iter()
        .map(|r| {
            Ok(AuditEntry {
                id: r.try_get(0)?,
                at: r.try_get(1)?,
                user_name: r.try_get(2)?,
                action: r.try_get(3)?,
                entity: r.try_get(4)?,
                region: r.try_get(5)?,
                before: r.try_get(6)?,
                after: r.try_get(7)?,
                reason: r.try_get(8)?,
            })
        })
        .collect()
}
