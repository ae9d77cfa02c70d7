use super::{csrf_refusal, see_other};
use app::{
    auth::{SESSION_COOKIE, expired_cookie, is_https, signed_in},
    i18n::Lang,
    state::AppState,
};
use axum::{
    Form,
    extract::State,
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};

#[derive(serde::Deserialize)]
pub struct LogoutForm {
    csrf: String,
}

/// Ends the session in the store (not only in the browser) and clears the cookie.
pub async fn logout(State(state): State<AppState>, headers: HeaderMap, Form(form): Form<LogoutForm>) -> Response {
    if let Ok(Some(session)) = signed_in(&state, &headers).await {
        if let Some(response) = csrf_refusal(&session, &form.csrf, Lang::Zh) {
            return response;
        }
        let live = state.live.clone();
        let hash = session.token_hash.clone();
        if let Ok(Err(e)) = tokio::task::spawn_blocking(move || live.accounts().delete_session(&hash)).await {
            tracing::error!("cannot end a session: {e}");
        }
    }
    let mut response = see_other("/");
    if let Ok(value) = HeaderValue::from_str(&expired_cookie(SESSION_COOKIE, is_https(&headers))) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
