use super::{location, message, see_other};
use crate::client::ClientIp;
use app::{
    auth::{LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookie, expired_cookie, is_https, session_cookie},
    i18n::Text,
    state::AppState,
};
use axum::{
    Extension, Form,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use data::{
    auth::{LoginThrottle, Token, check_login, constant_time_eq, sha256_hex},
    store::{Accounts, MAX_USER_NAME_CHARS, Session, StoreError, timestamp},
};
use std::{
    net::IpAddr,
    time::{Duration, SystemTime},
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

/// How long a login waits for a free password check before it is answered "busy".
const PASSWORD_CHECK_WAIT: Duration = Duration::from_secs(2);

/// Only a path of our own, as a browser will read it: never `//evil.example`, `/\evil.example`
/// or `/<tab>/evil.example` (browsers drop tabs and newlines from URLs), nor anything that is
/// not plain printable ASCII.
pub(crate) fn safe_next(next: &str) -> Option<&str> {
    let plain = next.len() <= 2048 && next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    (plain && next.starts_with('/') && !next.starts_with("//")).then_some(next)
}

pub async fn login(
    State(state): State<AppState>,
    Extension(ClientIp(address)): Extension<ClientIp>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let lang = app::i18n::Lang::of_tag(&form.lang);
    let login_page = lang.href("/login");
    let csrf_cookie = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if csrf_cookie.is_empty() || !constant_time_eq(csrf_cookie, &form.csrf) {
        return message(StatusCode::FORBIDDEN, lang, Text::CsrfRejected, &login_page);
    }
    let next = safe_next(&form.next).unwrap_or_default().to_owned();
    // Counted before the password is checked, so guesses sent at once are all counted.
    let attempt = throttled(&state, &form.name, address, |throttle, accounts, name, address| {
        throttle.attempt(accounts, name, address, SystemTime::now())
    });
    let attempt = match attempt.await {
        Ok(attempt) => attempt,
        Err(e) => return e.into_response(),
    };
    if let Err(throttled) = attempt {
        let mut response = message(StatusCode::TOO_MANY_REQUESTS, lang, Text::LoginThrottled, &login_page);
        let seconds = throttled.0.as_secs().max(1).to_string();
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_str(&seconds).expect("digits"));
        return response;
    }
    let Ok(Ok(permit)) = tokio::time::timeout(PASSWORD_CHECK_WAIT, state.password_checks.clone().acquire_owned()).await
    else {
        let withdrawn = throttled(&state, &form.name, address, |throttle, accounts, name, address| {
            throttle.withdraw(accounts, name, address)
        });
        if let Err(e) = withdrawn.await {
            return e.into_response();
        }
        let mut response = message(StatusCode::SERVICE_UNAVAILABLE, lang, Text::LoginBusy, &login_page);
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        return response;
    };
    let live = state.live.clone();
    let name = form.name.clone();
    // argon2 is deliberately slow: off the async workers, and as slow for a name that does not
    // exist as for one that does.
    let checked = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let found =
            if name.chars().count() > MAX_USER_NAME_CHARS { None } else { live.accounts().user_by_name(&name)? };
        let account = found.as_ref().map(|(user, _)| user.actor());
        let user = check_login(&form.password, found);
        Ok::<_, StoreError>((user.is_none().then_some(account).flatten(), user))
    })
    .await;
    let user = match checked {
        Ok(Ok((_, Some(user)))) => user,
        Ok(Ok((refused, None))) => {
            if let Some(actor) = refused {
                audit_refusal(&state, actor);
            }
            return see_other(&location(lang, "/login", &[("error", lang.t(Text::LoginFailed)), ("next", &next)]));
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
    let forgiven = throttled(&state, &form.name, address, |throttle, accounts, name, address| {
        throttle.succeeded(accounts, name, address)
    });
    if let Err(e) = forgiven.await {
        return e.into_response();
    }
    let token = Token::generate();
    let now = SystemTime::now();
    let lifetime = Duration::from_secs(state.config.session_hours as u64 * 3600);
    let session = Session {
        token_hash: sha256_hex(token.as_str()),
        user_id: user.id,
        csrf_token: Token::generate().as_str().to_owned(),
        created_at: timestamp(now),
        expires_at: timestamp(now + lifetime),
        last_seen: timestamp(now),
    };
    let live = state.live.clone();
    if let Err(e) = tokio::task::spawn_blocking(move || live.accounts().create_session(&session))
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r.map_err(|e| e.to_string()))
    {
        tracing::error!("cannot create a session: {e}");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let secure = is_https(&headers);
    let next = if next.is_empty() { lang.href("/supervision") } else { next };
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

/// Audits a refused login to an existing account beside the answer, not before it: the write
/// (an fsync) would otherwise make a refusal for an existing name slower than for an unknown
/// one (65 against 40 ms, measured with `make attack`).
fn audit_refusal(state: &AppState, actor: data::store::Actor) {
    let live = state.live.clone();
    tokio::task::spawn_blocking(move || {
        let entity = format!("user {}", actor.name);
        if let Err(e) =
            live.accounts().record_event(&actor, "session.login_refused", &entity, "wrong password or deactivated")
        {
            tracing::error!("cannot audit a refused login: {e}");
        }
    });
}

/// Runs `count` with the throttle and the accounts on the blocking pool: its counts are in the
/// database, shared by every server on it.
async fn throttled<T: Send + 'static>(
    state: &AppState,
    name: &str,
    address: IpAddr,
    count: impl FnOnce(&LoginThrottle, &dyn Accounts, &str, IpAddr) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, app::error::AppError> {
    let (live, throttle, name) = (state.live.clone(), state.throttle.clone(), name.to_owned());
    app::state::blocking(move || Ok(count(&throttle, live.accounts(), &name, address)?)).await
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_only_ever_a_path_of_our_own() {
        for ok in ["/supervision", "/en/supervision/audit?region=410600", "/compare?x=%09"] {
            assert_eq!(safe_next(ok), Some(ok));
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "https://evil.example",
            "evil",
            "/\u{7f}",
            "/ünicode",
            "",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }
}
