use super::{csrf_refusal, location, message, message_text, see_other};
use app::{
    auth::SignedIn,
    i18n::Text,
    service::{self, Refusal},
    state::AppState,
};
use axum::{
    Extension,
    extract::{Multipart, Query, State},
    http::StatusCode,
    response::Response,
};
use std::collections::HashMap;

#[derive(serde::Deserialize)]
pub struct ExtractQuery {
    #[serde(default)]
    lang: String,
}

/// Step 1 of reading a report (multipart: `csrf` first, then the text or `file`, and the
/// source): keeps the text with the session and shows its figures for review. Nothing is
/// saved to the data here.
pub async fn extract(
    State(state): State<AppState>,
    Extension(signed_in): Extension<SignedIn>,
    Query(query): Query<ExtractQuery>,
    mut multipart: Multipart,
) -> Response {
    let lang = app::i18n::Lang::of_tag(&query.lang);
    let back = lang.href("/supervision/extract");
    let too_large = || {
        let limit = format!("{} KB", state.config.upload_limit >> 10);
        let text = app::i18n::fill(lang.t(Text::UploadTooLarge), &[("limit", limit)]);
        message_text(StatusCode::PAYLOAD_TOO_LARGE, lang, &text, &back)
    };
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let bytes = match field.bytes().await {
                    Ok(bytes) => bytes,
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
                    Err(_) => return message(StatusCode::BAD_REQUEST, lang, Text::UploadUnreadable, &back),
                };
                if name == "file" {
                    file = Some((file_name, bytes.to_vec()));
                } else {
                    fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
                }
            }
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
            Err(_) => return message(StatusCode::BAD_REQUEST, lang, Text::UploadUnreadable, &back),
        }
    }
    let csrf = fields.get("csrf").cloned().unwrap_or_default();
    if let Some(response) = csrf_refusal(&signed_in, &csrf, lang) {
        return response;
    }
    match service::start_extract(&state, &signed_in, fields, file, lang).await {
        Ok(()) => see_other(&lang.href("/supervision/extract/review")),
        Err(Refusal::NotYourRegion) => message(StatusCode::FORBIDDEN, lang, Text::ExtractNotYourRegion, &back),
        Err(Refusal::Text(text)) => see_other(&location(lang, "/supervision/extract", &[("error", lang.t(text))])),
        Err(Refusal::Detail(text)) => see_other(&location(lang, "/supervision/extract", &[("error", &text)])),
        Err(Refusal::Failed(_)) => message(StatusCode::INTERNAL_SERVER_ERROR, lang, Text::ErrorTitle, &back),
    }
}
