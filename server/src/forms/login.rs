use super::{lang_of, location, message, see_other};
use app::{
    auth::{LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookie, expired_cookie, is_https, session_cookie},
    i18n::Text,
    state::AppState,
};
use axum::{
    Form,
    extract::{ConnectInfo, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use data::{
    auth::{Token, constant_time_eq, sha256_hex, verify_password},
    store::{Session, timestamp},
};
use std::{
    net::SocketAddr,
    time::{Duration, Instant, SystemTime},
};

#[derive(serde::Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    csrf: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    lang: String,
}

/// Only our own paths: never `//evil.example` or a full URL.
fn safe_next(next: &str) -> Option<&str> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')).then_some(next)
}

pub async fn login(
    State(state): State<AppState>,
    extensions: axum::http::Extensions,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let lang = lang_of(&form.lang);
    let login_page = lang.href("/login");
    let csrf_cookie = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if csrf_cookie.is_empty() || !constant_time_eq(csrf_cookie, &form.csrf) {
        return message(StatusCode::FORBIDDEN, lang, Text::CsrfRejected, &login_page);
    }
    // Set by `serve`; absent when a test drives the router directly.
    let address =
        extensions.get::<ConnectInfo<SocketAddr>>().map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
    if state.throttle.check(&form.name, &address, Instant::now()).is_err() {
        let mut response = message(StatusCode::TOO_MANY_REQUESTS, lang, Text::LoginThrottled, &login_page);
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("900"));
        return response;
    }
    let live = state.live.clone();
    let name = form.name.clone();
    // argon2 is deliberately slow: off the async workers.
    let checked = tokio::task::spawn_blocking(move || {
        let found = live.store().user_by_name(&name)?;
        Ok::<_, data::store::StoreError>(
            found.filter(|(user, hash)| user.active && verify_password(&form.password, hash)),
        )
    })
    .await;
    let user = match checked {
        Ok(Ok(Some((user, _)))) => user,
        Ok(Ok(None)) => {
            state.throttle.failed(&form.name, &address, Instant::now());
            return see_other(&location(lang, "/login", &[("error", lang.t(Text::LoginFailed)), ("next", &form.next)]));
        }
        Ok(Err(e)) => {
            tracing::error!("login lookup failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
        Err(e) => {
            tracing::error!("login task failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    state.throttle.succeeded(&form.name);
    let token = Token::generate();
    let now = SystemTime::now();
    let lifetime = Duration::from_secs(state.config.session_hours as u64 * 3600);
    let session = Session {
        token_hash: sha256_hex(token.as_str()),
        user_id: user.id,
        csrf_token: Token::generate().as_str().to_owned(),
        created_at: timestamp(now),
        expires_at: timestamp(now + lifetime),
    };
    let live = state.live.clone();
    if let Err(e) = tokio::task::spawn_blocking(move || live.store().create_session(&session))
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r.map_err(|e| e.to_string()))
    {
        tracing::error!("cannot create a session: {e}");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let secure = is_https(&headers);
    let next = safe_next(&form.next).map_or_else(|| lang.href("/supervision"), str::to_owned);
    let mut response = see_other(&next);
    let cookies = [
        session_cookie(SESSION_COOKIE, token.as_str(), lifetime.as_secs() as i64, secure),
        expired_cookie(LOGIN_CSRF_COOKIE, secure),
    ];
    for c in cookies {
        if let Ok(value) = HeaderValue::from_str(&c) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
