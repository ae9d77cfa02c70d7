//! Uploaded files wait, with their bytes, between the preview and the commit.

use super::{
    audit,
    observations::{self, Audit},
};
use crate::store::{Actor, ChangeReport, ObservationChange, StoreError, Upload, UploadStatus};
use postgres::{GenericClient, Transaction};
use sha2::{Digest, Sha256};

pub(super) fn save(tx: &mut Transaction, actor: &Actor, file_name: &str, bytes: &[u8]) -> Result<i64, StoreError> {
    let sha256 = hex::encode(Sha256::digest(bytes));
    let id: i64 = tx
        .query_one(
            "INSERT INTO uploads (sha256, file_name, bytes, uploaded_by, uploaded_at, status)
             VALUES ($1, $2, $3, $4, $5, 'pending') RETURNING id",
            &[&sha256, &file_name, &bytes, &actor.user_id, &super::now()],
        )?
        .try_get(0)?;
    audit::record_event(
        tx,
        actor,
        "upload.save",
        &format!("upload {id}"),
        &format!("{file_name} ({} bytes)", bytes.len()),
    )?;
    Ok(id)
}

pub(super) fn get(c: &mut impl GenericClient, id: i64) -> Result<Option<Upload>, StoreError> {
    let row = c.query_opt(
        "SELECT id, sha256, file_name, bytes, uploaded_by, uploaded_at, status, applied FROM uploads WHERE id = $1",
        &[&id],
    )?;
    row.map(|r| {
        Ok(Upload {
            id: r.try_get(0)?,
            sha256: r.try_get(1)?,
            file_name: r.try_get(2)?,
            bytes: r.try_get(3)?,
            uploaded_by: r.try_get(4)?,
            uploaded_at: r.try_get(5)?,
            status: super::catalogue::parsed(&r, 6, UploadStatus::parse)?,
            applied: r.try_get::<_, i64>(7)? as usize,
        })
    })
    .transpose()
}

pub(super) fn committed_with(c: &mut impl GenericClient, sha256: &str) -> Result<Option<i64>, StoreError> {
    let sql = "SELECT id FROM uploads WHERE sha256 = $1 AND status = 'committed' ORDER BY id LIMIT 1";
    Ok(c.query_opt(sql, &[&sha256])?.map(|r| r.try_get(0)).transpose()?)
}

fn pending(tx: &mut Transaction, id: i64) -> Result<(), StoreError> {
    let status: Option<String> =
        tx.query_opt("SELECT status FROM uploads WHERE id = $1", &[&id])?.map(|r| r.try_get(0)).transpose()?;
    match status.as_deref() {
        None => Err(StoreError::NotFound(format!("upload {id}"))),
        Some("pending") => Ok(()),
        Some(other) => Err(StoreError::Conflict(format!("upload {id} is already {other}"))),
    }
}

pub(super) fn commit(
    tx: &mut Transaction,
    actor: &Actor,
    id: i64,
    changes: &[ObservationChange],
    reason: &str,
) -> Result<ChangeReport, StoreError> {
    pending(tx, id)?;
    let report = observations::record(tx, actor, changes.iter().map(Ok), reason, Audit::EachFigure)?;
    let applied = (report.added + report.corrected) as i64;
    tx.execute("UPDATE uploads SET status = 'committed', applied = $1 WHERE id = $2", &[&applied, &id])?;
    if applied == 0 {
        // Nothing changed: audited, but no new version of the data.
        audit::record_event(tx, actor, "upload.commit", &format!("upload {id}"), reason)?;
    } else {
        let change = audit::Change::batch("upload.commit", format!("upload {id}"), &report, reason);
        audit::record(tx, Some(actor), change)?;
    }
    Ok(report)
}

pub(super) fn discard(tx: &mut Transaction, actor: &Actor, id: i64) -> Result<(), StoreError> {
    pending(tx, id)?;
    tx.execute("UPDATE uploads SET status = 'discarded', bytes = '' WHERE id = $1", &[&id])?;
    audit::record_event(tx, actor, "upload.discard", &format!("upload {id}"), "discarded before commit")
}
