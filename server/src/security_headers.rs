//! Headers every response carries: no MIME sniffing, no full referrers to other sites, and a
//! Content-Security-Policy. Each request gets a fresh script nonce here, before anything else
//! runs: pages render it on their inline scripts (`app::csp::provide_page_nonce`), the page
//! cache puts it into kept pages, and an HTML response's policy names it. Other responses get
//! the policy without one; a 304 gets none. Only `/embed/…` may be framed.

use app::csp::{PageNonce, content_security_policy, is_embed};
use axum::{
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use std::sync::LazyLock;

static POLICY: LazyLock<HeaderValue> = LazyLock::new(|| policy(None, false));
static EMBED_POLICY: LazyLock<HeaderValue> = LazyLock::new(|| policy(None, true));

fn policy(nonce: Option<&str>, frameable: bool) -> HeaderValue {
    HeaderValue::from_str(&content_security_policy(nonce, frameable)).expect("the policy is ASCII")
}

fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

pub async fn add(mut request: Request, next: Next) -> Response {
    let embed = is_embed(request.uri().path());
    let nonce = leptos::nonce::Nonce::new().to_string();
    request.extensions_mut().insert(PageNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let status = response.status();
    let html = is_html(&response);
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
        let policy = match (html, embed) {
            (true, _) => policy(Some(&nonce), embed),
            (false, true) => EMBED_POLICY.clone(),
            (false, false) => POLICY.clone(),
        };
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}
