//! Figures are never overwritten: a correction inserts a new row and points the old one at it.

use super::{audit, catalogue::parsed};
use crate::{
    model::{Interner, Observation},
    period::Period,
    store::{
        Actor, ChangeReport, ObservationChange, ObservationRecord, StoreError, change,
        decode::{BadValue, StoredFigure},
    },
};
use rusqlite::{Connection, Error::FromSqlConversionFailure, OptionalExtension, Row, Transaction, params, types::Type};
use std::{borrow::Borrow, collections::HashSet, ops::RangeInclusive};

const COLUMNS: &str = "region, indicator, period, value, qualifier, figure, source, quote, note";
const COLUMNS_OF_O: &str = "o.region, o.indicator, o.period, o.value, o.qualifier, o.figure, o.source, o.quote, o.note";

/// Imports the figures of a new catalogue (the seed, or a generated dataset of millions) with
/// one prepared statement and ids counted here rather than looked up per row.
pub(super) fn import(tx: &Transaction, observations: &[Observation]) -> Result<(), StoreError> {
    let at = super::now();
    let first: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM observations", [], |r| r.get(0))?;
    for (id, o) in (first..).zip(observations) {
        insert_as(tx, id, o, None, "seed import", &at)?;
    }
    Ok(())
}

fn insert_as(
    tx: &Transaction,
    id: i64,
    o: &Observation,
    entered_by: Option<&Actor>,
    reason: &str,
    at: &str,
) -> Result<(), StoreError> {
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO observations (id, {COLUMNS}, entered_by, entered_at, reason)
         VALUES (?13, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?;
    insert.execute(params![
        o.region.as_str(),
        o.indicator.as_str(),
        o.period.to_string(),
        o.value,
        o.qualifier.key(),
        o.provenance.figure,
        o.provenance.source,
        o.provenance.quote,
        o.provenance.note,
        entered_by.map(|a| a.user_id),
        at,
        reason,
        id
    ])?;
    Ok(())
}

/// The columns of [`COLUMNS`], borrowed from the row.
fn stored<'r>(r: &'r Row) -> rusqlite::Result<StoredFigure<'r>> {
    Ok(StoredFigure {
        region: text(r, 0)?,
        indicator: text(r, 1)?,
        period: text(r, 2)?,
        value: r.get(3)?,
        qualifier: text(r, 4)?,
        figure: text(r, 5)?,
        source: text(r, 6)?,
        quote: text(r, 7)?,
        note: text(r, 8)?,
    })
}

/// A value the model cannot read, as rusqlite reports one.
fn unreadable(bad: BadValue) -> rusqlite::Error {
    FromSqlConversionFailure(bad.column, Type::Text, bad.message.into())
}

/// One row on its own: for histories and the look-ups of an import.
fn observation(r: &Row) -> rusqlite::Result<Observation> {
    stored(r)?.observation().map_err(unreadable)
}

/// A text column, borrowed from the row.
fn text<'r>(r: &'r Row, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

/// The largest id given to a figure (0 when there are none).
pub(super) fn last_id(c: &Connection) -> Result<i64, StoreError> {
    Ok(c.query_row("SELECT COALESCE(MAX(id), 0) FROM observations", [], |r| r.get(0))?)
}

