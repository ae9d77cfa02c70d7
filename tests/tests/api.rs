//! The open-data API against its OpenAPI document: every documented operation answers as
//! documented, errors are JSON, CORS is open for GET, and a CSV download uploads back unchanged.

use axum::{
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use data::store::Role;
use http_body_util::BodyExt;
use integration_tests::{PASSWORD, add_user, browser::Browser, fixture_with, json_schema::violations, seed_fixture};
use serde_json::Value;
use tower::ServiceExt;

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn content_type(&self) -> &str {
        self.headers.get(header::CONTENT_TYPE).map_or("", |v| v.to_str().unwrap())
    }
}

async fn send(app: &axum::Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    Reply { status: parts.status, headers: parts.headers, body: body.collect().await.unwrap().to_bytes().to_vec() }
}

async fn get(app: &axum::Router, path: &str) -> Reply {
    send(app, Request::get(path).body(Body::empty()).unwrap()).await
}

fn document() -> Value {
    serde_json::from_str(server::api_v1::OPENAPI).expect("openapi.json is JSON")
}

fn schema_of(response: &Value, media: &str) -> Value {
    response.pointer(&format!("/content/{}/schema", media.replace('/', "~1"))).cloned().unwrap_or_else(|| {
        panic!("no {media} schema in {response}");
    })
}

#[test]
fn the_document_lists_exactly_the_served_paths() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented: Vec<&str> = doc["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    let mut served = server::api_v1::PATHS.to_vec();
    documented.sort();
    served.sort();
    assert_eq!(documented, served);
}

/// Calls each operation with its documented examples (required parameters always, then every
/// parameter), and checks status, media type and body against the document.
#[tokio::test]
async fn every_operation_answers_as_documented() {
    let app = seed_fixture().app();
    let doc = document();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let operation = &item["get"];
        let params = operation["parameters"].as_array().unwrap();
        let query = |all: bool| {
            let pairs: Vec<String> = params
                .iter()
                .filter(|p| all || p["required"] == true)
                .filter_map(|p| p.get("example").map(|e| (p["name"].as_str().unwrap(), e)))
                .map(|(name, example)| {
                    format!("{name}={}", example.as_str().map_or(example.to_string(), str::to_owned))
                })
                .collect();
            if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
        };
        let ok = &operation["responses"]["200"];
        let media = ok["content"].as_object().unwrap().keys().next().unwrap().clone();
        for url in [format!("/api/v1{path}{}", query(false)), format!("/api/v1{path}{}", query(true))] {
            let reply = get(&app, &url).await;
            assert_eq!(reply.status, StatusCode::OK, "{url}: {}", reply.text());
            assert!(reply.content_type().starts_with(&media), "{url}: {}", reply.content_type());
            if media == "application/json" {
                let problems = violations(&doc, &schema_of(ok, &media), &reply.json());
                assert!(problems.is_empty(), "{url}:\n{}", problems.join("\n"));
            } else {
                assert!(reply.body.starts_with(b"\xEF\xBB\xBF"), "{url}: CSV starts with a BOM");
                assert!(reply.text().lines().count() > 1, "{url}: a header and rows");
            }
        }
        if let Some(bad) = operation["responses"].get("400") {
            let url = format!("/api/v1{path}?no_such_parameter=1");
            let reply = get(&app, &url).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{url}");
            let problems = violations(&doc, &schema_of(bad, "application/json"), &reply.json());
            assert!(problems.is_empty(), "{url}:\n{}", problems.join("\n"));
        }
    }
}

#[tokio::test]
async fn lists_page_filter_and_refuse_what_they_do_not_know() {
    let app = seed_fixture().app();
    let all = get(&app, "/api/v1/observations").await.json();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 3);
    let page = get(&app, "/api/v1/observations?offset=1&limit=2").await.json();
    assert_eq!(
        (page["total"].as_u64(), page["offset"].as_u64(), page["limit"].as_u64()),
        (Some(total), Some(1), Some(2))
    );
    assert_eq!(page["items"][0], all["items"][1]);
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    let hebi = get(&app, "/api/v1/observations?region=410600&limit=1000").await.json();
    assert!(hebi["items"].as_array().unwrap().iter().all(|o| o["region"] == "410600"));
    for (url, words) in [
        ("/api/v1/observations?region=999999", "unknown region"),
        ("/api/v1/observations?period=someday", "unknown period"),
        ("/api/v1/observations?limit=0", "limit"),
        ("/api/v1/observations?limit=1001", "limit"),
        ("/api/v1/observations?offset=-1", "offset"),
        ("/api/v1/compare", "indicator is required"),
        ("/api/v1/compare?indicator=nope", "unknown indicator"),
        ("/api/v1/compare?indicator=local_regulations_enacted&per=capita", "per-capita"),
        ("/api/v1/targets?status=great", "unknown status"),
    ] {
        let reply = get(&app, url).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{url}");
        let message = reply.json()["message"].as_str().unwrap().to_owned();
        assert!(message.contains(words), "{url}: {message}");
    }
    let missing = get(&app, "/api/v1/nothing-here").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["status"], 404);
}

