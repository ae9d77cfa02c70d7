use super::{OfficeForm, error_text, location, see_other};
use app::{service, state::AppState};
use axum::{extract::State, response::Response};

#[derive(serde::Deserialize)]
pub struct SourceFields {
    title: String,
    publisher: String,
    published: String,
    #[serde(default)]
    url: String,
}

/// Registers a document figures can cite, then returns to the entry form with it chosen.
pub async fn add_source(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields: f }: OfficeForm<SourceFields>,
) -> Response {
    match service::add_source(&state, &signed_in, [f.title, f.publisher, f.published, f.url]).await {
        Ok(id) => see_other(&location(lang, "/supervision/entry", &[("source", &id), ("saved", &id)])),
        Err(error) => see_other(&location(lang, "/supervision/entry", &[("error", &error_text(error))])),
    }
}