/// Region, indicator and period of the figures up to `last` that figures after it superseded.
pub(super) fn superseded_after(c: &Connection, last: i64) -> Result<Vec<(String, String, Period)>, StoreError> {
    let mut statement =
        c.prepare_cached("SELECT region, indicator, period FROM observations WHERE superseded_by > ?1 AND id <= ?1")?;
    let rows = statement.query_map([last], |r| Ok((r.get(0)?, r.get(1)?, parsed(r, 2, |s| s.parse().ok())?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The current figures with ids in `ids`, in id order, appended to `out`.
pub(super) fn current(c: &Connection, ids: RangeInclusive<i64>, out: &mut Vec<Observation>) -> Result<(), StoreError> {
    let sql =
        format!("SELECT {COLUMNS} FROM observations WHERE superseded_by IS NULL AND id BETWEEN ?1 AND ?2 ORDER BY id");
    let mut statement = c.prepare(&sql)?;
    let mut rows = statement.query(params![ids.start(), ids.end()])?;
    let mut interner = Interner::default();
    while let Some(row) = rows.next()? {
        out.push(stored(row)?.interned(&mut interner).map_err(unreadable)?);
    }
    Ok(())
}

pub(super) fn history(
    c: &Connection,
    region: &str,
    indicator: &str,
    period: &str,
) -> Result<Vec<ObservationRecord>, StoreError> {
    let mut statement = c.prepare(&format!(
        "SELECT {COLUMNS_OF_O}, o.id, u.name, o.entered_at, o.reason, o.superseded_by
         FROM observations o LEFT JOIN users u ON u.id = o.entered_by
         WHERE o.region = ?1 AND o.indicator = ?2 AND o.period = ?3 ORDER BY o.id DESC"
    ))?;
    let rows = statement.query_map(params![region, indicator, period], |r| {
        Ok(ObservationRecord {
            observation: observation(r)?,
            id: r.get(9)?,
            entered_by: r.get(10)?,
            entered_at: r.get(11)?,
            reason: r.get(12)?,
            superseded_by: r.get(13)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How a batch of changes goes into the audit trail.
#[derive(Clone, Copy)]
pub(super) enum Audit<'a> {
    /// An entry per figure with its before and after (the entry form, uploads).
    EachFigure,
    /// One entry naming the file and what it changed (an import of millions): each figure
    /// keeps who, when and why on its own row and what it replaced in its history; a
    /// correction of a frozen period still gets an entry of its own.
    File(&'a str),
}

/// Whether `actor` is an active supervisor now, as the write sees the accounts.
fn is_supervisor(tx: &Transaction, actor: &Actor) -> Result<bool, StoreError> {
    let sql = "SELECT EXISTS (SELECT 1 FROM users WHERE id = ?1 AND role = 'supervisor' AND active)";
    Ok(tx.query_row(sql, [actor.user_id], |r| r.get(0))?)
}

/// Records every change in the caller's transaction as it comes; the first refused one, or an
/// `Err` from `changes`, aborts them all. Statements are prepared once and ids counted here:
/// an import may bring millions of rows.
pub(super) fn record<C: Borrow<ObservationChange>>(
    tx: &Transaction,
    actor: &Actor,
    changes: impl Iterator<Item = Result<C, StoreError>>,
    reason: &str,
    trail: Audit,
) -> Result<ChangeReport, StoreError> {
    let mut report = ChangeReport::default();
    let at = super::now();
    let frozen: HashSet<String> = super::targets::frozen_periods(tx)?.into_iter().collect();
    // The writer holds the only write transaction, so the ids from here on are ours to take.
    let mut next_id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM observations", [], |r| r.get(0))?;
    let mut current_of = tx.prepare_cached(&format!(
        "SELECT {COLUMNS}, id FROM observations
         WHERE region = ?1 AND indicator = ?2 AND period = ?3 AND superseded_by IS NULL"
    ))?;
    let mut supersede = tx.prepare_cached("UPDATE observations SET superseded_by = ?1 WHERE id = ?2")?;
    let mut may_correct_frozen = None;
    for change in changes {
        let change = change?;
        let change = change.borrow();
        let o = &change.observation;
        let period = o.period.to_string();
        let current = current_of
            .query_row(params![o.region.as_str(), o.indicator.as_str(), period], |r| {
                Ok((observation(r)?, r.get::<_, i64>(9)?))
            })
            .optional()?;
        if current.as_ref().is_some_and(|(old, _)| old == o) {
            report.unchanged += 1;
            continue;
        }
        let frozen = frozen.contains(&period);
        // Checked here, in the write, as well as when the rows were read: a period frozen in
        // between must not let an editor's "correction" through.
        if frozen && !(change.correction && *may_correct_frozen.get_or_insert(is_supervisor(tx, actor)?)) {
            return Err(StoreError::Frozen(period));
        }
        let id = next_id;
        next_id += 1;
        if let Some((_, old_id)) = &current {
            supersede.execute(params![id, old_id])?;
        }
        insert_as(tx, id, o, Some(actor), reason, &at)?;
        let action = change::observation_action(current.is_some(), frozen);
        if current.is_some() {
            report.corrected += 1;
        } else {
            report.added += 1;
        }
        if matches!(trail, Audit::File(_)) && !frozen {
            continue;
        }
        let change = audit::Change {
            action,
            entity: format!("observation {}/{}/{period}", o.region, o.indicator),
            region: Some(&o.region),
            before: current.map(|(old, _)| change::observation_json(&old)),
            after: Some(change::observation_json(o)),
            reason,
        };
        audit::record_at(tx, Some(actor), change, &at)?;
    }
    // An import that changed nothing is no new version of the data.
    if let Audit::File(file) = trail
        && report.added + report.corrected > 0
    {
        let change = audit::Change::batch("observation.import", format!("file {file}"), &report, reason);
        audit::record_at(tx, Some(actor), change, &at)?;
    }
    Ok(report)
}
