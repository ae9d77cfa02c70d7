use super::{csrf_refusal, lang_of, location, message, message_text, see_other};
use app::{
    api::{extract_draft::ExtractDraft, present::document_error_text},
    auth::SignedIn,
    i18n::{Lang, Text},
    state::AppState,
};
use axum::{
    Extension,
    extract::{Multipart, Query, State},
    http::StatusCode,
    response::Response,
};
use data::entry::report::{read_document, read_text};
use std::collections::HashMap;

#[derive(serde::Deserialize)]
pub struct ExtractQuery {
    #[serde(default)]
    lang: String,
}

/// Why step 1 was refused, for the form's flash.
enum Refusal {
    Text(Text),
    Detail(String),
    NotYourRegion,
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
    let lang = lang_of(&query.lang);
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
    let live = state.live.clone();
    let kept = app::state::blocking(move || {
        let draft = read_draft(&live, &signed_in, &fields, file, lang);
        Ok(draft.map(|draft| draft.save(live.store(), &signed_in)))
    })
    .await;
    match kept {
        Ok(Ok(Ok(()))) => see_other(&lang.href("/supervision/extract/review")),
        Ok(Err(Refusal::NotYourRegion)) => message(StatusCode::FORBIDDEN, lang, Text::ExtractNotYourRegion, &back),
        Ok(Err(Refusal::Text(text))) => see_other(&location(lang, "/supervision/extract", &[("error", lang.t(text))])),
        Ok(Err(Refusal::Detail(text))) => see_other(&location(lang, "/supervision/extract", &[("error", &text)])),
        Ok(Ok(Err(_))) | Err(_) => message(StatusCode::INTERNAL_SERVER_ERROR, lang, Text::ErrorTitle, &back),
    }
}

/// The text, its source and region, checked: a file wins over a pasted text.
fn read_draft(
    live: &data::Live,
    signed_in: &SignedIn,
    fields: &HashMap<String, String>,
    file: Option<(String, Vec<u8>)>,
    lang: Lang,
) -> Result<ExtractDraft, Refusal> {
    let field = |name: &str| fields.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
    let pasted = fields.get("text").map(String::as_str).unwrap_or_default();
    let text = match file.filter(|(_, bytes)| !bytes.is_empty()) {
        Some((name, bytes)) => read_document(&name, &bytes),
        None if pasted.trim().is_empty() => return Err(Refusal::Text(Text::ExtractNoText)),
        None => read_text(pasted),
    }
    .map_err(|e| Refusal::Detail(document_error_text(&e, lang)))?;
    let data = live.dataset();
    // Left empty, an editor's report is their region's; a supervisor's is the text's to say.
    let region = match field("region") {
        code if code.is_empty() => signed_in.user.region.clone(),
        code if data.region(&code).is_none() || !signed_in.user.may_edit_region(&code) => {
            return Err(Refusal::NotYourRegion);
        }
        code => Some(code),
    };
    let (source, new_source) = match field("source") {
        id if !id.is_empty() => (data.source(&id).cloned().ok_or(Refusal::Text(Text::ExtractNoSource))?, false),
        _ => {
            let source =
                data::entry::new_source(&field("title"), &field("publisher"), &field("published"), &field("url"))
                    .map_err(|e| match e {
                        data::entry::SourceError::Missing => Refusal::Text(Text::ExtractNoSource),
                        other => Refusal::Detail(other.to_string()),
                    })?;
            let known = data.source(&source.id).is_some();
            (source, !known)
        }
    };
    Ok(ExtractDraft { text, source, new_source, region })
}
