//! National scale: `server gen` writes a synthetic store of its own, every page served from it
//! says so, and compare stays readable with hundreds of regions.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use data::synthetic::Spec;
use http_body_util::BodyExt;
use tower::ServiceExt;

const BANNER: &str = "class=\"synthetic-banner\"";

fn spec() -> Spec {
    Spec { seed: 5, provinces: 2, prefectures_per_province: 4, counties: 120, indicators: 9, years: 4, last_year: 2024 }
}

fn synthetic_state(dir: &std::path::Path) -> server::AppState {
    server::synthetic::generate(dir, &spec()).expect("generate");
    let live = server::open_live(dir, data::SeedFiles::embedded()).expect("open");
    server::state(live, integration_tests::site_options(), server::WebConfig::default())
}

async fn get(state: &server::AppState, path: &str) -> String {
    let response = server::app(state.clone()).oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

#[tokio::test]
async fn generated_data_is_labelled_on_every_page_and_real_data_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let state = synthetic_state(dir.path());
    assert!(state.live.dataset().is_synthetic());
    for path in ["/", "/en", "/compare", "/regions", "/indicators", "/sources", "/region/900100", "/en/region/900101"] {
        assert!(get(&state, path).await.contains(BANNER), "{path} says the data is synthetic");
    }
    let real = integration_tests::seed_fixture();
    assert!(!get(&real.state, "/").await.contains(BANNER));
}

#[tokio::test]
async fn generating_never_writes_into_a_directory_that_holds_data() {
    let dir = tempfile::tempdir().unwrap();
    drop(synthetic_state(dir.path()));
    let again = server::synthetic::generate(dir.path(), &spec()).unwrap_err();
    assert!(again.to_string().contains("directory of its own"), "{again}");
    // Nor into a real store.
    let real = tempfile::tempdir().unwrap();
    drop(server::open_live(real.path(), data::SeedFiles::embedded()).unwrap());
    assert!(server::synthetic::generate(real.path(), &spec()).is_err());
}

#[tokio::test]
async fn compare_over_many_regions_windows_the_chart_and_pages_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let state = synthetic_state(dir.path());
    let html = get(&state, "/en/compare?indicator=synthetic_001").await;
    assert!(html.contains("top 15 and bottom 15"), "the chart says it shows both ends");
    assert!(html.contains("distribution-synthetic_001"), "a histogram of all values");
    assert!(html.contains("Page 1 of 3 (120 regions)"));
    assert_eq!(html.matches("<tr data-region=").count(), 50);
    assert!(html.contains("rel=\"next\""));

    let last = get(&state, "/en/compare?indicator=synthetic_001&page=3").await;
    assert_eq!(last.matches("<tr data-region=").count(), 20);

    // One match: that county is found and highlighted in the chart.
    let found = get(&state, "/en/compare?indicator=synthetic_001&q=County%2001-02-03").await;
    assert!(found.contains("Page 1 of 1 (1 regions)"), "search by name");
    assert_eq!(found.matches("<tr data-region=").count(), 1);
    let code = "900203";
    assert!(found.contains(&format!("<tr data-region=\"{code}\"")));
    let none = get(&state, "/en/compare?indicator=synthetic_001&q=nowhere").await;
    assert!(none.contains("No region") && none.matches("<tr data-region=").count() == 0);
}

#[tokio::test]
async fn pages_list_a_bounded_number_of_figures_and_say_where_the_rest_are() {
    let dir = tempfile::tempdir().unwrap();
    let state = synthetic_state(dir.path());
    let total = state.live.dataset().observations().len();
    assert!(total > 500);
    let html = get(&state, "/en/sources").await;
    assert!(html.contains(&format!("The first 500 of {total} figures are listed")), "the note says so");
    assert!(html.matches("<tr").count() <= 502, "500 rows and the header, not {total}");
    assert!(html.contains("/api/v1/observations.csv"), "the download holds them all");
    // An indicator with fewer figures than that lists them all, without the note.
    let html = get(&state, "/en/indicator/synthetic_001").await;
    assert!(!html.contains("figures are listed"));
}

#[tokio::test]
async fn the_trend_of_many_regions_draws_their_spread_not_a_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let state = synthetic_state(dir.path());
    let svg = get(&state, "/charts/indicator/synthetic_001/trend.svg?lang=en").await;
    for line in ["90th percentile", "Median", "10th percentile"] {
        assert!(svg.contains(line), "the legend names {line}");
    }
    assert!(!svg.contains("County 01-01-01"), "no region's own line");
}

// A national region's page held every figure (705 KB), the overview a row per prefecture
// (256 KB), a category every chart (440 KB): long pages fold.
#[tokio::test]
async fn long_pages_fold_at_national_size() {
    let dir = tempfile::tempdir().unwrap();
    let spec = Spec { provinces: 2, prefectures_per_province: 3, counties: 12, indicators: 40, years: 10, ..spec() };
    server::synthetic::generate(dir.path(), &spec).expect("generate");
    let live = server::open_live(dir.path(), data::SeedFiles::embedded()).expect("open");
    let state = server::state(live, integration_tests::site_options(), server::WebConfig::default());
    let county = get(&state, "/en/region/900101").await;
    assert!(county.contains("The latest figure of each indicator is shown"), "folded");
    let rows = county.matches("<tr>").count();
    assert!(rows <= 40 + 9, "one row per indicator (and the headers), not 400: {rows}");
    let overview = get(&state, "/en").await;
    assert!(overview.contains("data-region=\"900000\"") && overview.contains("data-region=\"910000\""));
    assert!(!overview.contains("data-region=\"900100\""), "a row per province, not per prefecture");
    let first = get(&state, "/en/category/leadership").await;
    let charts = first.matches("class=\"multiple\"").count();
    assert!((1..=6).contains(&charts), "{charts} charts on the first page");
    if first.contains("rel=\"next\"") {
        let second = get(&state, "/en/category/leadership?page=2").await;
        assert!(second.contains("rel=\"prev\"") && second.matches("class=\"multiple\"").count() >= 1);
    }
}
