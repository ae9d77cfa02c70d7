//! Figures are never overwritten: a correction inserts a new row and points the old one at it.
//! Millions of them go in and out by COPY (`copy.rs`); `record.rs` applies changes.

mod record;

pub(super) use record::{Audit, record};

use super::copy::{CopyIn, CopyOut};
use crate::{
    model::{Interner, Observation},
    period::Period,
    store::{
        Actor, ObservationRecord, StoreError,
        decode::{BadValue, StoredFigure},
    },
};
use postgres::{GenericClient, Row, Transaction};
use std::{io::BufReader, ops::RangeInclusive};

const COLUMNS: &str = "region, indicator, period, value, qualifier, figure, source, quote, note";
const COLUMNS_OF_O: &str = "o.region, o.indicator, o.period, o.value, o.qualifier, o.figure, o.source, o.quote, o.note";
/// Rows sent in one COPY: bounds the memory an import of millions holds at once.
const COPY_ROWS: usize = 50_000;

/// A figure's row as the store inserts it.
struct NewRow<'a> {
    id: i64,
    observation: &'a Observation,
    superseded_by: Option<i64>,
}

/// The keys of the figures (as migrations/postgres/0001_init.sql defines them). Checked as
/// each row is copied they cost a look-up or a trigger each per figure (65 of 85 s at 5.75 M);
/// dropped before a new catalogue's COPY and added back after it, each checks every row in one
/// join. (A deferred key's pending checks would forbid adding them back: all go.)
const FIGURE_KEYS: [(&str, &str); 5] = [
    ("observations_region_fk", "FOREIGN KEY (region) REFERENCES regions (code)"),
    ("observations_indicator_fk", "FOREIGN KEY (indicator) REFERENCES indicators (key)"),
    ("observations_source_fk", "FOREIGN KEY (source) REFERENCES sources (id)"),
    ("observations_entered_by_fk", "FOREIGN KEY (entered_by) REFERENCES users (id)"),
    (
        "observations_superseded_by_fk",
        "FOREIGN KEY (superseded_by) REFERENCES observations (id) DEFERRABLE INITIALLY DEFERRED",
    ),
];

/// Imports the figures of a new catalogue (the seed, or a generated dataset of millions) into
/// the empty table by COPY, with ids counted here.
pub(super) fn import(tx: &mut Transaction, observations: &[Observation]) -> Result<(), StoreError> {
    without_keys(tx, |tx| copy_new(tx, observations))
}

/// Runs `fill` (a COPY of many figures into the table) with the figures' keys dropped, then
/// adds them back, checking every row.
pub(super) fn without_keys<T>(
    tx: &mut Transaction,
    fill: impl FnOnce(&mut Transaction) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let keys = |change: &dyn Fn(&str, &str) -> String| FIGURE_KEYS.map(|(name, key)| change(name, key)).join(", ");
    tx.batch_execute(&format!("ALTER TABLE observations {}", keys(&|name, _| format!("DROP CONSTRAINT {name}"))))?;
    let filled = fill(tx)?;
    let add = keys(&|name, key| format!("ADD CONSTRAINT {name} {key}"));
    tx.batch_execute(&format!("ALTER TABLE observations {add}"))?;
    Ok(filled)
}

fn copy_new(tx: &mut Transaction, observations: &[Observation]) -> Result<(), StoreError> {
    let at = super::now();
    let mut next_id = last_id(tx)? + 1;
    for chunk in observations.chunks(COPY_ROWS) {
        let ids = next_id..;
        let rows: Vec<NewRow> =
            ids.zip(chunk).map(|(id, observation)| NewRow { id, observation, superseded_by: None }).collect();
        insert(tx, &rows, None, "seed import", &at)?;
        next_id += chunk.len() as i64;
    }
    Ok(())
}

