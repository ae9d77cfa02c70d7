//! Uploads: a file kept as sent, its preview, and its commit (every row in one transaction,
//! checked against the data as it is then) or discard.

use super::{
    access::{Action, check, may_decide_upload},
    office::me,
    with_live,
};
use crate::{auth::SignedIn, error::AppError, i18n::Lang, model::UploadPage, present, state::AppState};
use data::{
    Dataset, LoadErrors,
    entry::{DecodeError, EntryContext, decode, observation_changes},
    store::{Accounts, ChangeReport, Figures, ObservationChange, Upload, User},
};

/// Keeps a file; nothing is applied until its preview is committed.
pub async fn save_upload(state: &AppState, who: &SignedIn, file_name: String, bytes: Vec<u8>) -> Result<i64, AppError> {
    check(who, Action::Enter)?;
    let actor = who.user.actor();
    with_live(state, move |live| Ok(live.figures().save_upload(&actor, &file_name, &bytes)?)).await
}

/// An upload's preview: every row and what it would change, or every error by row and column.
pub async fn upload_page(state: &AppState, who: &SignedIn, id: i64, lang: Lang) -> Result<UploadPage, AppError> {
    let (who, me) = (who.clone(), me(who));
    with_live(state, move |live| {
        let store = live.figures();
        let upload = decidable(store, &who, id)?;
        let data = live.dataset();
        let frozen = store.frozen_periods()?;
        let parsed = parse_upload(&data, &uploader(live.accounts(), &upload)?, &frozen, &upload);
        let same_as = store.committed_upload_with(&upload.sha256)?;
        Ok(present::upload(&data, me, &upload, parsed, same_as, lang))
    })
    .await
}

/// Applies every row of the upload in one transaction, re-checked against the data as it is
/// now; any error applies nothing.
pub async fn commit_upload(
    state: &AppState,
    who: &SignedIn,
    id: i64,
    reason: String,
) -> Result<ChangeReport, AppError> {
    let who = who.clone();
    with_live(state, move |live| {
        let upload = decidable(live.figures(), &who, id)?;
        let frozen = live.figures().frozen_periods()?;
        let data = live.dataset();
        let changes = match parse_upload(&data, &uploader(live.accounts(), &upload)?, &frozen, &upload) {
            Ok(Ok(changes)) => changes,
            Ok(Err(errors)) => return Err(AppError::BadRequest(format!("{} errors", errors.0.len()))),
            Err(file_error) => return Err(AppError::BadRequest(file_error.to_string())),
        };
        let actor = who.user.actor();
        Ok(live.write(|store| store.commit_upload(&actor, id, &changes, &reason))?)
    })
    .await
}

pub async fn discard_upload(state: &AppState, who: &SignedIn, id: i64) -> Result<(), AppError> {
    let who = who.clone();
    with_live(state, move |live| {
        decidable(live.figures(), &who, id)?;
        Ok(live.figures().discard_upload(&who.user.actor(), id)?)
    })
    .await
}

/// The upload, if this person may see and decide on it.
fn decidable(store: &dyn Figures, who: &SignedIn, id: i64) -> Result<Upload, AppError> {
    check(who, Action::Enter)?;
    let upload = store.upload(id)?.ok_or_else(|| AppError::NotFound(format!("upload {id}")))?;
    if may_decide_upload(&who.user, &upload) { Ok(upload) } else { Err(AppError::Forbidden) }
}

/// Who uploaded the file, as their account is now: an upload's rows are checked against the
/// rights of the person who sent it, whoever previews or commits it (a supervisor committing
/// an editor's file must not write rows outside the editor's region).
fn uploader(accounts: &dyn Accounts, upload: &Upload) -> Result<User, AppError> {
    match accounts.user(upload.uploaded_by)? {
        Some(user) if user.active => Ok(user),
        _ => Err(AppError::BadRequest(format!("upload {}: the account that sent it is deactivated", upload.id))),
    }
}

/// Reads an upload's rows against the current data, as the preview and the commit both do.
fn parse_upload(
    data: &Dataset,
    user: &User,
    frozen: &[String],
    upload: &Upload,
) -> Result<Result<Vec<ObservationChange>, LoadErrors>, DecodeError> {
    let text = decode(&upload.bytes)?;
    let ctx = EntryContext { data, user, frozen };
    Ok(observation_changes(&upload.file_name, &text, &ctx))
}