/// The server reads an empty parameter (a blank form field) as "any"; an enum in the document
/// must then list the empty value, or a client checking its requests against the document
/// cannot send what the server accepts (schemathesis: `status=` accepted though not allowed).
#[tokio::test]
async fn an_empty_enum_parameter_is_accepted_and_documented() {
    let app = seed_fixture().app();
    let doc = document();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for p in item["get"]["parameters"].as_array().unwrap() {
            let Some(values) = p["schema"]["enum"].as_array() else { continue };
            let name = p["name"].as_str().unwrap();
            let required: Vec<String> = item["get"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["required"] == true)
                .map(|r| format!("{}={}", r["name"].as_str().unwrap(), r["example"].as_str().unwrap()))
                .collect();
            let url = format!("/api/v1{path}?{}", [required, vec![format!("{name}=")]].concat().join("&"));
            assert_eq!(get(&app, &url).await.status, StatusCode::OK, "{url}");
            assert!(values.contains(&Value::from("")), "{path}: {name}'s enum leaves out the empty value");
        }
    }
}

#[tokio::test]
async fn compare_and_targets_say_what_they_compare() {
    let app = seed_fixture().app();
    let c = get(&app, "/api/v1/compare?indicator=local_regulations_enacted").await.json();
    assert_eq!(c["indicator"]["key"], "local_regulations_enacted");
    assert_eq!(c["period"], "latest");
    let first = &c["items"][0];
    assert_eq!(first["rank"], 1);
    assert!(first["source"].is_string() && first["quote"].is_string(), "a ranked figure carries its source");
    let targets = get(&app, "/api/v1/targets?region=410600").await.json();
    let rows = targets["items"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|t| t["region"] == "410600"));
    assert!(targets["as_of"].is_string());
    // The provincial 70% is worked out from 鹤壁's sentence: it says so, and no one is overdue
    // against a deadline no document states.
    let all = get(&app, "/api/v1/targets").await.json();
    let items = all["items"].as_array().unwrap();
    let derived: Vec<&Value> = items.iter().filter(|t| t["target"] == "henan-service-time-limit-reduction").collect();
    assert_eq!(derived.len(), 18, "every prefecture");
    for t in derived {
        assert_eq!(
            (&t["derived"], &t["deadline"], &t["overdue"]),
            (&Value::Bool(true), &Value::Null, &Value::Bool(false))
        );
        assert!(t["derivation_zh"].as_str().unwrap().contains("12.7"), "{t}");
        assert!(t["derivation_en"].as_str().unwrap().contains("12.7"), "{t}");
    }
    // A rank indicator is compared by the rank itself: no rank among the reporters.
    let c = get(&app, "/api/v1/compare?indicator=business_environment_rank").await.json();
    assert_eq!((&c["items"][0]["region"], &c["items"][0]["rank"]), (&Value::from("410600"), &Value::Null));
}

#[tokio::test]
async fn cors_is_open_for_get_and_writes_are_refused_as_json() {
    let app = seed_fixture().app();
    let request = Request::get("/api/v1/regions").header(header::ORIGIN, "https://example.org").body(Body::empty());
    let reply = send(&app, request.unwrap()).await;
    assert_eq!(reply.headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).unwrap(), "*");
    let preflight = Request::builder()
        .method(Method::OPTIONS)
        .uri("/api/v1/regions")
        .header(header::ORIGIN, "https://example.org")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .body(Body::empty());
    let reply = send(&app, preflight.unwrap()).await;
    assert!(reply.status.is_success());
    assert!(reply.headers.get(header::ACCESS_CONTROL_ALLOW_METHODS).unwrap().to_str().unwrap().contains("GET"));
    let post = send(&app, Request::post("/api/v1/regions").body(Body::empty()).unwrap()).await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(post.json()["status"], 405);
}

#[tokio::test]
async fn a_csv_download_uploads_back_without_changing_anything() {
    let fixture = fixture_with(data::SeedFiles::embedded());
    add_user(&fixture.state, "sup", Role::Supervisor, None);
    let app = server::app(fixture.state.clone());
    let csv = get(&app, "/api/v1/observations.csv").await;
    assert_eq!(csv.headers[header::CONTENT_DISPOSITION], "attachment; filename=\"observations.csv\"");
    let before = fixture.state.live.dataset().observations().to_vec();
    let mut b = Browser::new(app);
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let answer = b.upload("/supervision/upload", &csrf, "observations.csv", &csv.body).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let preview = b.get(&answer.location).await;
    assert!(preview.body.contains("无变化"), "{}", preview.body);
    assert!(!preview.body.contains("新增") && !preview.body.contains("更正"), "nothing new or corrected");
    b.post(&format!("{}/commit", answer.location), &[("csrf", &csrf), ("reason", "round trip")]).await;
    assert_eq!(fixture.state.live.dataset().observations(), before.as_slice());
}

#[test]
fn the_schema_checker_catches_what_the_document_does_not_say() {
    let doc = document();
    let region = serde_json::json!({ "$ref": "#/components/schemas/Region" });
    let good = serde_json::json!({"code": "410600", "name_zh": "鹤壁市", "name_en": "Hebi", "level": "prefecture",
        "parent": "410000", "residents": 1, "population_source": null});
    assert!(violations(&doc, &region, &good).is_empty());
    let mut extra = good.clone();
    extra["secret"] = "x".into();
    assert!(!violations(&doc, &region, &extra).is_empty(), "undocumented property");
    let mut wrong = good.clone();
    wrong["residents"] = "many".into();
    assert!(!violations(&doc, &region, &wrong).is_empty(), "wrong type");
    let mut bad_enum = good;
    bad_enum["level"] = "city".into();
    assert!(!violations(&doc, &region, &bad_enum).is_empty(), "value outside the enum");
}
