//! Publishing the public pages: conditional GET and the page cache tied to the data version,
//! compression, the Content-Security-Policy with the hashes of the pages' scripts, framing only for
//! `/embed`, chart PNGs, and text from the data rendered inert in HTML and SVG.

use axum::{
    body::Body,
    http::{HeaderMap, Request, StatusCode, header},
};
use data::store::Role;
use http_body_util::BodyExt;
use integration_tests::{add_user, fixture_with, seed_fixture};
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

#[tokio::test]
async fn an_unchanged_page_costs_a_304_and_an_edit_shows_at_once() {
    let fixture = fixture_with(data::SeedFiles::embedded());
    let app = server::app(fixture.state.clone());
    for path in [
        "/compare",
        "/en/region/410600",
        "/api/v1/observations",
        "/charts/compare.svg?indicator=local_regulations_enacted",
    ] {
        let (status, headers, _) = send(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "public, no-cache", "{path}: revalidate every time");
        let etag = headers[header::ETAG].to_str().unwrap().to_owned();
        let (status, headers, body) = send(&app, path, &[(header::IF_NONE_MATCH, &etag)]).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(body.is_empty());
        assert_eq!(headers[header::ETAG], etag.as_str());
        // A 304 updates the stored response's headers: a policy here would replace the one
        // whose nonce the stored page's scripts carry, and the browser would block them.
        assert!(headers.get(header::CONTENT_SECURITY_POLICY).is_none(), "{path}");
    }
    let (_, headers, _) = send(&app, "/compare", &[]).await;
    let before = headers[header::ETAG].to_str().unwrap().to_owned();
    let (_, _, sources) = send(&app, "/sources", &[]).await;
    assert!(!String::from_utf8(sources).unwrap().contains("新来源"));
    add_user(&fixture.state, "sup", Role::Supervisor, None);
    let user = fixture.state.live.accounts().user_by_name("sup").unwrap().unwrap().0;
    let source = data::model::Source {
        id: "new-source".into(),
        title: "新来源".into(),
        publisher: "测试".into(),
        published: "2026-11".into(),
        url: None,
        note: String::new(),
    };
    fixture.state.live.write(|store| store.add_source(&user.actor(), &source, "test")).unwrap();
    let (status, headers, _) = send(&app, "/compare", &[(header::IF_NONE_MATCH, &before)]).await;
    assert_eq!(status, StatusCode::OK, "an edit changes the tag");
    assert_ne!(headers[header::ETAG], before.as_str());
    let (_, _, sources) = send(&app, "/sources", &[]).await;
    assert!(String::from_utf8(sources).unwrap().contains("新来源"), "not the page kept before the edit");
}

#[tokio::test]
async fn office_pages_and_the_login_form_are_never_cached() {
    let app = seed_fixture().app();
    let (_, headers, _) = send(&app, "/login", &[]).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(headers.get(header::ETAG).is_none());
    let (status, headers, _) = send(&app, "/supervision", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(headers.get(header::ETAG).is_none());
}

#[tokio::test]
async fn responses_are_compressed_with_brotli_or_gzip() {
    let app = seed_fixture().app();
    for path in [
        "/compare",
        "/api/v1/observations",
        "/api/v1/observations.csv",
        "/charts/compare.svg?indicator=local_regulations_enacted",
    ] {
        for encoding in ["br", "gzip"] {
            let (status, headers, _) = send(&app, path, &[(header::ACCEPT_ENCODING, encoding)]).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()), Some(encoding), "{path}");
        }
    }
}

#[tokio::test]
async fn pages_allow_their_inline_scripts_by_hash_and_are_the_same_bytes_every_time() {
    let app = seed_fixture().app();
    for path in ["/", "/compare", "/en/regions", "/region/410600", "/indicators", "/sources", "/login", "/nope"] {
        let (_, headers, first) = send(&app, path, &[]).await;
        let html = String::from_utf8(first.clone()).unwrap();
        assert!(scripts_are_allowed_by_the_policy(&headers, &html), "{path}: {headers:?}");
        let nonce = html.find("nonce=").map(|at| &html[at.saturating_sub(80)..at + 40]);
        assert_eq!(nonce, None, "{path}: no nonce in the bytes");
        assert!(headers[header::X_FRAME_OPTIONS] == "DENY");
        // The second answer of a public page comes from the page cache: the same bytes.
        let (_, again, second) = send(&app, path, &[]).await;
        assert_eq!(again[header::CONTENT_SECURITY_POLICY], headers[header::CONTENT_SECURITY_POLICY], "{path}");
        if path != "/login" {
            assert_eq!(first, second, "{path}");
        }
    }
}

/// Whether the response's policy lists the hash of every inline script of its page.
fn scripts_are_allowed_by_the_policy(headers: &HeaderMap, html: &str) -> bool {
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let scripts = app::csp::inline_scripts(html);
    !scripts.is_empty()
        && !policy.contains("'unsafe-inline'")
        && scripts.iter().all(|script| policy.contains(&format!("'{}'", app::csp::script_hash(script))))
}

