//! Uploaded files wait, with their bytes, between the preview and the commit.

use super::{
    audit,
    observations::{self, Audit},
};
use crate::store::{Actor, ChangeReport, ObservationChange, StoreError, Upload, UploadStatus};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

pub(super) fn save(tx: &Transaction, actor: &Actor, file_name: &str, bytes: &[u8]) -> Result<i64, StoreError> {
    let sha256 = hex::encode(Sha256::digest(bytes));
    tx.execute(
        "INSERT INTO uploads (sha256, file_name, bytes, uploaded_by, uploaded_at, status)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending')",
        params![sha256, file_name, bytes, actor.user_id, super::now()],
    )?;
    let id = tx.last_insert_rowid();
    audit::record_event(
        tx,
        actor,
        "upload.save",
        &format!("upload {id}"),
        &format!("{file_name} ({} bytes)", bytes.len()),
    )?;
    Ok(id)
}

pub(super) fn get(c: &Connection, id: i64) -> Result<Option<Upload>, StoreError> {
    let found = c.query_row(
        "SELECT id, sha256, file_name, bytes, uploaded_by, uploaded_at, status, applied FROM uploads WHERE id = ?1",
        [id],
        |r| {
            Ok(Upload {
                id: r.get(0)?,
                sha256: r.get(1)?,
                file_name: r.get(2)?,
                bytes: r.get(3)?,
                uploaded_by: r.get(4)?,
                uploaded_at: r.get(5)?,
                status: super::catalogue::parsed(r, 6, UploadStatus::parse)?,
                applied: r.get::<_, i64>(7)? as usize,
            })
        },
    );
    Ok(found.optional()?)
}

pub(super) fn committed_with(c: &Connection, sha256: &str) -> Result<Option<i64>, StoreError> {
    let sql = "SELECT id FROM uploads WHERE sha256 = ?1 AND status = 'committed' ORDER BY id LIMIT 1";
    Ok(c.query_row(sql, [sha256], |r| r.get(0)).optional()?)
}

fn pending(tx: &Transaction, id: i64) -> Result<(), StoreError> {
    let status: Option<String> =
        tx.query_row("SELECT status FROM uploads WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    match status.as_deref() {
        None => Err(StoreError::NotFound(format!("upload {id}"))),
        Some("pending") => Ok(()),
        Some(other) => Err(StoreError::Conflict(format!("upload {id} is already {other}"))),
    }
}

pub(super) fn commit(
    tx: &Transaction,
    actor: &Actor,
    id: i64,
    changes: &[ObservationChange],
    reason: &str,
) -> Result<ChangeReport, StoreError> {
    pending(tx, id)?;
    let report = observations::record(tx, actor, changes.iter().map(Ok), reason, Audit::EachFigure)?;
    let applied = (report.added + report.corrected) as i64;
    tx.execute("UPDATE uploads SET status = 'committed', applied = ?1 WHERE id = ?2", params![applied, id])?;
    if applied == 0 {
        // Nothing changed: audited, but no new version of the data.
        audit::record_event(tx, actor, "upload.commit", &format!("upload {id}"), reason)?;
    } else {
        let change = audit::Change::batch("upload.commit", format!("upload {id}"), &report, reason);
        audit::record(tx, Some(actor), change)?;
    }
    Ok(report)
}

pub(super) fn discard(tx: &Transaction, actor: &Actor, id: i64) -> Result<(), StoreError> {
    pending(tx, id)?;
    tx.execute("UPDATE uploads SET status = 'discarded', bytes = x'' WHERE id = ?1", [id])?;
    audit::record_event(tx, actor, "upload.discard", &format!("upload {id}"), "discarded before commit")
}
