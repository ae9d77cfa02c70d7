use super::{OfficeForm, error_text, location, see_other};
use app::{i18n::Text, service, state::AppState};
use axum::{
    extract::{Path, State},
    response::Response,
};

#[derive(serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    reason: String,
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
    match service::commit_upload(&state, &signed_in, id, reason).await {
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
    let page = format!("/supervision/uploads/{id}");
    match service::discard_upload(&state, &signed_in, id).await {
        Ok(()) => see_other(&lang.href(&page)),
        Err(error) => see_other(&location(lang, &page, &[("error", &error_text(error))])),
    }
}
