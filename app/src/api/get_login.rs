use crate::error::AppError;
use leptos::prelude::*;

/// A fresh CSRF token for the login form, also set as a cookie: the form's copy must match
/// the cookie's (double submit), since there is no session yet to hold it.
#[server(endpoint = "login_form", input = server_fn::codec::GetUrl)]
pub async fn get_login() -> Result<String, AppError> {
    use crate::auth::{LOGIN_CSRF_COOKIE, is_https, session_cookie};
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let token = data::auth::Token::generate();
    let cookie = session_cookie(LOGIN_CSRF_COOKIE, token.as_str(), 3600, is_https(&headers));
    let response = expect_context::<leptos_axum::ResponseOptions>();
    let value = axum::http::HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?;
    response.append_header(axum::http::header::SET_COOKIE, value);
    response.insert_header(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(token.as_str().to_owned())
}
