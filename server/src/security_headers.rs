//! Headers every response carries: no MIME sniffing, no full referrers to other sites, and a
//! Content-Security-Policy. Pages set their own policy with their script nonce (`app::shell`);
//! everything else but a 304 gets the same policy without one. Only `/embed/…` may be framed.

use app::csp::{content_security_policy, is_embed};
use axum::{
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use std::sync::LazyLock;

static POLICY: LazyLock<HeaderValue> = LazyLock::new(|| policy(false));
static EMBED_POLICY: LazyLock<HeaderValue> = LazyLock::new(|| policy(true));

fn policy(frameable: bool) -> HeaderValue {
    HeaderValue::from_str(&content_security_policy(None, frameable)).expect("the policy is ASCII")
}

pub async fn add(request: Request, next: Next) -> Response {
    let embed = is_embed(request.uri().path());
    let mut response = next.run(request).await;
    let status = response.status();
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    if embed {
        headers.remove(header::X_FRAME_OPTIONS);
    } else {
        // For browsers that predate frame-ancestors.
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    // A 304's headers replace the stored response's: a policy on it would drop the nonce the
    // stored page's scripts carry, and the browser would block them.
    if status != StatusCode::NOT_MODIFIED {
        let fallback = if embed { &EMBED_POLICY } else { &POLICY };
        headers.entry(header::CONTENT_SECURITY_POLICY).or_insert_with(|| (*fallback).clone());
    }
    response
}
