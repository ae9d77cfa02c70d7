use crate::{
    error::AppError,
    state::{AppState, blocking},
};
use axum::http::HeaderMap;
use data::{auth::sha256_hex, store::User};

/// The session token's cookie; `__Host-` would require https, which a local run lacks.
pub const SESSION_COOKIE: &str = "fzkb_session";
/// The login form's double-submit CSRF token (there is no session yet to hold one).
pub const LOGIN_CSRF_COOKIE: &str = "fzkb_login_csrf";

/// The login form's token for this request, chosen by the server's `login_csrf` layer, which
/// also sets the cookie: a header set from inside a render could go missing (see `csp.rs`).
#[derive(Clone, Debug)]
pub struct LoginCsrf(pub String);

/// A signed-in person and their session's CSRF token.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub user: User,
    pub csrf: String,
    pub token_hash: String,
}

impl SignedIn {
    /// Whether a submitted form carries this session's CSRF token.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        data::auth::constant_time_eq(&self.csrf, submitted)
    }
}

pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
}

/// Served over https, directly or behind a proxy that says so.
pub fn is_https(headers: &HeaderMap) -> bool {
    headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https")
}

/// A cookie only the server reads (HttpOnly), sent only by our own pages' requests
/// (SameSite=Strict), only over https when the site is served so.
pub fn session_cookie(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}{secure}")
}

pub fn expired_cookie(name: &str, secure: bool) -> String {
    session_cookie(name, "", 0, secure)
}

/// The session the request's cookie names (looked up once per request, by the guard), if it is live: neither past its end nor unused for
/// longer than the idle limit. Using it keeps it alive (noted at most once a minute).
pub async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<Option<SignedIn>, AppError> {
    let Some(token) = cookie(headers, SESSION_COOKIE).filter(|t| !t.is_empty()) else { return Ok(None) };
    let token_hash = sha256_hex(token);
    let live = state.live.clone();
    let idle = std::time::Duration::from_secs(state.config.session_idle_minutes.max(1) as u64 * 60);
    blocking(move || {
        let now = std::time::SystemTime::now();
        let stamp = |time| data::store::timestamp(time);
        let found = live.accounts().session(&token_hash, &stamp(now), &stamp(now - idle))?;
        let Some((session, user)) = found else { return Ok(None) };
        if session.last_seen < stamp(now - std::time::Duration::from_secs(60)) {
            live.accounts().touch_session(&token_hash, &stamp(now))?;
        }
        Ok(Some(SignedIn { user, csrf: session.csrf_token, token_hash }))
    })
    .await
}
