//! Attacks on the office, through the router, each as an attacker would send it. Every test
//! here failed before its fix.

use axum::http::StatusCode;
use integration_tests::{PASSWORD, browser::Browser, fixture_with, office};

fn attack_file(name: &str) -> Vec<u8> {
    let path = format!("{}/files/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn a_workbook_that_would_fill_memory_gets_a_clear_error_and_the_server_stays_up() {
    let (fixture, mut b) = office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let sent = b.upload("/supervision/upload", &csrf, "corners.xlsx", &attack_file("corners-a1-xfd1048576.xlsx")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    for _ in 0..2 {
        let preview = b.get(&sent.location).await;
        assert_eq!(preview.status, StatusCode::OK);
        assert!(preview.body.contains("第64列之后还有内容"), "{}", preview.body);
    }
    let commit = b.post(&format!("{}/commit", sent.location), &[("csrf", &csrf), ("reason", "x")]).await;
    assert!(commit.location.contains("error="), "{}", commit.location);
    assert_eq!(b.get("/healthz").await.status, StatusCode::OK);
    drop(fixture);
}

#[tokio::test]
async fn a_file_of_thousands_of_errors_shows_a_hundred_and_the_count() {
    let (_fixture, mut b) = office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let long_name = format!("{}.csv", "名".repeat(5_000));
    let sent = b.upload("/supervision/upload", &csrf, &long_name, &attack_file("many-errors.csv")[..60_000]).await;
    let preview = b.get(&sent.location).await;
    let listed = preview.body.matches("未知指标").count();
    assert!((1..=100).contains(&listed), "{listed} errors listed");
    assert!(preview.body.contains("处错误未列出"), "and the rest counted");
    assert!(!preview.body.contains(&"名".repeat(121)), "the file's name is cut to 120 characters");
}

#[tokio::test]
async fn guesses_sent_at_once_are_counted_before_any_password_is_checked() {
    let (fixture, _) = office();
    let mut guessers = Vec::new();
    for _ in 0..40 {
        let mut b = Browser::new(server::app(fixture.state.clone()));
        let form = b.get("/login").await;
        let csrf = integration_tests::browser::hidden(&form.body, "csrf");
        guessers.push((b, csrf));
    }
    let mut attempts = tokio::task::JoinSet::new();
    for (mut b, csrf) in guessers {
        attempts.spawn(async move {
            b.post("/login", &[("name", "sup"), ("password", "a wrong guess!"), ("csrf", &csrf)]).await.status
        });
    }
    let statuses = attempts.join_all().await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
    assert!(checked <= 5, "{checked} of 40 simultaneous guesses reached the password check: {statuses:?}");
    assert!(statuses.iter().all(|s| [StatusCode::SEE_OTHER, StatusCode::TOO_MANY_REQUESTS].contains(s)));
}

#[tokio::test]
async fn forwarded_addresses_from_an_untrusted_peer_are_not_believed() {
    let (_fixture, mut b) = office();
    let form = b.get("/login").await;
    let csrf = integration_tests::browser::hidden(&form.body, "csrf");
    for n in 0..8 {
        let forwarded = format!("203.0.113.{n}");
        let answer = b
            .post_with_header(
                "/login",
                ("x-forwarded-for", &forwarded),
                &[("name", "sup"), ("password", "a wrong guess!"), ("csrf", &csrf)],
            )
            .await;
        let expected = if n < 5 { StatusCode::SEE_OTHER } else { StatusCode::TOO_MANY_REQUESTS };
        assert_eq!(answer.status, expected, "guess {n} from a 'new' address is still the same client");
    }
}

#[tokio::test]
async fn an_upload_is_checked_against_the_rights_of_whoever_sent_it() {
    let (fixture, mut editor) = office();
    editor.login("hebi", PASSWORD).await;
    let csrf = editor.csrf().await;
    let rows = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n\
                410100,legality_reviews,2023,5,exact,,,rmw-20220917,,p,\n";
    let sent = editor.upload("/supervision/upload", &csrf, "zhengzhou.csv", rows.as_bytes()).await;
    let mut sup = Browser::new(server::app(fixture.state.clone()));
    sup.login("sup", PASSWORD).await;
    let sup_csrf = sup.csrf().await;
    let preview = sup.get(&sent.location).await;
    assert!(preview.body.contains("您只能填报"), "the supervisor sees the editor's limits: {}", preview.body);
    let before = fixture.state.live.dataset().version();
    let commit = sup.post(&format!("{}/commit", sent.location), &[("csrf", &sup_csrf), ("reason", "ok")]).await;
    assert!(commit.location.contains("error="), "{}", commit.location);
    assert_eq!(fixture.state.live.dataset().version(), before, "nothing written");
}

#[tokio::test]
async fn office_paths_are_guarded_however_they_are_spelled() {
    let (_fixture, mut anonymous) = office();
    for (path, canonical) in [
        ("/./supervision/audit", "/supervision/audit"),
        ("//supervision/audit", "/supervision/audit"),
        ("/%73upervision/audit?user=x", "/supervision/audit?user=x"),
        ("/en/x/../supervision/audit", "/en/supervision/audit"),
    ] {
        let answer = anonymous.get(path).await;
        assert_eq!(answer.status, StatusCode::MOVED_PERMANENTLY, "{path}");
        assert_eq!(answer.location, canonical, "{path}");
    }
    let encoded_slash = anonymous.get("/supervision%2Faudit").await;
    assert_eq!(encoded_slash.status, StatusCode::SEE_OTHER, "sent to log in");
    assert!(encoded_slash.location.starts_with("/login?next="));
    let (_fixture, mut editor) = office();
    editor.login("hebi", PASSWORD).await;
    assert_eq!(editor.get("/supervision%2Faudit").await.status, StatusCode::FORBIDDEN);
    assert_eq!(editor.post("/./supervision/entry", &[]).await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn login_sends_people_only_to_our_own_pages() {
    let (_fixture, mut b) = office();
    for next in ["/\t/evil.example/x", "//evil.example", "/\\evil.example", "/a\u{1}b", "https://evil.example"] {
        let mut b2 = Browser::new(b.app());
        let form = b2.get("/login").await;
        let csrf = integration_tests::browser::hidden(&form.body, "csrf");
        let answer =
            b2.post("/login", &[("name", "sup"), ("password", PASSWORD), ("csrf", &csrf), ("next", next)]).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}: {}", answer.body);
        assert_eq!(answer.location, "/supervision", "{next:?}");
    }
    let answer = b.login("sup", PASSWORD).await;
    assert_eq!(answer.location, "/supervision");
}

#[tokio::test]
async fn editors_see_the_history_of_their_own_regions_figures_only() {
    let (_fixture, mut sup) = office();
    sup.login("sup", PASSWORD).await;
    let csrf = sup.csrf().await;
    let form = [
        ("csrf", csrf.as_str()),
        ("region", "410100"),
        ("indicator", "legality_reviews"),
        ("period", "2023"),
        ("value", "77"),
        ("source", "rmw-20220917"),
        ("note", "p. 2"),
        ("reason", "a confidential reason"),
    ];
    assert!(sup.post("/supervision/entry", &form).await.location.contains("saved="));
    let mut editor = Browser::new(sup.app());
    editor.login("hebi", PASSWORD).await;
    let page = editor.get("/supervision/entry?region=410100&indicator=legality_reviews&period=2023").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("a confidential reason"), "another region's history");
    // Nor by another way in: there are no JSON endpoints beside the pages.
    let rpc = editor.get("/api/entry?lang=Zh&region=410100&indicator=legality_reviews&period=2023&draft=false").await;
    assert_eq!(rpc.status, StatusCode::NOT_FOUND);
    assert!(!rpc.body.contains("a confidential reason"), "{}", rpc.body);
}

#[tokio::test]
async fn the_pages_data_has_no_endpoint_of_its_own() {
    // Pages are rendered on the server and their loaders are plain functions: the server
    // functions that once answered JSON at `/api/<name>` are gone, the open data stays.
    let fixture = fixture_with(data::SeedFiles::embedded());
    let mut b = Browser::new(server::app(fixture.state.clone()));
    for path in ["/api/targets?lang=Zh&draft=false", "/api/me", "/api/overview?lang=Zh", "/api/login_form"] {
        let (status, _, body) = b.get_full(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!body.contains("csrf"), "{path}");
    }
    assert_eq!(b.get_full("/api/v1/regions").await.0, StatusCode::OK);
}
