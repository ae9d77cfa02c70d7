//! Headers every response carries: no MIME sniffing, no full referrers to other sites, and no
//! framing (clickjacking on the office's forms).

use axum::{
    Router,
    http::{HeaderName, HeaderValue, header},
};
use tower_http::set_header::SetResponseHeaderLayer;

const HEADERS: [(HeaderName, &str); 4] = [
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
    (header::X_FRAME_OPTIONS, "DENY"),
    // Scripts are not restricted yet; this part of the policy already holds everywhere.
    (header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"),
];

/// `router` with the headers set on every response that does not set its own.
pub fn add<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    HEADERS.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)))
    })
}
