//! Headers every response carries: no MIME sniffing, no full referrers to other sites, and a
//! Content-Security-Policy that allows the pages' fixed inline scripts by their hashes
//! (`app::csp`), the same for every response, so kept and shared copies stay valid. A 304 gets
//! none. Only `/embed/…` may be framed.

use app::csp::{content_security_policy, inline_script_hashes, is_embed};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// The two policies, worked out once: the inline scripts' hashes depend on the build's files.
pub struct Policies {
    framed_nowhere: HeaderValue,
    frameable: HeaderValue,
}

impl Policies {
    pub fn new(options: &LeptosOptions) -> Arc<Self> {
        let hashes = inline_script_hashes(options);
        let policy = |frameable| {
            HeaderValue::from_str(&content_security_policy(&hashes, frameable)).expect("the policy is ASCII")
        };
        Arc::new(Self { framed_nowhere: policy(false), frameable: policy(true) })
    }
}

pub async fn add(State(policies): State<Arc<Policies>>, request: Request, next: Next) -> Response {
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
    // A 304's headers update the stored response's; the stored one already has its policy.
    if status != StatusCode::NOT_MODIFIED {
        let policy = if embed { &policies.frameable } else { &policies.framed_nowhere };
        headers.insert(header::CONTENT_SECURITY_POLICY, policy.clone());
    }
    response
}
