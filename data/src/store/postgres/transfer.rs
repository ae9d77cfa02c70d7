//! `server copy`: a SQLite store moved into an empty PostgreSQL database, every table (the
//! audit trail, people, sessions and uploads too) with its ids, in one transaction: all of it
//! arrives, or none. Rows go in the SQLite file's order (`rowid`), which its foreign keys
//! already held to, so each row's references arrive before it.

use super::{PostgresStore, WRITE_LOCK};
use crate::store::StoreError;
use ::postgres::Transaction;
use rusqlite::{OpenFlags, types::ValueRef};
use std::{io::Write, path::Path};

/// The tables in an order their references allow; `ord` columns (PostgreSQL's stand-in for
/// SQLite's row order) are made as the rows arrive.
const TABLES: &[&str] = &[
    "sources",
    "units",
    "categories",
    "regions",
    "indicators",
    "honours",
    "practices",
    "users",
    "observations",
    "targets",
    "frozen_periods",
    "sessions",
    "uploads",
    "audit",
    "meta",
    "login_attempts",
];

/// How many rows of each table were copied.
pub type CopyReport = Vec<(&'static str, u64)>;

impl PostgresStore {
    /// Copies the SQLite store at `from` (brought up to date first) into this database, which
    /// must hold no data yet; one transaction.
    pub fn copy_from_sqlite(&self, from: &Path) -> Result<CopyReport, StoreError> {
        drop(crate::store::SqliteStore::open(from)?); // the same schema version on both sides
        let source = rusqlite::Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        // One read transaction: the copy is of one version even if a server writes meanwhile.
        source.execute_batch("BEGIN")?;
        self.transaction(Some(WRITE_LOCK), |tx| {
            let held: i64 = tx
                .query_one("SELECT (SELECT COUNT(*) FROM regions) + (SELECT COUNT(*) FROM users)", &[])?
                .try_get(0)?;
            if held > 0 {
                return Err(StoreError::Conflict(
                    "the PostgreSQL database already holds data: copy into an empty one".into(),
                ));
            }
            let mut report = Vec::new();
            for &table in TABLES {
                let copied = match table {
                    // Millions of rows: their keys are checked in one join after the copy.
                    "observations" => super::observations::without_keys(tx, |tx| copy_table(&source, tx, table))?,
                    _ => copy_table(&source, tx, table)?,
                };
                report.push((table, copied));
                restart_identity(tx, table)?;
            }
            // The planner's statistics, as an import gathers them (a snapshot sorted millions
            // of rows without them).
            tx.batch_execute("ANALYZE")?;
            Ok(report)
        })
    }
}

fn copy_table(source: &rusqlite::Connection, tx: &mut Transaction, table: &str) -> Result<u64, StoreError> {
    let columns: Vec<String> = source
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"))?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let types: Vec<String> = columns
        .iter()
        .map(|column| {
            let sql = "SELECT data_type FROM information_schema.columns WHERE table_name = $1 AND column_name = $2";
            let row = tx.query_opt(sql, &[&table, column])?;
            let missing = || StoreError::Corrupt(format!("PostgreSQL's {table} has no column {column}"));
            Ok(row.ok_or_else(missing)?.try_get(0)?)
        })
        .collect::<Result<_, StoreError>>()?;
    let list = columns.join(", ");
    let mut select = source.prepare(&format!("SELECT {list} FROM {table} ORDER BY rowid"))?;
    let mut rows = select.query([])?;
    let mut writer = tx.copy_in(&format!("COPY {table} ({list}) FROM STDIN"))?;
    let mut line = Vec::with_capacity(4096);
    let mut copied = 0;
    while let Some(row) = rows.next()? {
        line.clear();
        for (index, kind) in types.iter().enumerate() {
            if index > 0 {
                line.push(b'\t');
            }
            field(&mut line, row.get_ref(index)?, kind);
        }
        line.push(b'\n');
        writer.write_all(&line).map_err(|e| StoreError::Corrupt(format!("copying {table}: {e}")))?;
        copied += 1;
    }
    writer.finish()?;
    Ok(copied)
}

/// One value in COPY's text format, as PostgreSQL's column type `kind` reads it.
fn field(line: &mut Vec<u8>, value: ValueRef<'_>, kind: &str) {
    match value {
        ValueRef::Null => line.extend_from_slice(b"\\N"),
        ValueRef::Integer(n) if kind == "boolean" => line.push(if n != 0 { b't' } else { b'f' }),
        ValueRef::Integer(n) => line.extend_from_slice(n.to_string().as_bytes()),
        // Shortest digits that read back as the same double.
        ValueRef::Real(x) if x.is_finite() => line.extend_from_slice(format!("{x:e}").as_bytes()),
        ValueRef::Real(x) => line.extend_from_slice(if x.is_nan() {
            b"NaN"
        } else if x > 0.0 {
            b"Infinity"
        } else {
            b"-Infinity"
        }),
        ValueRef::Text(text) => escaped(line, text),
        ValueRef::Blob(bytes) => {
            line.extend_from_slice(b"\\\\x");
            line.extend_from_slice(hex::encode(bytes).as_bytes());
        }
    }
}

/// COPY's text escapes: a backslash, and the separators (tab, newline, carriage return).
fn escaped(line: &mut Vec<u8>, text: &[u8]) {
    for &byte in text {
        match byte {
            b'\\' => line.extend_from_slice(b"\\\\"),
            b'\t' => line.extend_from_slice(b"\\t"),
            b'\n' => line.extend_from_slice(b"\\n"),
            b'\r' => line.extend_from_slice(b"\\r"),
            _ => line.push(byte),
        }
    }
}

/// The next id a table's identity gives out follows the ids copied in.
fn restart_identity(tx: &mut Transaction, table: &str) -> Result<(), StoreError> {
    // Asked only of tables with an `id` (an error would end the transaction); NULL when the
    // ids are not an identity's (the figures' are given out under the write lock).
    let sql = "SELECT pg_get_serial_sequence($1, 'id') FROM information_schema.columns \
               WHERE table_name = $1 AND column_name = 'id'";
    let sequence: Option<String> = tx.query_opt(sql, &[&table])?.map(|r| r.try_get(0)).transpose()?.flatten();
    if let Some(sequence) = sequence {
        tx.execute(
            &format!("SELECT setval($1::text::regclass, COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"),
            &[&sequence],
        )?;
    }
    Ok(())
}
