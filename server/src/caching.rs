//! Conditional GET for everything public: an ETag made of the data version and this run of
//! the server (a new build means a new run), and `Cache-Control: no-cache`, so a browser asks
//! every time, gets the new figure at once after an edit, and a 304 without a body otherwise.
//! Office pages and the login form are `no-store` instead (see `guard.rs`). A full response
//! comes from the [`PageCache`] when this version of it was rendered before; a HEAD request
//! too.

use crate::page_cache::{
    MAX_BODY, PageCache,
    flights::{self, Turn},
};
use app::{service::page_action, state::AppState};
use axum::{
    body::Bytes,
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, Uri, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use futures_util::StreamExt;
use http_body_util::BodyExt;
use std::sync::{Arc, OnceLock};

/// Differs between runs of the server, so pages rendered by an older build are not reused.
fn run_id() -> &'static str {
    static RUN: OnceLock<String> = OnceLock::new();
    RUN.get_or_init(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        format!("{:x}{:x}", nanos, std::process::id())
    })
}

pub(crate) fn is_public_data(path: &str) -> bool {
    let (_, unprefixed) = app::i18n::split_lang(path);
    page_action(path).is_none()
        && !matches!(unprefixed, "/login" | "/logout" | "/healthz")
        && !path.starts_with("/pkg/")
}

pub async fn conditional(
    State((state, pages)): State<(AppState, Arc<PageCache>)>,
    request: Request,
    next: Next,
) -> Response {
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    // Read before rendering: if an edit lands meanwhile, the tag is older than the page, and
    // the next request simply fetches it again.
    let version = state.live.dataset().version();
    if read {
        // Only public pages are kept: a kept one is answered before anything else is looked at.
        let accept = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
        if let Some(kept) = pages.get(cache_key(request.uri()), version, accept) {
            return if revalidates(&request, version) { not_modified(version) } else { kept };
        }
    }
    let path = request.uri().path();
    if !read || !is_public_data(path) {
        let (login, asset) = (path.ends_with("/login"), path.starts_with("/pkg/"));
        let path = path.to_owned();
        let mut response = next.run(request).await;
        let headers = response.headers_mut();
        if login {
            // The form carries a fresh CSRF token with its cookie: never from a cache.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        } else if asset {
            headers.insert(header::CACHE_CONTROL, crate::site_files::cache_control(&path));
        }
        return response;
    }
    if revalidates(&request, version) {
        return not_modified(version);
    }
    // A made-up spelling is redirected within, at no render's cost: no turn to render for it.
    if !crate::canonical_url::is_canonical(request.uri()) {
        return next.run(request).await;
    }
    from_cache(&pages, version, request, next).await
}

/// The tag of every public answer at data `version`.
fn etag(version: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("W/\"{}-{version}\"", run_id())).expect("an ETag is ASCII")
}

const PUBLIC: HeaderValue = HeaderValue::from_static("public, no-cache");

/// Whether the client holds the answer of this `version` already (`If-None-Match`).
fn revalidates(request: &Request, version: i64) -> bool {
    let mut tags = request.headers().get_all(header::IF_NONE_MATCH).iter().peekable();
    if tags.peek().is_none() {
        return false;
    }
    let etag = etag(version);
    tags.filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|tag| tag.trim() == etag || tag.trim() == "*")
}

fn not_modified(version: i64) -> Response {
    (StatusCode::NOT_MODIFIED, [(header::ETAG, etag(version)), (header::CACHE_CONTROL, PUBLIC)]).into_response()
}

/// The kept response, or a new one kept for the next request.
async fn from_cache(pages: &Arc<PageCache>, version: i64, mut request: Request, next: Next) -> Response {
    let key = cache_key(request.uri()).to_owned();
    // The page is kept as rendered, its variants made here, not by the layers within. (A HEAD
    // renders whole too: axum empties its body only outside this layer.)
    let accept = request.headers_mut().remove(header::ACCEPT_ENCODING);
    let accept = accept.as_ref().and_then(|v| v.to_str().ok());
    let _flight = match pages.flights.join(&key) {
        Turn::Render(flight) => Some(flight),
        Turn::Wait(done) => {
            flights::landed(done).await;
            if let Some(kept) = pages.get(&key, version, accept) {
                return kept;
            }
            // That render was not kept (an error page): this request renders its own.
            None
        }
    };
    let Ok(_turn) = pages.turn().await else {
        let headers = [(header::RETRY_AFTER, "1"), (header::CACHE_CONTROL, "no-store")];
        return (StatusCode::SERVICE_UNAVAILABLE, headers, "busy: try again in a second").into_response();
    };
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    parts.headers.insert(header::ETAG, etag(version));
    parts.headers.insert(header::CACHE_CONTROL, PUBLIC);
    match read_up_to(body, MAX_BODY).await {
        Ok(Read::Whole(bytes)) => pages.keep(key, version, &parts.headers, bytes, accept).await,
        Ok(Read::TooLarge(body)) => Response::from_parts(parts, body),
        Err(error) => {
            tracing::error!(%error, "rendering {key} failed");
            parts.status = StatusCode::INTERNAL_SERVER_ERROR;
            Response::from_parts(parts, axum::body::Body::empty())
        }
    }
}

/// A page is kept under its path and query as asked: public pages reach the cache only in their
/// canonical form (`canonical_url.rs`), and the API refuses unknown parameters.
fn cache_key(uri: &Uri) -> &str {
    uri.path_and_query().map_or(uri.path(), |pq| pq.as_str())
}

enum Read {
    Whole(Bytes),
    /// What was read so far, followed by the rest.
    TooLarge(axum::body::Body),
}

async fn read_up_to(mut body: axum::body::Body, limit: usize) -> Result<Read, axum::Error> {
    let mut buffer = Vec::new();
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame?.into_data() else { continue };
        buffer.extend_from_slice(&data);
        if buffer.len() > limit {
            let head = futures_util::stream::once(async move { Ok::<_, axum::Error>(Bytes::from(buffer)) });
            return Ok(Read::TooLarge(axum::body::Body::from_stream(head.chain(body.into_data_stream()))));
        }
    }
    Ok(Read::Whole(buffer.into()))
}
