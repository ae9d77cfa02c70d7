use super::{csrf_refusal, location, message, message_text, see_other};
use app::{auth::SignedIn, i18n::Text, service, state::AppState};
use axum::{
    Extension,
    extract::{Multipart, Query, State},
    http::StatusCode,
    response::Response,
};

#[derive(serde::Deserialize)]
pub struct UploadQuery {
    #[serde(default)]
    lang: String,
}

/// The file's name as it is kept and shown: its last path component, without control
/// characters, at most 120 characters (every error of its preview names it).
fn file_name(sent: &str) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = base.chars().filter(|c| !c.is_control()).take(120).collect();
    if name.trim().is_empty() { "upload".to_owned() } else { name }
}

/// Receives a file (multipart: `csrf` first, then `file`), keeps it, and shows its preview.
/// Nothing is applied until the preview is committed.
pub async fn upload(
    State(state): State<AppState>,
    Extension(signed_in): Extension<SignedIn>,
    Query(query): Query<UploadQuery>,
    mut multipart: Multipart,
) -> Response {
    let lang = app::i18n::Lang::of_tag(&query.lang);
    let back = lang.href("/supervision/upload");
    let limit = state.config.upload_limit;
    let limit = if limit >= 1 << 20 { format!("{} MB", limit >> 20) } else { format!("{} KB", limit >> 10) };
    let text = app::i18n::fill(lang.t(Text::UploadTooLarge), &[("limit", limit)]);
    let too_large = || message_text(StatusCode::PAYLOAD_TOO_LARGE, lang, &text, &back);
    let mut csrf = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = file_name(field.file_name().unwrap_or_default());
                let bytes = match field.bytes().await {
                    Ok(bytes) => bytes,
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
                    Err(_) => return message(StatusCode::BAD_REQUEST, lang, Text::UploadUnreadable, &back),
                };
                match name.as_str() {
                    "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
                    "file" => file = Some((file_name, bytes.to_vec())),
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
            Err(_) => return message(StatusCode::BAD_REQUEST, lang, Text::UploadUnreadable, &back),
        }
    }
    if let Some(response) = csrf_refusal(&signed_in, &csrf, lang) {
        return response;
    }
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return see_other(&location(lang, "/supervision/upload", &[("error", lang.t(Text::UploadUnreadable))]));
    };
    if bytes.len() > state.config.upload_limit {
        return too_large();
    }
    match service::save_upload(&state, &signed_in, file_name, bytes).await {
        Ok(id) => see_other(&lang.href(&format!("/supervision/uploads/{id}"))),
        Err(_) => message(StatusCode::INTERNAL_SERVER_ERROR, lang, Text::ErrorTitle, &back),
    }
}
