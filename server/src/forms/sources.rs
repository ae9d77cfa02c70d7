use super::{OfficeForm, error_text, location, see_other};
use app::{error::AppError, state::AppState};
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
    OfficeForm { signed_in, lang, fields }: OfficeForm<SourceFields>,
) -> Response {
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        let source = data::entry::new_source(&fields.title, &fields.publisher, &fields.published, &fields.url)
            .map_err(|e| AppError::BadRequest(e.to_string()))?;
        if live.dataset().source(&source.id).is_none() {
            live.write(|store| store.add_source(&signed_in.user.actor(), &source, "cited by a new figure"))?;
        }
        Ok(source.id)
    })
    .await;
    match result {
        Ok(id) => see_other(&location(lang, "/supervision/entry", &[("source", &id), ("saved", &id)])),
        Err(error) => see_other(&location(lang, "/supervision/entry", &[("error", &error_text(error))])),
    }
}
