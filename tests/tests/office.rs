//! The supervision office through the router: logins, roles, CSRF, throttling, data entry,
//! uploads and the audit trail.

use axum::http::StatusCode;
use data::store::Role;
use integration_tests::{PASSWORD, browser::Browser, office};

#[tokio::test]
async fn anonymous_visitors_are_sent_to_login_and_cannot_write() {
    let (_fixture, mut b) = office();
    for path in ["/supervision", "/en/supervision/entry", "/supervision/audit", "/supervision/board.csv"] {
        let answer = b.get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(answer.location.contains("/login?next="), "{path}: {}", answer.location);
    }
    let answer = b.post("/supervision/entry", &[("csrf", "x")]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert!(answer.location.contains("/login"));
    assert_eq!(b.get("/compare").await.status, StatusCode::OK, "public pages stay public");
}

#[tokio::test]
async fn login_sets_an_http_only_session_and_logout_ends_it() {
    let (_fixture, mut b) = office();
    let answer = b.login("sup", PASSWORD).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(answer.location, "/supervision");
    let board = b.get("/supervision").await;
    assert_eq!(board.status, StatusCode::OK);
    assert!(board.body.contains("已达标") && board.body.contains("+12.7个百分点"), "Hebi meets the 70% target");
    let csrf = b.csrf().await;
    assert_eq!(b.post("/logout", &[("csrf", &csrf)]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/supervision").await.status, StatusCode::SEE_OTHER, "the session is gone");
}

#[tokio::test]
async fn login_needs_the_forms_csrf_token_and_a_right_password() {
    let (_fixture, mut b) = office();
    let forged = b.post("/login", &[("name", "sup"), ("password", PASSWORD), ("csrf", "forged")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let wrong = b.login("sup", "not the password").await;
    assert_eq!(wrong.status, StatusCode::SEE_OTHER);
    assert!(wrong.location.starts_with("/login?error="));
    assert!(!b.cookies.contains_key("fzkb_session"));
}

#[tokio::test]
async fn repeated_failures_are_throttled_even_with_the_right_password() {
    let (_fixture, mut b) = office();
    for _ in 0..5 {
        assert_eq!(b.login("sup", "wrong password!").await.status, StatusCode::SEE_OTHER);
    }
    let answer = b.login("sup", PASSWORD).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    // Another account is not locked by this one's failures.
    assert_eq!(b.login("hebi", PASSWORD).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn each_role_against_each_write() {
    let (_fixture, mut b) = office();
    // Admin: manages users, enters no figures.
    b.login("root", PASSWORD).await;
    let csrf = b.csrf().await;
    assert_eq!(b.post("/supervision/entry", &[("csrf", &csrf)]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(b.get("/supervision/audit").await.status, StatusCode::OK);
    // Editor: enters figures for their region, sees no audit trail.
    let mut b = Browser::new(server::app(_fixture.state.clone()));
    b.login("hebi", PASSWORD).await;
    assert_eq!(b.get("/supervision/audit").await.status, StatusCode::FORBIDDEN);
    assert_eq!(b.get("/supervision/entry").await.status, StatusCode::OK);
}

fn entry<'a>(csrf: &'a str, region: &'a str, value: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("region", region),
        ("indicator", "legality_reviews"),
        ("period", "2023"),
        ("value", value),
        ("qualifier", "exact"),
        ("source", "rmw-20220917"),
        ("note", "2023年法治政府建设年度报告第2页"),
        ("reason", "annual report"),
    ]
}

#[tokio::test]
async fn an_editor_enters_a_figure_for_their_region_only_and_it_is_audited() {
    let (fixture, mut b) = office();
    b.login("hebi", PASSWORD).await;
    let csrf = b.csrf().await;
    let missing = b.post("/supervision/entry", &entry("", "410600", "321")[..]).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN, "no CSRF token, no change");
    let other = b.post("/supervision/entry", &entry(&csrf, "410100", "321")).await;
    assert_eq!(other.location, "/supervision/entry?draft=1", "the fields stay out of the URL");
    let refused = b.get(&other.location).await;
    assert!(refused.body.contains(r#"value="321""#), "the form comes back filled in");
    assert!(refused.body.contains("410100"), "with why it was refused: {}", refused.body);
    let saved = b.post("/supervision/entry", &entry(&csrf, "410600", "321")).await;
    assert!(saved.location.contains("saved="), "{}", saved.location);
    let data = fixture.state.live.dataset();
    let o = data
        .observations()
        .iter()
        .find(|o| o.indicator == "legality_reviews" && o.region == "410600" && o.period.to_string() == "2023")
        .unwrap();
    assert_eq!(o.value, 321.0);
    let compare = b.get("/compare?indicator=legality_reviews&period=2023").await;
    assert!(compare.body.contains("321"), "the public compare page shows it at once");
    let history = b.get("/supervision/entry?region=410600&indicator=legality_reviews&period=2023").await;
    assert!(history.body.contains("annual report"), "the editor sees the earlier versions");
    let mut sup = Browser::new(server::app(fixture.state.clone()));
    sup.login("sup", PASSWORD).await;
    let audit = sup.get("/supervision/audit?user=hebi").await;
    assert!(audit.body.contains("observation.add") && audit.body.contains("321"), "{}", audit.body);
    let csv = sup.get("/supervision/audit.csv").await;
    assert!(csv.body.starts_with('\u{feff}') && csv.body.contains("observation.add"));
}

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

#[tokio::test]
async fn a_gbk_upload_previews_then_commits_all_rows_and_a_second_upload_changes_nothing() {
    let (fixture, mut b) = office();
    b.login("hebi", PASSWORD).await;
    let csrf = b.csrf().await;
    let text = format!("{HEADER}410600,legality_reviews,2023,400,exact,,,rmw-20220917,,鹤壁市年报第2页,\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let answer = b.upload("/supervision/upload", &csrf, "鹤壁.csv", &gbk).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let preview = b.get(&answer.location).await;
    assert!(preview.body.contains("鹤壁市") && preview.body.contains("新增"), "{}", preview.body);
    let before = fixture.state.live.dataset().observations().len();
    assert_eq!(before, fixture.state.live.dataset().observations().len(), "a preview applies nothing");
    let commit = b.post(&format!("{}/commit", answer.location), &[("csrf", &csrf), ("reason", "annual")]).await;
    assert!(commit.location.contains("saved="), "{}", commit.location);
    assert_eq!(fixture.state.live.dataset().observations().len(), before + 1);
    let again = b.upload("/supervision/upload", &csrf, "鹤壁.csv", &gbk).await;
    let preview = b.get(&again.location).await;
    assert!(preview.body.contains("无变化"), "{}", preview.body);
    b.post(&format!("{}/commit", again.location), &[("csrf", &csrf), ("reason", "again")]).await;
    assert_eq!(fixture.state.live.dataset().observations().len(), before + 1);
}

#[tokio::test]
async fn bad_rows_truncated_workbooks_and_oversized_files_apply_nothing() {
    let (fixture, mut b) = office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let before = fixture.state.live.dataset().observations().len();
    let bad = format!(
        "{HEADER}410600,legality_reviews,2023,abc,exact,,,rmw-20220917,,p,\n419999,legality_reviews,2023,1,exact,,,rmw-20220917,,p,\n"
    );
    let answer = b.upload("/supervision/upload", &csrf, "bad.csv", bad.as_bytes()).await;
    let preview = b.get(&answer.location).await;
    assert!(preview.body.contains("不是数字") && preview.body.contains("未知地区代码"), "{}", preview.body);
    assert!(!preview.body.contains("提交全部数据"), "no commit button while there are errors");
    let refused = b.post(&format!("{}/commit", answer.location), &[("csrf", &csrf), ("reason", "x")]).await;
    assert!(refused.location.contains("error="));
    let xlsx = data::entry::template_xlsx(&fixture.state.live.dataset()).unwrap();
    let answer = b.upload("/supervision/upload", &csrf, "template.xlsx", &xlsx).await;
    let preview = b.get(&answer.location).await;
    assert!(preview.body.contains("必填项为空"), "the template's example row needs a value: {}", preview.body);
    let answer = b.upload("/supervision/upload", &csrf, "cut.xlsx", &xlsx[..xlsx.len() / 2]).await;
    let preview = b.get(&answer.location).await;
    assert!(preview.body.contains("XLSX文件无法读取"), "{}", preview.body);
    let big = vec![b'a'; 70 * 1024];
    let answer = b.upload("/supervision/upload", &csrf, "big.csv", &big).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answer.body.contains("64 KB"), "{}", answer.body);
    assert_eq!(fixture.state.live.dataset().observations().len(), before);
}

/// Every write, by every role: allowed (a redirect that is not to the login page), refused
/// (403), or sent to log in (anonymous).
#[tokio::test]
async fn every_role_against_every_write() {
    let (fixture, _) = office();
    let writes: [(&str, &[Role]); 8] = [
        ("/supervision/entry", &[Role::Supervisor, Role::Editor]),
        ("/supervision/sources", &[Role::Supervisor, Role::Editor]),
        ("/supervision/uploads/1/commit", &[Role::Supervisor, Role::Editor]),
        ("/supervision/targets", &[Role::Supervisor]),
        ("/supervision/periods", &[Role::Supervisor]),
        ("/admin/users", &[Role::Admin]),
        ("/admin/users/1/active", &[Role::Admin]),
        ("/admin/users/1/password", &[Role::Admin]),
    ];
    for (name, role) in [("sup", Role::Supervisor), ("hebi", Role::Editor), ("root", Role::Admin)] {
        let mut b = Browser::new(server::app(fixture.state.clone()));
        b.login(name, PASSWORD).await;
        let csrf = b.csrf().await;
        for (path, allowed) in &writes {
            let answer = b.post(path, &[("csrf", &csrf)]).await;
            if allowed.contains(&role) {
                // Allowed through the guard: the (empty) form is then refused as incomplete.
                assert_ne!(answer.status, StatusCode::FORBIDDEN, "{name} {path}");
                assert!(!answer.location.contains("/login"), "{name} {path}");
            } else {
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{name} {path}");
            }
        }
        for (path, _) in &writes {
            let forged = b.post(path, &[("csrf", "forged")]).await;
            assert_eq!(forged.status, StatusCode::FORBIDDEN, "{path}");
        }
    }
    let mut anonymous = Browser::new(server::app(fixture.state.clone()));
    for (path, _) in &writes {
        let answer = anonymous.post(path, &[("csrf", "x")]).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(answer.location.starts_with("/login?next="), "{path}");
    }
    let audit = fixture.state.live.figures().audit(&data::store::AuditFilter::default()).unwrap();
    let changes = audit.iter().filter(|e| !e.action.starts_with("session."));
    assert!(changes.map(|e| &e.action).all(|a| a == "user.add"), "no write got through: {audit:?}");
}

#[tokio::test]
async fn an_office_request_reads_its_session_once() {
    use std::sync::atomic::Ordering;
    let (_fixture, mut b, store) = integration_tests::counting_office();
    let sessions = store.sessions;
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    // The guard looks the session up; the page's loader and the form take the person from it.
    for path in ["/supervision", "/supervision/entry", "/supervision/targets", "/supervision/audit"] {
        sessions.store(0, Ordering::SeqCst);
        assert_eq!(b.get(path).await.status, StatusCode::OK, "{path}");
        assert_eq!(sessions.load(Ordering::SeqCst), 1, "{path}");
    }
    sessions.store(0, Ordering::SeqCst);
    let form = [("csrf", csrf.as_str()), ("period", "2019"), ("frozen", "yes"), ("reason", "r")];
    assert!(b.post("/supervision/periods", &form).await.location.contains("saved="));
    assert_eq!(sessions.load(Ordering::SeqCst), 1, "a form post");
}

#[tokio::test]
async fn health_is_503_while_the_database_does_not_answer() {
    use std::sync::atomic::Ordering;
    let (_fixture, mut b, store) = integration_tests::counting_office();
    let health = b.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert!(health.body.contains(r#""store_version":"#), "{}", health.body);
    store.cut_off.store(true, Ordering::SeqCst);
    let health = b.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(health.body.contains("database unreachable") && health.body.contains(r#""data_version":"#));
    store.cut_off.store(false, Ordering::SeqCst);
    assert_eq!(b.get("/healthz").await.status, StatusCode::OK, "back when the database is");
}
