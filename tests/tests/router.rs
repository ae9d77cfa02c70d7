//! The router, driven in-process with `oneshot`: status codes, content types, never a panic.

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn get(path: &str) -> (StatusCode, String, String) {
    let app = integration_tests::seed_fixture().app();
    let response = app.oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let content_type =
        response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, content_type, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn overview_renders_the_seed_on_the_server() {
    let (status, content_type, html) = get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"));
    assert!(html.contains(r#"lang="zh-CN""#), "Chinese by default");
    assert!(html.contains("河南法治建设数据看板"));
    assert!(html.contains("鹤壁市") && html.contains("驻马店市"), "coverage lists the cities");
    assert!(html.contains("郑州市"), "non-reporting cities are listed too");
    assert!(html.contains("未报告"), "and marked as not reported");
    assert!(html.contains("压实党政第一责任人职责 建设更高水平法治河南"), "the source is named");
    assert!(!html.contains("正在加载"), "rendered fully, not a loading fallback");
}

#[tokio::test]
async fn english_overview_has_its_own_url() {
    let (status, _, html) = get("/en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"lang="en""#));
    assert!(html.contains("Henan Rule-of-Law Dashboard"));
    assert!(html.contains("Hebi") && html.contains("not reported"));
}

#[tokio::test]
async fn reporting_only_filter_works_without_javascript() {
    let (_, _, html) = get("/?reporting=only").await;
    assert!(html.contains("鹤壁市"));
    assert!(!html.contains(r#"data-region="410100""#), "郑州 reports nothing and is filtered out");
    let (_, _, all) = get("/").await;
    assert!(all.contains(r#"data-region="410100""#));
}

#[tokio::test]
async fn observations_csv_has_the_promised_columns() {
    let (status, content_type, csv) = get("/downloads/observations.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "text/csv; charset=utf-8");
    let mut lines = csv.strip_prefix('\u{feff}').expect("a byte-order mark for Excel").lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("region,region_name_zh,region_name_en,indicator,"), "{header}");
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), data::load(&data::SeedFiles::embedded()).unwrap().observations().len());
    assert!(rows.iter().any(|r| r.starts_with("410300,洛阳市,Luoyang,enforcement_officer_records_published,")
        && r.contains(",12000,at_least,")));
}

#[tokio::test]
async fn healthz_reports_the_loaded_data() {
    let (status, content_type, body) = get("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("application/json"));
    assert!(body.contains(r#""status":"ok""#));
}

#[tokio::test]
async fn unknown_pages_are_404_with_a_way_back() {
    for path in ["/no-such-page", "/en/no-such-page", "/region/999999/x"] {
        let (status, _, html) = get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains(r#"href="/""#) || html.contains(r#"href="/en""#), "{path} links back");
    }
}

#[tokio::test]
async fn there_are_no_server_function_endpoints() {
    let (status, _, _) = get("/api/overview?lang=Zh").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in ["/", "/en/compare", "/downloads/observations.csv", "/no-such-page", "/supervision"] {
        let app = integration_tests::seed_fixture().app();
        let response = app.oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
    }
}
