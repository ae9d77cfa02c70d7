use super::{audit, catalogue::parsed};
use crate::{
    lang::Text,
    model::{Comparator, Target},
    period::Period,
    store::{Actor, StoreError, change::target_json},
};
use postgres::{GenericClient, Row, Transaction};

const COLUMNS: &str = "id, indicator, scope, comparator, value, period, deadline, set_by, document, note, source, quote, \
     derivation_zh, derivation_en";

pub(super) fn insert(tx: &mut Transaction, t: &Target) -> Result<(), StoreError> {
    tx.execute(
        &format!(
            "INSERT INTO targets ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
        ),
        &[
            &t.id,
            &t.indicator,
            &t.scope,
            &t.comparator.key(),
            &t.value,
            &t.period.to_string(),
            &t.deadline,
            &t.set_by,
            &t.document,
            &t.note,
            &t.source,
            &t.quote,
            &t.derivation.as_ref().map(|d| &d.zh),
            &t.derivation.as_ref().map(|d| &d.en),
        ],
    )?;
    Ok(())
}

fn target(r: &Row) -> Result<Target, StoreError> {
    Ok(Target {
        id: r.try_get(0)?,
        indicator: r.try_get(1)?,
        scope: r.try_get(2)?,
        comparator: parsed(r, 3, Comparator::parse)?,
        value: r.try_get(4)?,
        period: parsed(r, 5, |s| s.parse::<Period>().ok())?,
        deadline: r.try_get(6)?,
        set_by: r.try_get(7)?,
        document: r.try_get(8)?,
        note: r.try_get(9)?,
        source: r.try_get(10)?,
        quote: r.try_get(11)?,
        derivation: match (r.try_get::<_, Option<String>>(12)?, r.try_get::<_, Option<String>>(13)?) {
            (Some(zh), Some(en)) => Some(Text::new(zh, en)),
            _ => None,
        },
    })
}

/// Every target, in the order saved (a replaced one goes last, as in SQLite).
pub(super) fn all(c: &mut impl GenericClient) -> Result<Vec<Target>, StoreError> {
    super::catalogue::all(c, &format!("SELECT {COLUMNS} FROM targets ORDER BY ord"), target)
}

/// Creates the target, or replaces the one with the same id; the audit entry has both whole,
/// source and quote included, so nothing a save drops goes unseen.
pub(super) fn save(tx: &mut Transaction, actor: &Actor, t: &Target, reason: &str) -> Result<(), StoreError> {
    let before = tx.query_opt(&format!("SELECT {COLUMNS} FROM targets WHERE id = $1"), &[&t.id])?;
    let before = before.as_ref().map(target).transpose()?;
    if before.as_ref() == Some(t) {
        return Ok(());
    }
    tx.execute("DELETE FROM targets WHERE id = $1", &[&t.id])?;
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

pub(super) fn frozen_periods(c: &mut impl GenericClient) -> Result<Vec<String>, StoreError> {
    super::catalogue::all(c, "SELECT period FROM frozen_periods ORDER BY period", |r| Ok(r.try_get(0)?))
}

pub(super) fn set_frozen(
    tx: &mut Transaction,
    actor: &Actor,
    period: &str,
    frozen: bool,
    reason: &str,
) -> Result<(), StoreError> {
    let changed = if frozen {
        tx.execute(
            "INSERT INTO frozen_periods VALUES ($1, $2, $3, $4) ON CONFLICT (period) DO NOTHING",
            &[&period, &actor.user_id, &super::now(), &reason],
        )?
    } else {
        tx.execute("DELETE FROM frozen_periods WHERE period = $1", &[&period])?
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