/// Inserts `rows` by COPY, entered by `entered_by` at `at` for `reason`.
fn insert(
    tx: &mut Transaction,
    rows: &[NewRow],
    entered_by: Option<&Actor>,
    reason: &str,
    at: &str,
) -> Result<(), StoreError> {
    for chunk in rows.chunks(COPY_ROWS) {
        let mut copy = CopyIn::new();
        for row in chunk {
            let o = row.observation;
            let p = &o.provenance;
            copy.row(14).bigint(Some(row.id)).text(&o.region).text(&o.indicator).text(&o.period.to_string());
            copy.float(o.value).text(o.qualifier.key()).text(&p.figure).text(&p.source).text(&p.quote).text(&p.note);
            copy.bigint(entered_by.map(|a| a.user_id)).text(at).text(reason).bigint(row.superseded_by);
        }
        let mut writer = tx.copy_in(&format!(
            "COPY observations (id, {COLUMNS}, entered_by, entered_at, reason, superseded_by)
             FROM STDIN (FORMAT binary)"
        ))?;
        std::io::Write::write_all(&mut writer, &copy.finish())
            .map_err(|e| StoreError::Corrupt(format!("the COPY of figures broke off: {e}")))?;
        writer.finish()?;
    }
    Ok(())
}

/// The columns of [`COLUMNS`], borrowed from a row.
fn stored(r: &Row) -> Result<StoredFigure<'_>, StoreError> {
    Ok(StoredFigure {
        region: r.try_get(0)?,
        indicator: r.try_get(1)?,
        period: r.try_get(2)?,
        value: r.try_get(3)?,
        qualifier: r.try_get(4)?,
        figure: r.try_get(5)?,
        source: r.try_get(6)?,
        quote: r.try_get(7)?,
        note: r.try_get(8)?,
    })
}

fn unreadable(bad: BadValue) -> StoreError {
    StoreError::Corrupt(bad.to_string())
}

/// One row on its own: for histories and the look-ups of a write.
fn observation(r: &Row) -> Result<Observation, StoreError> {
    stored(r)?.observation().map_err(unreadable)
}

/// The largest id given to a figure (0 when there are none).
pub(super) fn last_id(c: &mut impl GenericClient) -> Result<i64, StoreError> {
    Ok(c.query_one("SELECT COALESCE(MAX(id), 0) FROM observations", &[])?.try_get(0)?)
}

/// Region, indicator and period of the figures up to `last` that figures after it superseded.
pub(super) fn superseded_after(
    c: &mut impl GenericClient,
    last: i64,
) -> Result<Vec<(String, String, Period)>, StoreError> {
    let sql = "SELECT region, indicator, period FROM observations WHERE superseded_by > $1 AND id <= $1";
    c.query(sql, &[&last])?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, super::catalogue::parsed(r, 2, |s| s.parse().ok())?)))
        .collect()
}

/// The current figures with ids in `ids`, in id order, appended to `out`: one COPY, read row
/// by row into interned figures.
pub(super) fn current(
    c: &mut impl GenericClient,
    ids: RangeInclusive<i64>,
    out: &mut Vec<Observation>,
) -> Result<(), StoreError> {
    // COPY takes no parameters; the bounds are integers.
    let sql = format!(
        "COPY (SELECT {COLUMNS} FROM observations WHERE superseded_by IS NULL AND id BETWEEN {} AND {} ORDER BY id)
         TO STDOUT (FORMAT binary)",
        ids.start(),
        ids.end()
    );
    let mut rows = CopyOut::new(BufReader::with_capacity(1 << 16, c.copy_out(&sql)?))?;
    let mut interner = Interner::default();
    while rows.next_row()? {
        let figure = StoredFigure {
            region: rows.text(0)?,
            indicator: rows.text(1)?,
            period: rows.text(2)?,
            value: rows.float(3)?,
            qualifier: rows.text(4)?,
            figure: rows.text(5)?,
            source: rows.text(6)?,
            quote: rows.text(7)?,
            note: rows.text(8)?,
        };
        out.push(figure.interned(&mut interner).map_err(unreadable)?);
    }
    rows.finish()
}

pub(super) fn history(
    c: &mut impl GenericClient,
    region: &str,
    indicator: &str,
    period: &str,
) -> Result<Vec<ObservationRecord>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS_OF_O}, o.id, u.name, o.entered_at, o.reason, o.superseded_by
         FROM observations o LEFT JOIN users u ON u.id = o.entered_by
         WHERE o.region = $1 AND o.indicator = $2 AND o.period = $3 ORDER BY o.id DESC"
    );
    c.query(&sql, &[&region, &indicator, &period])?
        .iter()
        .map(|r| {
            Ok(ObservationRecord {
                observation: observation(r)?,
                id: r.try_get(9)?,
                entered_by: r.try_get(10)?,
                entered_at: r.try_get(11)?,
                reason: r.try_get(12)?,
                superseded_by: r.try_get(13)?,
            })
        })
        .collect()
}
