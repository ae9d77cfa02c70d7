//! What browsers, crawlers and loops of made-up URLs do to the public pages: one canonical URL
//! per page (301), compressed variants kept per page and chosen by `Accept-Encoding`, a bounded
//! number of renders with a 503 beyond it, and the favicon.

use axum::{
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode, header},
};
use http_body_util::BodyExt;
use integration_tests::seed_fixture;
use tower::ServiceExt;

async fn send(app: &axum::Router, method: Method, path: &str, accept: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let request = Request::builder().method(method).uri(path).header(header::ACCEPT_ENCODING, accept);
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let (parts, body) = response.into_parts();
    (parts.status, parts.headers, body.collect().await.unwrap().to_bytes().to_vec())
}

async fn get(app: &axum::Router, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    send(app, Method::GET, path, "").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_url_that_is_not_canonical_is_redirected_to_the_one_that_is() {
    let app = seed_fixture().app();
    let indicator = "indicator=local_regulations_enacted";
    for (asked, canonical) in [
        (format!("/compare?{indicator}&x=1"), format!("/compare?{indicator}")),
        (format!("/compare?period=2022&{indicator}"), format!("/compare?{indicator}&period=2022")),
        (format!("/compare?{indicator}&{indicator}2"), format!("/compare?{indicator}")),
        (format!("/compare?category=&{indicator}&period="), format!("/compare?{indicator}")),
        (format!("/en/compare?{indicator}&page=1"), format!("/en/compare?{indicator}")),
        ("/compare?q=%E6%B4%9B+%E9%98%B3".into(), "/compare?q=%E6%B4%9B%20%E9%98%B3".into()),
        ("/regions?utm_source=mail".into(), "/regions".into()),
        ("/region/410300?x=1".into(), "/region/410300".into()),
        ("/?reporting=only&x=1".into(), "/?reporting=only".into()),
        ("/en?".into(), "/en".into()),
        // The English pages linked to `/en/`, a 404.
        ("/en/?reporting=only".into(), "/en?reporting=only".into()),
        ("/compare/".into(), "/compare".into()),
        ("//compare?x=1".into(), "/compare".into()),
    ] {
        for method in [Method::GET, Method::HEAD] {
            let (status, headers, _) = send(&app, method.clone(), &asked, "gzip").await;
            assert_eq!(status, StatusCode::MOVED_PERMANENTLY, "{method} {asked}");
            assert_eq!(headers[header::LOCATION], canonical.as_str(), "{asked}");
        }
        let (status, _, _) = get(&app, &canonical).await;
        assert_eq!(status, StatusCode::OK, "{canonical} is served as it is");
    }
    // A loop of made-up URLs takes no turn to render: with no room for a render at all, each
    // still gets its redirect.
    let mut fixture = seed_fixture();
    fixture.state.config =
        std::sync::Arc::new(server::WebConfig { renders: 1, render_queue: 0, ..(*fixture.state.config).clone() });
    let busy_app = fixture.app();
    let spawn = |path: String| {
        let app = busy_app.clone();
        tokio::spawn(async move { get(&app, &path).await.0 })
    };
    let rendering: Vec<_> = (0..8).map(|i| spawn(format!("/compare?q=busy{i}"))).collect();
    let made_up: Vec<_> = (0..64).map(|i| spawn(format!("/compare?x={i}"))).collect();
    for request in made_up {
        assert_eq!(request.await.unwrap(), StatusCode::MOVED_PERMANENTLY);
    }
    for request in rendering {
        assert!(matches!(request.await.unwrap(), StatusCode::OK | StatusCode::SERVICE_UNAVAILABLE));
    }
    let (status, _, _) = send(&app, Method::POST, "/compare?x=1", "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "nothing to redirect a form to");
    for unreadable in ["/compare?q=%FF%FE".to_owned(), format!("/compare?q={}", "x".repeat(300))] {
        assert_eq!(get(&app, &unreadable).await.0, StatusCode::BAD_REQUEST, "{unreadable}");
    }
    // Routes that are not public pages keep their queries.
    let (status, headers, _) = get(&app, "/login?next=/supervision").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers.get(header::LOCATION).is_none());
}

#[tokio::test]
async fn a_kept_page_is_served_in_the_encoding_the_client_accepts_with_vary() {
    let app = seed_fixture().app();
    let path = "/compare?indicator=local_regulations_enacted";
    let (_, _, plain) = get(&app, path).await;
    for _ in 0..2 {
        for (accept, encoding) in [("gzip, deflate", Some("gzip")), ("", None), ("deflate", None)] {
            let (status, headers, body) = send(&app, Method::GET, path, accept).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(headers[header::VARY], "accept-encoding", "{accept}");
            assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()), encoding, "{accept}");
            assert_eq!(headers[header::CONTENT_LENGTH], body.len().to_string().as_str());
            let decoded = match encoding {
                Some(_) => {
                    let mut out = Vec::new();
                    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&body[..]), &mut out).unwrap();
                    out
                }
                None => body,
            };
            assert_eq!(decoded, plain, "every variant is the page");
        }
    }
    // Kept compressed: the page itself is not among the bytes kept.
    let (_, _, health) = get(&app, "/healthz").await;
    let cache = &serde_json::from_slice::<serde_json::Value>(&health).unwrap()["page_cache"];
    assert_eq!(cache["pages"], 1, "{cache}");
    let kept = cache["bytes"].as_u64().unwrap();
    assert!(kept < plain.len() as u64, "{kept} bytes kept for a page of {}", plain.len());
    // A browser's header: brotli once the idle worker has made it (up to 10 s on a busy machine).
    for _ in 0..1000 {
        let (_, headers, body) = send(&app, Method::GET, path, "gzip, deflate, br, zstd").await;
        if headers.get(header::CONTENT_ENCODING).is_some_and(|v| v == "br") {
            let mut decoded = Vec::new();
            brotli::BrotliDecompress(&mut &body[..], &mut decoded).unwrap();
            assert_eq!(decoded, plain);
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the kept page never got its brotli variant");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn renders_beyond_the_budget_get_a_503_with_retry_after_and_the_rest_are_served() {
    let mut fixture = seed_fixture();
    let config = server::WebConfig { renders: 1, render_queue: 0, ..(*fixture.state.config).clone() };
    fixture.state.config = std::sync::Arc::new(config);
    let app = fixture.app();
    // Searches no one made before: each must be rendered.
    let requests: Vec<_> = (0..64)
        .map(|i| {
            let app = app.clone();
            tokio::spawn(async move { get(&app, &format!("/compare?q=r{i}")).await })
        })
        .collect();
    let mut busy = 0;
    for request in requests {
        let (status, headers, _) = request.await.unwrap();
        match status {
            StatusCode::OK => {}
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(headers[header::RETRY_AFTER], "1");
                assert_eq!(headers[header::CACHE_CONTROL], "no-store");
                busy += 1;
            }
            other => panic!("{other}"),
        }
    }
    assert!(busy > 0, "64 renders at once with room for one");
    assert!(busy < 64, "one at a time was rendered");
    // Once the burst is over, every page renders again.
    assert_eq!(get(&app, "/compare?q=after").await.0, StatusCode::OK);
}

// A HEAD is answered from the page cache like a GET; an empty body kept from it (were the cache
// ever to sit where axum has emptied a HEAD's body) would be served to every GET after it.
#[tokio::test]
async fn a_head_request_renders_the_page_for_the_next_get() {
    let app = seed_fixture().app();
    let (status, _, _) = send(&app, Method::HEAD, "/regions", "gzip").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, html) = get(&app, "/regions").await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(html).unwrap().contains("郑州市"), "the whole page");
}

#[tokio::test]
async fn the_favicon_is_an_svg_and_every_page_names_it() {
    let app = seed_fixture().app();
    for path in ["/favicon.svg", "/favicon.ico"] {
        let (status, headers, body) = get(&app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers[header::CONTENT_TYPE], "image/svg+xml");
        assert!(String::from_utf8(body).unwrap().starts_with("<svg"));
    }
    let (_, _, html) = get(&app, "/").await;
    assert!(String::from_utf8(html).unwrap().contains(r#"<link rel="icon" type="image/svg+xml" href="/favicon.svg">"#));
}
