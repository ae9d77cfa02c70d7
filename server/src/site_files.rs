//! Files of the site itself: the favicon, and the build's script, wasm and stylesheet under
//! `/pkg`, served precompressed (`.br`, `.gz` beside each file, made by `make site`). Files
//! with a content hash in their name never change: browsers and shared caches keep them a year.

use axum::{
    Router,
    http::{HeaderValue, header},
    response::IntoResponse,
    routing::get,
};
use std::path::Path;
use tower_http::services::ServeDir;

/// The site's icon: an SVG, which every current browser shows; asked for as `/favicon.ico` too
/// by clients that do not read the page's `<link rel="icon">`.
async fn favicon() -> impl IntoResponse {
    let headers = [(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")];
    (headers, include_str!("favicon.svg"))
}

pub fn router<S: Clone + Send + Sync + 'static>(site_root: &Path) -> Router<S> {
    // Leptos' file handler renders its 404 page for any answer but 200, so a browser
    // revalidating the wasm (a 304) lost it now and then: a plain ServeDir instead.
    let pkg = ServeDir::new(site_root.join("pkg")).precompressed_br().precompressed_gzip();
    Router::new().route("/favicon.svg", get(favicon)).route("/favicon.ico", get(favicon)).nest_service("/pkg", pkg)
}

/// Whether a file name carries its content's hash (`fazhi-kanban.0123456789abcdef.js`, as
/// `make site` names them), so it can be kept for good.
pub fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('.').any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// How long a browser may keep a site file without asking.
pub fn cache_control(path: &str) -> HeaderValue {
    if is_content_hashed(path) {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        // Revalidated (Last-Modified), so a new build shows.
        HeaderValue::from_static("no-cache")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hashed_names_are_kept_for_good() {
        assert!(is_content_hashed("/pkg/fazhi-kanban.0123456789abcdef.js"));
        assert!(is_content_hashed("/pkg/fazhi-kanban.0123456789abcdef.wasm"));
        assert!(!is_content_hashed("/pkg/fazhi-kanban.js"));
        assert!(!is_content_hashed("/pkg/fazhi-kanban_bg.wasm"));
        assert!(!is_content_hashed("/pkg/deadbeef.js"));
    }
}
