//! The login page's CSRF token (double submit): chosen here for every `GET /login`, handed to
//! the page in the request's extensions (`app::auth::LoginCsrf`) and set as a cookie on the
//! response by this layer, not from inside the render.

use app::auth::{LOGIN_CSRF_COOKIE, LoginCsrf, is_https, session_cookie};
use axum::{
    extract::Request,
    http::{HeaderValue, Method, header},
    middleware::Next,
    response::Response,
};
use data::auth::Token;

/// How long a login form stays usable.
const FORM_LIFETIME_SECONDS: i64 = 3600;

pub async fn issue(mut request: Request, next: Next) -> Response {
    let login_page = request.method() == Method::GET && matches!(request.uri().path(), "/login" | "/en/login");
    if !login_page {
        return next.run(request).await;
    }
    let token = Token::generate();
    let cookie = session_cookie(LOGIN_CSRF_COOKIE, token.as_str(), FORM_LIFETIME_SECONDS, is_https(request.headers()));
    request.extensions_mut().insert(LoginCsrf(token.as_str().to_owned()));
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
