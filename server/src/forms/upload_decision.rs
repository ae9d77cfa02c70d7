use super::{OfficeForm, error_text, location, see_other};
use app::{auth::SignedIn, error::AppError, i18n::Text, state::AppState};
use axum::{
    extract::{Path, State},
    response::Response,
};
use data::store::Role;

#[derive(serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    reason: String,
}

/// The upload, if this person may decide on it: its uploader, or a supervisor.
fn own_upload(live: &data::Live, signed_in: &SignedIn, id: i64) -> Result<data::store::Upload, AppError> {
    let upload = live.store().upload(id)?.ok_or_else(|| AppError::NotFound(format!("upload {id}")))?;
    if upload.uploaded_by != signed_in.user.id && signed_in.user.role != Role::Supervisor {
        return Err(AppError::Forbidden);
    }
    Ok(upload)
}

/// Applies every row of the upload in one transaction, re-checked against the data as it is
/// now; any error applies nothing.
pub async fn commit_upload(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<DecisionForm>,
) -> Response {
    let page = format!("/supervision/uploads/{id}");
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() {
        return see_other(&location(lang, &page, &[("error", lang.t(Text::ReasonRequired))]));
    }
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        let upload = own_upload(&live, &signed_in, id)?;
        let frozen = live.store().frozen_periods()?;
        let data = live.dataset();
        let uploader = app::api::uploader(live.store(), &upload)?;
        let changes = match app::api::parse_upload(&data, &uploader, &frozen, &upload) {
            Ok(Ok(changes)) => changes,
            Ok(Err(errors)) => return Err(AppError::BadRequest(format!("{} errors", errors.0.len()))),
            Err(file_error) => return Err(AppError::BadRequest(file_error.to_string())),
        };
        let actor = signed_in.user.actor();
        Ok(live.write(|store| store.commit_upload(&actor, id, &changes, &reason))?)
    })
    .await;
    match result {
        Ok(report) => {
            let saved = format!("+{} / ~{} / ={}", report.added, report.corrected, report.unchanged);
            see_other(&location(lang, &page, &[("saved", &saved)]))
        }
        Err(error) => see_other(&location(lang, &page, &[("error", &error_text(error))])),
    }
}

pub async fn discard_upload(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    OfficeForm { signed_in, lang, fields: _ }: OfficeForm<DecisionForm>,
) -> Response {
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        own_upload(&live, &signed_in, id)?;
        Ok(live.store().discard_upload(&signed_in.user.actor(), id)?)
    })
    .await;
    let page = format!("/supervision/uploads/{id}");
    match result {
        Ok(()) => see_other(&lang.href(&page)),
        Err(error) => see_other(&location(lang, &page, &[("error", &error_text(error))])),
    }
}