// Once, a header set from inside a render (the policy, the login form's cookie) went missing
// now and then when pages rendered at the same time, and the page cache kept the bad copy.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_renders_keep_their_own_policy_and_login_cookie() {
    let app = seed_fixture().app();
    let paths = ["/", "/en", "/compare", "/regions", "/sources", "/region/410600", "/login", "/en/login"];
    let requests = (0..96).map(|i| {
        let app = app.clone();
        // Half the page requests are new to the page cache (a search no one made), half are
        // kept copies.
        let path = match paths[i % paths.len()] {
            login @ ("/login" | "/en/login") => login.to_owned(),
            _ if i % 2 == 0 => format!("/compare?q=n{i}"),
            page => page.to_owned(),
        };
        tokio::spawn(async move {
            let (status, headers, body) = send(&app, &path, &[]).await;
            let html = String::from_utf8(body).unwrap();
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(scripts_are_allowed_by_the_policy(&headers, &html), "{path}: {headers:?}");
            if path.ends_with("/login") {
                let cookie = headers[header::SET_COOKIE].to_str().unwrap();
                let token = cookie.split_once('=').and_then(|(_, rest)| rest.split(';').next()).unwrap();
                assert!(
                    html.contains(&format!("name=\"csrf\" value=\"{token}\"")),
                    "{path}: the form's token is the cookie's"
                );
            }
        })
    });
    for request in requests.collect::<Vec<_>>() {
        request.await.unwrap();
    }
}

#[tokio::test]
async fn only_the_embedded_view_may_be_framed() {
    let app = seed_fixture().app();
    let (status, headers, body) = send(&app, "/embed/compare?indicator=local_regulations_enacted", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(policy.contains("frame-ancestors *") && policy.contains("'sha256-"), "{policy}");
    assert!(headers.get(header::X_FRAME_OPTIONS).is_none());
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("rank-table") && html.contains("<svg"), "the chart and its table");
    assert!(!html.contains("site-header"), "no site chrome");
    assert!(html.contains("target=\"_top\""), "links leave the frame");
    let (_, headers, _) = send(&app, "/en/embed/compare?indicator=local_regulations_enacted", &[]).await;
    assert!(headers.get(header::X_FRAME_OPTIONS).is_none());
}

#[tokio::test]
async fn charts_download_as_png_with_their_chinese_labels() {
    let app = seed_fixture().app();
    for path in [
        "/charts/compare.png?indicator=local_regulations_enacted",
        "/charts/compare.png?indicator=local_regulations_enacted&lang=en",
    ] {
        let (status, headers, body) = send(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}: {}", String::from_utf8_lossy(&body));
        assert_eq!(headers[header::CONTENT_TYPE], "image/png");
        assert!(body.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(body.len() > 10_000, "{path}: a drawn chart, not an empty image ({} bytes)", body.len());
    }
}

const SCRIPT: &str = "</title><script>alert(1)</script>";
const BREAKOUT: &str = "\"><svg onload=alert(2)>";

/// Seed files whose names, definitions, titles and quotes carry markup.
fn hostile_seed() -> data::SeedFiles {
    let mut files = data::SeedFiles::embedded();
    let edit = |files: &mut data::SeedFiles, file: &str, from: &str, to: &str| {
        let text = files.get(file).unwrap().replacen(from, to, 1);
        files.set(file, text);
    };
    edit(
        &mut files,
        "regions.csv",
        "410600,鹤壁市,Hebi,",
        &format!("410600,鹤壁市{SCRIPT},\"Hebi{}\",", BREAKOUT.replace('"', "\"\"")),
    );
    edit(&mut files, "sources.csv", "压实党政第一责任人职责", &format!("压实党政第一责任人职责{SCRIPT}"));
    let observations = files.get("observations.csv").unwrap().to_owned();
    let quoted = observations.replacen(
        "举办领导干部法治专题讲座26期",
        &format!("举办领导干部法治专题讲座26期{}", BREAKOUT.replace('"', "\"\"")),
        2,
    );
    files.set("observations.csv", quoted);
    files
}

#[tokio::test]
async fn markup_in_the_data_renders_inert_in_html_and_svg() {
    let app = fixture_with(hostile_seed()).app();
    for path in [
        "/",
        "/en",
        "/compare?indicator=local_regulations_enacted",
        "/en/compare?indicator=local_regulations_enacted",
        "/regions",
        "/region/410600",
        "/en/region/410600",
        "/sources",
        "/observation/410300/leader_law_lectures/2019-2022",
        "/indicator/leader_law_lectures",
        "/embed/compare?indicator=local_regulations_enacted",
        "/charts/compare.svg?indicator=local_regulations_enacted",
        "/charts/compare.svg?indicator=local_regulations_enacted&lang=en",
    ] {
        let (status, _, body) = send(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let text = String::from_utf8(body).unwrap();
        // Escaped, the breakout is `&quot;&gt;&lt;svg onload…`: a live element needs `<svg onload`.
        for live in ["<script>alert", "<svg onload"] {
            if let Some(at) = text.find(live) {
                let context = &text[text.floor_char_boundary(at.saturating_sub(200))
                    ..text.ceil_char_boundary((at + 400).min(text.len()))];
                panic!("{path} carries live markup: …{context}…");
            }
        }
    }
    let (_, _, body) = send(&app, "/region/410600", &[]).await;
    assert!(String::from_utf8(body).unwrap().contains("鹤壁市&lt;/title&gt;&lt;script&gt;"), "shown as text");
}
