//! The site's own files under `/pkg`: revalidated when their names carry no hash, kept for a
//! year and sent precompressed when they do.

use axum::{
    body::Body,
    http::{HeaderMap, Request, StatusCode, header},
};
use http_body_util::BodyExt;
use integration_tests::seed_fixture;
use tower::ServiceExt;

async fn send(
    app: &axum::Router,
    path: &str,
    headers: &[(header::HeaderName, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let (parts, body) = response.into_parts();
    (parts.status, parts.headers, body.collect().await.unwrap().to_bytes().to_vec())
}

/// The app serving the site files under `root`.
fn app_over_site(root: &std::path::Path) -> axum::Router {
    let mut fixture = seed_fixture();
    fixture.state.leptos_options =
        leptos::prelude::LeptosOptions::builder().output_name("fazhi-kanban").site_root(root.to_str().unwrap()).build();
    fixture.app()
}

// Leptos' file handler answered a revalidation of the wasm (a 304) with its 404 page, and the
// page then never hydrated.
#[tokio::test]
async fn site_files_answer_a_revalidation_with_304() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/fazhi-kanban_bg.wasm"), b"\0asm").unwrap();
    let app = app_over_site(site.path());
    let (status, headers, body) = send(&app, "/pkg/fazhi-kanban_bg.wasm", &[]).await;
    assert_eq!((status, &body[..]), (StatusCode::OK, &b"\0asm"[..]));
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "revalidated, so a new build shows");
    let modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_owned();
    let (status, _, body) = send(&app, "/pkg/fazhi-kanban_bg.wasm", &[(header::IF_MODIFIED_SINCE, &modified)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    let (status, _, _) = send(&app, "/pkg/missing.js", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

// A file named by its content's hash never changes: kept a year, and its precompressed
// variants (made by `make site`) served as they are.
#[tokio::test]
async fn hashed_site_files_are_immutable_and_served_precompressed() {
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("fazhi-kanban.0123456789abcdef.js"), b"console.log(1)").unwrap();
    std::fs::write(pkg.join("fazhi-kanban.0123456789abcdef.js.br"), b"BROTLI BYTES").unwrap();
    std::fs::write(pkg.join("fazhi-kanban.0123456789abcdef.js.gz"), b"GZIP BYTES").unwrap();
    let app = app_over_site(site.path());
    let path = "/pkg/fazhi-kanban.0123456789abcdef.js";
    for (accept, encoding, bytes) in [
        ("br, gzip", Some("br"), &b"BROTLI BYTES"[..]),
        ("gzip", Some("gzip"), b"GZIP BYTES"),
        ("", None, b"console.log(1)"),
    ] {
        let (status, headers, body) = send(&app, path, &[(header::ACCEPT_ENCODING, accept)]).await;
        assert_eq!((status, &body[..]), (StatusCode::OK, bytes), "{accept}");
        assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()), encoding);
        assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    }
}
