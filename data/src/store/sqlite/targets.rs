use super::{audit, catalogue::parsed};
use crate::{
    lang::Text,
    model::{Comparator, Target},
    period::Period,
    store::{Actor, StoreError, change::target_json},
};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

const COLUMNS: &str = "id, indicator, scope, comparator, value, period, deadline, set_by, document, note, source, quote, \
     derivation_zh, derivation_en";

pub(super) fn insert(tx: &Transaction, t: &Target) -> Result<(), StoreError> {
    tx.execute(
        &format!(
            "INSERT INTO targets ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
        ),
        params![
            t.id,
            t.indicator,
            t.scope,
            t.comparator.key(),
            t.value,
            t.period.to_string(),
            t.deadline,
            t.set_by,
            t.document,
            t.note,
            t.source,
            t.quote,
            t.derivation.as_ref().map(|d| &d.zh),
            t.derivation.as_ref().map(|d| &d.en)
        ],
    )?;
    Ok(())
}

fn target(r: &Row) -> rusqlite::Result<Target> {
    Ok(Target {
        id: r.get(0)?,
        indicator: r.get(1)?,
        scope: r.get(2)?,
        comparator: parsed(r, 3, Comparator::parse)?,
        value: r.get(4)?,
        period: parsed(r, 5, |s| s.parse::<Period>().ok())?,
        deadline: r.get(6)?,
        set_by: r.get(7)?,
        document: r.get(8)?,
        note: r.get(9)?,
        source: r.get(10)?,
        quote: r.get(11)?,
        derivation: match (r.get::<_, Option<String>>(12)?, r.get::<_, Option<String>>(13)?) {
            (Some(zh), Some(en)) => Some(Text::new(zh, en)),
            _ => None,
        },
    })
}

pub(super) fn all(c: &Connection) -> Result<Vec<Target>, StoreError> {
    super::catalogue::all(c, &format!("SELECT {COLUMNS} FROM targets ORDER BY rowid"), target)
}

/// Creates the target, or replaces the one with the same id; the audit entry has both whole,
/// source and quote included, so nothing a save drops goes unseen.
pub(super) fn save(tx: &Transaction, actor: &Actor, t: &Target, reason: &str) -> Result<(), StoreError> {
    let before = tx.query_row(&format!("SELECT {COLUMNS} FROM targets WHERE id = ?1"), [&t.id], target).optional()?;
    if before.as_ref() == Some(t) {
        return Ok(());
    }
    tx.execute("DELETE FROM targets WHERE id = ?1", [&t.id])?;
    insert(tx, t)?;
    let change = audit::Change {
        action: if before.is_some() { "target.update" } else { "target.add" },
        entity: format!("target {}", t.id),
        region: Some(&t.scope),
        before: before.as_ref().map(target_json),
        after: Some(target_json(t)),
        reason,
    };
    audit::record(tx, Some(actor), change)
}

pub(super) fn frozen_periods(c: &Connection) -> Result<Vec<String>, StoreError> {
    super::catalogue::all(c, "SELECT period FROM frozen_periods ORDER BY period", |r| r.get(0))
}

pub(super) fn set_frozen(
    tx: &Transaction,
    actor: &Actor,
    period: &str,
    frozen: bool,
    reason: &str,
) -> Result<(), StoreError> {
    let changed = if frozen {
        tx.execute(
            "INSERT OR IGNORE INTO frozen_periods VALUES (?1, ?2, ?3, ?4)",
            params![period, actor.user_id, super::now(), reason],
        )?
    } else {
        tx.execute("DELETE FROM frozen_periods WHERE period = ?1", [period])?
    };
    if changed == 0 {
        return Ok(());
    }
    let state = |f: bool| Some(serde_json::json!({ "frozen": f }));
    let change = audit::Change {
        action: if frozen { "period.freeze" } else { "period.unfreeze" },
        entity: format!("period {period}"),
        region: None,
        before: state(!frozen),
        after: state(frozen),
        reason,
    };
    audit::record(tx, Some(actor), change)
}
