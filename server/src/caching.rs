//! Conditional GET for everything public: an ETag made of the data version and this run of
//! the server (a new build means a new run), and `Cache-Control: no-cache`, so a browser asks
//! every time, gets the new figure at once after an edit, and a 304 without a body otherwise.
//! Office pages and the login form are `no-store` instead (see `guard.rs`). A full response
//! comes from the [`PageCache`] when this version of it was rendered before.

use crate::page_cache::PageCache;
use app::{auth::page_roles, csp::PageNonce, state::AppState};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::sync::{Arc, OnceLock};

/// Differs between runs of the server, so pages rendered by an older build are not reused.
fn run_id() -> &'static str {
    static RUN: OnceLock<String> = OnceLock::new();
    RUN.get_or_init(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        format!("{:x}{:x}", nanos, std::process::id())
    })
}

fn is_public_data(path: &str) -> bool {
    let unprefixed = path.strip_prefix("/en").filter(|p| p.starts_with('/') || p.is_empty()).unwrap_or(path);
    // Server functions (`/api/<name>`) include the office's, whose answers depend on the
    // session: never tagged as public. The open-data API (`/api/v1/`) is.
    let server_function = path.starts_with("/api/") && !path.starts_with("/api/v1/");
    page_roles(path).is_none()
        && !matches!(unprefixed, "/login" | "/logout" | "/healthz")
        && !path.starts_with("/pkg/")
        && !server_function
}

pub async fn conditional(
    State((state, pages)): State<(AppState, Arc<PageCache>)>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if !matches!(*request.method(), Method::GET | Method::HEAD) || !is_public_data(path) {
        let (login, asset) = (path.ends_with("/login"), path.starts_with("/pkg/"));
        let mut response = next.run(request).await;
        let headers = response.headers_mut();
        if login {
            // The form carries a fresh CSRF token with its cookie: never from a cache.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        } else if asset {
            // Names are not content-hashed: revalidate (Last-Modified) so a new build shows.
            headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-cache"));
        }
        return response;
    }
    // Read before rendering: if an edit lands meanwhile, the tag is older than the page, and
    // the next request simply fetches it again.
    let version = state.live.dataset().version();
    let etag = format!("W/\"{}-{version}\"", run_id());
    let etag = HeaderValue::from_str(&etag).expect("an ETag is ASCII");
    let matches = request
        .headers()
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| tag.trim() == etag || tag.trim() == "*");
    let cache_control = HeaderValue::from_static("public, no-cache");
    if matches {
        let headers = [(header::ETAG, etag), (header::CACHE_CONTROL, cache_control)];
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let mut response = if request.method() == Method::GET {
        from_cache(&pages, version, request, next).await
    } else {
        next.run(request).await
    };
    if response.status() == StatusCode::OK {
        response.headers_mut().insert(header::ETAG, etag);
        response.headers_mut().insert(header::CACHE_CONTROL, cache_control);
    }
    response
}

/// The kept response, or a new one kept for the next request.
async fn from_cache(pages: &PageCache, version: i64, request: Request, next: Next) -> Response {
    // Set by the security-headers layer; without it (never in `app`) nothing is kept.
    let Some(PageNonce(nonce)) = request.extensions().get::<PageNonce>().cloned() else {
        return next.run(request).await;
    };
    let key = request.uri().to_string();
    if let Some(kept) = pages.get(&key, version, &nonce) {
        return kept;
    }
    let response = next.run(request).await;
    if response.status() == StatusCode::OK && !response.headers().contains_key(header::SET_COOKIE) {
        pages.keep(key, version, &nonce, response).await
    } else {
        response
    }
}
