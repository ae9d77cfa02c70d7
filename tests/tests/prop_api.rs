//! Properties of the public API's query parameters, through the router: no query string is a
//! server error, errors are the documented JSON, and paging, periods and keys are accepted
//! exactly when they are valid.

use app::url::urlencode;
use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use data::Period;
use http_body_util::BodyExt;
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;
use tower::ServiceExt;

/// One runtime and one app over the seed for every case: building a store per case would be
/// most of the run.
fn app() -> &'static (tokio::runtime::Runtime, Router) {
    static APP: OnceLock<(tokio::runtime::Runtime, Router)> = OnceLock::new();
    APP.get_or_init(|| {
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        let app = runtime.block_on(async { integration_tests::seed_fixture().app() });
        (runtime, app)
    })
}

/// The seed's keys, to tell the known from the unknown.
fn seed() -> &'static data::Dataset {
    static SEED: OnceLock<data::Dataset> = OnceLock::new();
    SEED.get_or_init(|| data::load(&data::SeedFiles::embedded()).expect("the seed loads"))
}

struct Reply {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

fn get(path: &str, query: &[(String, String)]) -> Reply {
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v))).collect();
    let uri = format!("/api/v1{path}?{}", query.join("&"));
    let (runtime, app) = app();
    runtime.block_on(async {
        let request = Request::get(&uri).body(Body::empty()).expect("a valid URI: every byte is encoded");
        let response = app.clone().oneshot(request).await.expect("infallible");
        let content_type =
            response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let status = response.status();
        let body = response.into_body().collect().await.expect("a body").to_bytes().to_vec();
        Reply { status, content_type, body }
    })
}

/// Every path but the document itself, which takes no parameters.
fn path() -> impl Strategy<Value = &'static str> {
    prop::sample::select(server::api_v1::PATHS.iter().copied().filter(|p| *p != "/openapi.json").collect::<Vec<_>>())
}

fn json_list() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["/regions", "/indicators", "/sources", "/honours", "/observations", "/targets"])
}

const NAMES: [&str; 8] = ["region", "indicator", "category", "period", "per", "status", "offset", "limit"];

/// A parameter's value: the seed's keys and codes, numbers in and out of range, anything.
fn value() -> impl Strategy<Value = String> {
    let data = seed();
    let mut known: Vec<String> = data.regions().iter().map(|r| r.code.clone()).collect();
    known.extend(data.indicators().iter().map(|i| i.key.clone()));
    known.extend(data.categories().iter().map(|c| c.key.clone()));
    known.extend(["2021", "2022-H1", "latest", "capita", "met", "no_data", "0", "1", "1000", "1001"].map(String::from));
    prop_oneof![
        3 => prop::sample::select(known),
        2 => number(),
        2 => any::<String>(),
        1 => "[\u{0}-\u{1f}%+&=#\u{feff}]{0,6}",
    ]
}

/// Numbers as text, in and out of every range (and at their ends), and what is almost a number.
fn number() -> impl Strategy<Value = String> {
    let ends = ["0", "1", "99", "100", "101", "999", "1000", "1001", "-1", "+1", "01"].map(String::from).to_vec();
    let max = usize::MAX as u128;
    prop_oneof![
        prop::sample::select(ends),
        prop::sample::select(vec![(max - 1).to_string(), max.to_string(), (max + 1).to_string()]),
        (0u64..2000).prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[-+ ]?[0-9]{0,3}[. e]?[0-9]{0,2}",
    ]
}

fn query() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![4 => prop::sample::select(NAMES.to_vec()).prop_map(String::from), 1 => any::<String>()];
    prop::collection::vec((name, value()), 0..5)
}

/// Paging as the document gives it: `offset` any count, `limit` 1 to 1000.
fn paging_is_valid(offset: &Option<String>, limit: &Option<String>) -> bool {
    offset.as_ref().is_none_or(|o| o.parse::<usize>().is_ok())
        && limit.as_ref().is_none_or(|l| l.parse::<usize>().is_ok_and(|l| (1..=1000).contains(&l)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_query_is_a_server_error(path in path(), query in query()) {
        let reply = get(path, &query);
        prop_assert!(matches!(reply.status.as_u16(), 200 | 400), "{path} {query:?}: {}", reply.status);
        if reply.status == StatusCode::BAD_REQUEST {
            // The documented error: JSON with the status and a message.
            prop_assert!(reply.content_type.starts_with("application/json"), "{path} {query:?}");
            let error = reply.json();
            prop_assert_eq!(&error["status"], 400);
            prop_assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()), "{path} {query:?}: {error}");
        } else {
            let media = if path.ends_with(".csv") { "text/csv" } else { "application/json" };
            prop_assert!(reply.content_type.starts_with(media), "{path} {query:?}: {}", reply.content_type);
        }
    }

    #[test]
    fn paging_is_accepted_exactly_within_its_bounds(
        path in json_list(),
        offset in prop::option::of(number()),
        limit in prop::option::of(number()),
    ) {
        let query: Vec<_> = [("offset", &offset), ("limit", &limit)]
            .into_iter()
            .filter_map(|(name, value)| value.clone().map(|v| (name.to_owned(), v)))
            .collect();
        let reply = get(path, &query);
        let valid = paging_is_valid(&offset, &limit);
        prop_assert_eq!(reply.status == StatusCode::OK, valid, "{} {:?}: {}", path, query, reply.status);
        if valid {
            let page = reply.json();
            let offset = offset.map_or(0, |o| o.parse::<usize>().unwrap_or_default());
            let limit = limit.map_or(100, |l| l.parse::<usize>().unwrap_or_default());
            let total = page["total"].as_u64().unwrap_or_default() as usize;
            prop_assert_eq!(page["offset"].as_u64(), Some(offset as u64));
            prop_assert_eq!(page["limit"].as_u64(), Some(limit as u64));
            let items = page["items"].as_array().map_or(0, Vec::len);
            prop_assert_eq!(items, total.saturating_sub(offset).min(limit));
        }
    }

    #[test]
    fn a_period_filters_when_it_is_one_and_is_refused_when_not(
        text in prop_oneof![any::<String>(), "[0-9]{4}(-H[0-9]|-[0-9]{4})?", "(asof-[0-9]{4}-[0-9]{1,2}|[0-9]{1,3}y-running)"],
        compare in any::<bool>(),
    ) {
        let mut query = vec![("period".to_owned(), text.clone())];
        if compare {
            query.push(("indicator".to_owned(), "local_regulations_enacted".to_owned()));
        }
        let reply = get(if compare { "/compare" } else { "/observations" }, &query);
        let valid = text.is_empty() || (compare && text == "latest") || text.parse::<Period>().is_ok();
        prop_assert_eq!(reply.status == StatusCode::OK, valid, "{:?}: {}", text, reply.status);
        prop_assert!(matches!(reply.status.as_u16(), 200 | 400), "{text:?}: {}", reply.status);
    }

    #[test]
    fn a_key_filters_when_it_is_known_and_is_refused_when_not(
        (name, text) in (prop::sample::select(vec!["region", "indicator", "category"]), value()),
    ) {
        let data = seed();
        let known = match name {
            "region" => data.region(&text).is_some(),
            "indicator" => data.indicator(&text).is_some(),
            _ => data.category(&text).is_some(),
        };
        let reply = get("/observations", &[(name.to_owned(), text.clone())]);
        prop_assert_eq!(reply.status == StatusCode::OK, text.is_empty() || known, "{}={:?}: {}", name, text, reply.status);
    }
}
