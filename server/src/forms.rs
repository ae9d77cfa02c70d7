//! The office's form posts: each decodes its form, checks the session's CSRF token
//! (`OfficeForm`), calls `app::service`, and answers with a redirect (post/redirect/get), so
//! every form works without JavaScript.

mod entry;
mod extract;
mod extract_confirm;
mod login;
mod logout;
mod office_form;
mod sources;
mod targets;
mod upload;
mod upload_decision;
mod users;

pub use entry::save_entry;
pub use extract::extract;
pub use extract_confirm::confirm_extract;
pub use login::login;
pub use logout::logout;
pub use office_form::OfficeForm;
pub use sources::add_source;
pub use targets::{save_target, set_frozen};
pub use upload::upload;
pub use upload_decision::{commit_upload, discard_upload};
pub use users::{add_user, set_active, set_password};

use app::{
    auth::SignedIn,
    error::AppError,
    i18n::{Lang, Text},
};
use axum::{
    http::{StatusCode, header},
    response::{Html, IntoResponse, Redirect, Response},
};

/// `path` in `lang` with `pairs` as its query.
pub(crate) fn location(lang: Lang, path: &str, pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> =
        pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", app::url::urlencode(v))).collect();
    let href = lang.href(path);
    if query.is_empty() { href } else { format!("{href}?{}", query.join("&")) }
}

pub(crate) fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// A short page for what cannot be answered with a redirect (throttled, too large, forged).
pub(crate) fn message(status: StatusCode, lang: Lang, text: Text, back: &str) -> Response {
    message_text(status, lang, lang.t(text), back)
}

pub(crate) fn message_text(status: StatusCode, lang: Lang, text: &str, back: &str) -> Response {
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body><main><h1>{}</h1><p><a href=\"{}\">{}</a></p></main></body></html>",
        lang.tag(),
        text,
        text,
        back,
        lang.t(Text::Back)
    );
    (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}

/// The refusal of a post whose CSRF token is not the session's.
pub(crate) fn csrf_refusal(signed_in: &SignedIn, submitted: &str, lang: Lang) -> Option<Response> {
    (!signed_in.csrf_ok(submitted))
        .then(|| message(StatusCode::FORBIDDEN, lang, Text::CsrfRejected, &lang.href("/supervision")))
}

/// A refused form comes back filled in, with why it was refused: its fields are kept with the
/// session (`Store::save_draft`) and the redirect says only `?draft=1`, so the figures typed
/// never end up in a URL, a log or the browser's history.
pub(crate) async fn back_with_draft(
    state: &app::state::AppState,
    signed_in: &SignedIn,
    lang: Lang,
    form: &'static str,
    fields: &[(&str, &str)],
    error: &str,
) -> Response {
    let kept = app::service::save_draft(state, signed_in, form, fields, error).await;
    let path = format!("/supervision/{form}");
    match kept {
        Ok(()) => see_other(&location(lang, &path, &[("draft", "1")])),
        Err(_) => see_other(&location(lang, &path, &[("error", lang.t(Text::ErrorTitle))])),
    }
}

/// An error from a write as words for the person who made it.
pub(crate) fn error_text(error: AppError) -> String {
    match error {
        AppError::BadRequest(detail) | AppError::NotFound(detail) => detail,
        AppError::Forbidden => "forbidden".to_owned(),
        _ => "internal error; nothing was saved".to_owned(),
    }
}
