use crate::error::AppError;
use leptos::prelude::*;

/// The CSRF token for the login form, also set as a cookie: the form's copy must match the
/// cookie's (double submit), since there is no session yet to hold it.
#[server(endpoint = "login_form", input = server_fn::codec::GetUrl)]
pub async fn get_login() -> Result<String, AppError> {
    use crate::auth::{LOGIN_CSRF_COOKIE, LoginCsrf, is_https, session_cookie};
    use axum::http::{HeaderValue, header, request::Parts};
    let parts: Parts = use_context().ok_or(AppError::Internal)?;
    // Rendering `/login`: the server's layer chose the token and sets its cookie.
    if let Some(LoginCsrf(token)) = parts.extensions.get::<LoginCsrf>() {
        return Ok(token.clone());
    }
    // Called from the browser after a client-side navigation: this response sets the cookie.
    let token = data::auth::Token::generate();
    let cookie = session_cookie(LOGIN_CSRF_COOKIE, token.as_str(), 3600, is_https(&parts.headers));
    let response = expect_context::<leptos_axum::ResponseOptions>();
    let value = HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?;
    response.append_header(header::SET_COOKIE, value);
    response.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(token.as_str().to_owned())
}
