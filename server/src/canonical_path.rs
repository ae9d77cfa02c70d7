//! One spelling per path: `/./supervision`, `//compare` or `/%63ompare` are sent to the path
//! they stand for (301 for reads; other methods are refused), so every layer behind this one —
//! the office guard, the caches, the router — sees the same path a browser would.

use axum::{
    extract::Request,
    http::{Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

pub async fn redirect(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let canonical = app::url::canonical_path(path);
    if canonical == path {
        return next.run(request).await;
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return (StatusCode::BAD_REQUEST, "not a canonical path").into_response();
    }
    let location = match request.uri().query() {
        Some(query) => format!("{canonical}?{query}"),
        None => canonical,
    };
    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, location)]).into_response()
}
