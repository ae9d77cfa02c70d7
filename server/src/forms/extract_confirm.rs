use super::{OfficeForm, error_text, location, see_other};
use app::{service, state::AppState};
use axum::{extract::State, response::Response};

/// Step 3 of reading a report: the rows kept, as corrected, become an upload, and its preview
/// is shown; committing it there applies them (`service::confirm_extract`).
pub async fn confirm_extract(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields }: OfficeForm<Vec<(String, String)>>,
) -> Response {
    match service::confirm_extract(&state, &signed_in, fields.into_iter().collect(), lang).await {
        Ok(id) => see_other(&lang.href(&format!("/supervision/uploads/{id}"))),
        Err(error) => see_other(&location(lang, "/supervision/extract/review", &[("error", &error_text(error))])),
    }
}
