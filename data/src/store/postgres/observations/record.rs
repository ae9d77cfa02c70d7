//! Changes to the figures, applied as SQLite's store applies them, row after row with the same
//! outcome, but a chunk at a time: one look-up of the current figures, one update of those
//! superseded and one COPY of the new rows per chunk, not three round trips per figure.

use super::{NewRow, insert, last_id, observation};
use crate::{
    model::Observation,
    store::{Actor, ChangeReport, ObservationChange, StoreError, change, postgres::audit},
};
use postgres::Transaction;
use std::{
    borrow::Borrow,
    collections::{HashMap, HashSet},
};

/// Changes looked up and written together.
const CHUNK: usize = 10_000;

/// How a batch of changes goes into the audit trail.
#[derive(Clone, Copy)]
pub(in crate::store::postgres) enum Audit<'a> {
    /// An entry per figure with its before and after (the entry form, uploads).
    EachFigure,
    /// One entry naming the file and what it changed (an import of millions): each figure
    /// keeps who, when and why on its own row and what it replaced in its history; a
    /// correction of a frozen period still gets an entry of its own.
    File(&'a str),
}

type Key = (String, String, String);

/// What the write knows as it goes: the figures current for the keys of the chunk, and ids.
struct Writer<'a> {
    actor: &'a Actor,
    reason: &'a str,
    trail: Audit<'a>,
    at: String,
    frozen: HashSet<String>,
    may_correct_frozen: Option<bool>,
    next_id: i64,
    report: ChangeReport,
}

/// Records every change in the caller's transaction, in order; the first refused one, or an
/// `Err` from `changes`, aborts them all.
pub(in crate::store::postgres) fn record<C: Borrow<ObservationChange>>(
    tx: &mut Transaction,
    actor: &Actor,
    mut changes: impl Iterator<Item = Result<C, StoreError>>,
    reason: &str,
    trail: Audit,
) -> Result<ChangeReport, StoreError> {
    let frozen = super::super::targets::frozen_periods(tx)?.into_iter().collect();
    // The write lock is held, so the ids from here on are ours to take.
    let next_id = last_id(tx)? + 1;
    let mut w = Writer {
        actor,
        reason,
        trail,
        at: super::super::now(),
        frozen,
        may_correct_frozen: None,
        next_id,
        report: ChangeReport::default(),
    };
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut failed = None;
        for change in changes.by_ref().take(CHUNK) {
            match change {
                Ok(change) => chunk.push(change),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let last = chunk.len() < CHUNK;
        // The rows before a failed one first: a refusal among them comes first, as it would
        // row by row.
        w.chunk(tx, &chunk)?;
        if let Some(e) = failed {
            return Err(e);
        }
        if last {
            break;
        }
    }
    // An import that changed nothing is no new version of the data.
    if let Audit::File(file) = trail
        && w.report.added + w.report.corrected > 0
    {
        let change = change::Change::batch("observation.import", format!("file {file}"), &w.report, reason);
        audit::record_at(tx, Some(actor), change, &w.at)?;
    }
    Ok(w.report)
}

impl Writer<'_> {
    fn chunk<C: Borrow<ObservationChange>>(&mut self, tx: &mut Transaction, chunk: &[C]) -> Result<(), StoreError> {
        if chunk.is_empty() {
            return Ok(());
        }
        let mut current = current_of(tx, chunk)?;
        let mut rows: Vec<NewRow> = Vec::new();
        // Ids given in this chunk, by their place in `rows`.
        let mut new_rows: HashMap<i64, usize> = HashMap::new();
        let (mut old_ids, mut new_ids) = (Vec::new(), Vec::new());
        for change in chunk {
            let change = change.borrow();
            let o = &change.observation;
            let period = o.period.to_string();
            let key = (o.region.to_string(), o.indicator.to_string(), period.clone());
            let before = current.get(&key);
            if before.is_some_and(|(old, _)| old == o) {
                self.report.unchanged += 1;
                continue;
            }
            let frozen = self.frozen.contains(&period);
            // Checked here, in the write, as well as when the rows were read: a period frozen
            // in between must not let an editor's "correction" through.
            if frozen && !(change.correction && self.may_correct_frozen(tx)?) {
                return Err(StoreError::Frozen(period));
            }
            let id = self.next_id;
            self.next_id += 1;
            if let Some((_, old_id)) = before {
                match new_rows.get(old_id) {
                    Some(&at) => rows[at].superseded_by = Some(id),
                    None => {
                        old_ids.push(*old_id);
                        new_ids.push(id);
                    }
                }
            }
            new_rows.insert(id, rows.len());
            rows.push(NewRow { id, observation: o, superseded_by: None });
            let action = change::observation_action(before.is_some(), frozen);
            if before.is_some() {
                self.report.corrected += 1;
            } else {
                self.report.added += 1;
            }
            let before = current.insert(key, (o.clone(), id)).map(|(old, _)| change::observation_json(&old));
            if matches!(self.trail, Audit::File(_)) && !frozen {
                continue;
            }
            let entry = change::Change {
                action,
                entity: format!("observation {}/{}/{period}", o.region, o.indicator),
                region: Some(&o.region),
                before,
                after: Some(change::observation_json(o)),
                reason: self.reason,
            };
            audit::record_at(tx, Some(self.actor), entry, &self.at)?;
        }
        // The old rows first: the index of current figures allows one per key.
        tx.execute(
            "UPDATE observations o SET superseded_by = s.new FROM unnest($1::BIGINT[], $2::BIGINT[]) AS s (old, new)
             WHERE o.id = s.old",
            &[&old_ids, &new_ids],
        )?;
        insert(tx, &rows, Some(self.actor), self.reason, &self.at)
    }

    /// Whether the actor is an active supervisor now, as the write sees the accounts.
    fn may_correct_frozen(&mut self, tx: &mut Transaction) -> Result<bool, StoreError> {
        if let Some(may) = self.may_correct_frozen {
            return Ok(may);
        }
        let sql = "SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND role = 'supervisor' AND active)";
        let may: bool = tx.query_one(sql, &[&self.actor.user_id])?.try_get(0)?;
        self.may_correct_frozen = Some(may);
        Ok(may)
    }
}

/// The current figures of the chunk's keys, with their ids.
fn current_of<C: Borrow<ObservationChange>>(
    tx: &mut Transaction,
    chunk: &[C],
) -> Result<HashMap<Key, (Observation, i64)>, StoreError> {
    let (mut regions, mut indicators, mut periods) = (Vec::new(), Vec::new(), Vec::new());
    for change in chunk {
        let o = &change.borrow().observation;
        regions.push(o.region.as_str());
        indicators.push(o.indicator.as_str());
        periods.push(o.period.to_string());
    }
    let sql = format!(
        "SELECT {}, o.id FROM observations o
         JOIN (SELECT DISTINCT region, indicator, period
               FROM unnest($1::TEXT[], $2::TEXT[], $3::TEXT[]) AS u (region, indicator, period)) AS k
           ON o.region = k.region AND o.indicator = k.indicator AND o.period = k.period
         WHERE o.superseded_by IS NULL",
        super::COLUMNS_OF_O
    );
    let mut current = HashMap::new();
    for r in tx.query(&sql, &[&regions, &indicators, &periods])? {
        let o = observation(&r)?;
        let key = (o.region.to_string(), o.indicator.to_string(), o.period.to_string());
        current.insert(key, (o, r.try_get(9)?));
    }
    Ok(current)
}
