//! One spelling per URL: `/./supervision`, `//compare` or `/%63ompare` are sent to the path
//! they stand for, and a public page's query to its canonical form (`app::url::canonical_query`:
//! known parameters only, once each, in order). Reads get a 301; other methods are refused, so
//! every layer behind this one — the office guard, the caches, the router — sees the URL a
//! browser following the site's links would, and a made-up URL costs no render.

use axum::{
    extract::Request,
    http::{Method, StatusCode, Uri, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Whether `uri` is spelled as the site spells it (a request that is not gets a redirect or a
/// 400 from [`redirect`]).
pub fn is_canonical(uri: &Uri) -> bool {
    let path = app::url::canonical_path(uri.path());
    path == uri.path()
        && match app::url::canonical_query(&path, uri.query().unwrap_or("")) {
            Ok(Some(canonical)) => Some(canonical.as_str()).filter(|q| !q.is_empty()) == uri.query(),
            Ok(None) => true,
            Err(_) => false,
        }
}

pub async fn redirect(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let path = app::url::canonical_path(uri.path());
    let query = match app::url::canonical_query(&path, uri.query().unwrap_or("")) {
        Ok(Some(canonical)) => Some(canonical).filter(|q| !q.is_empty()),
        Ok(None) => uri.query().map(str::to_owned),
        Err(error) => return (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
    };
    if path == uri.path() && query.as_deref() == uri.query() {
        return next.run(request).await;
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return (StatusCode::BAD_REQUEST, "not a canonical URL").into_response();
    }
    let location = match query {
        Some(query) => format!("{path}?{query}"),
        None => path,
    };
    let cache = "public, max-age=3600";
    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, location.as_str()), (header::CACHE_CONTROL, cache)])
        .into_response()
}
