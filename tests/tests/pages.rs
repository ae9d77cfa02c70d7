//! Every page of the officials' views, rendered on the server (so complete without
//! JavaScript), and every bad parameter answered with the right status and a way back.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn get_with(fixture: integration_tests::Fixture, path: &str) -> (StatusCode, String) {
    let response = fixture.app().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

async fn get(path: &str) -> (StatusCode, String) {
    get_with(integration_tests::seed_fixture(), path).await
}

async fn ok(path: &str) -> String {
    let (status, html) = get(path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    assert!(!html.contains("class=\"loading\""), "{path} rendered fully");
    html
}

#[tokio::test]
async fn compare_ranks_the_cities_that_report_local_regulations() {
    let html = ok("/compare?indicator=local_regulations_enacted").await;
    assert!(html.contains(r#"role="img""#), "a chart");
    assert!(html.contains("制定地方性法规数"));
    assert!(html.contains(r#"data-region="410600""#) && html.contains(r#"data-region="411700""#));
    assert_eq!(html.matches(r#"<span class="rank-note">"#).count(), 2, "鹤壁 and 驻马店 tie");
    assert!(html.contains("并列"));
    assert!(html.contains("2个地区报告,共18个"));
    assert!(html.contains(r#"href="/charts/compare.svg?indicator=local_regulations_enacted""#), "chart download");
}

#[tokio::test]
async fn compare_per_capita_cites_the_census_and_lower_is_better_says_so() {
    let html = ok("/compare?indicator=penalty_exempted_cases&per=capita").await;
    assert!(html.contains("每万人"));
    assert!(html.contains("河南省第七次全国人口普查公报"));
    let html = ok("/compare?indicator=business_environment_rank").await;
    assert!(html.contains("越低越好"));
    let first = html.find(r#"data-region="410600""#).unwrap();
    let second = html.find(r#"data-region="410900""#).unwrap();
    assert!(first < second, "鹤壁 (3rd) ranks ahead of 濮阳 (4th)");
}

/// A rank indicator is compared by the rank itself: its table has no rank-among-reporters
/// column ("1st of 2 reporting" would rank the ranks); other indicators keep it.
#[tokio::test]
async fn rank_indicators_are_compared_by_the_rank_itself() {
    let rank_column = r#"<th scope="col" class="num">排名</th>"#;
    let html = ok("/compare?indicator=business_environment_rank").await;
    assert!(html.contains("第3位") && html.contains("第4位"));
    assert!(!html.contains(rank_column), "no rank of the ranks");
    assert!(ok("/compare?indicator=local_regulations_enacted").await.contains(rank_column));
    // Nor is a count of problems found ranked: finding more is not better or worse.
    let html = ok("/compare?indicator=violation_risk_points").await;
    assert!(html.contains("无好坏之分") && !html.contains(rank_column));
}

/// The `<tr>` around the first occurrence of `needle`.
fn row_around<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html.find(needle).unwrap_or_else(|| panic!("{needle} not found"));
    let start = html[..at].rfind("<tr").unwrap();
    let end = at + html[at..].find("</tr>").unwrap();
    &html[start..end]
}

#[tokio::test]
async fn a_single_reporter_is_said_plainly_without_a_chart() {
    let html = ok("/compare?indicator=market_entities").await;
    assert!(html.contains("只有洛阳市报告了这项指标"));
    assert!(!html.contains(r#"role="img""#), "no one-bar race");
}

#[tokio::test]
async fn category_without_indicator_picks_the_most_reported_one() {
    let html = ok("/compare?category=legislation").await;
    assert!(html.contains(r#"<option value="local_regulations_enacted" selected"#), "{html}");
    let html = ok("/compare?category=legislation&indicator=market_entities").await;
    assert!(
        html.contains(r#"<option value="local_regulations_enacted" selected"#),
        "an indicator of another category is replaced"
    );
}

#[tokio::test]
async fn region_profile_answers_where_hebi_stands_on_business_environment() {
    let html = ok("/region/410600").await;
    assert!(html.contains("营商环境评价全省排名") && html.contains("第3位") && html.contains("连续4年"));
    let rank_row = row_around(&html, r#"href="/observation/410600/business_environment_rank/4y-running""#);
    assert!(!rank_row.contains("地区报告"), "a provincial rank is not ranked again: {rank_row}");
    let laws = row_around(&html, r#"href="/observation/410600/local_regulations_enacted/undated-2022-09""#);
    assert!(laws.contains("第1(共2个地区报告)"), "tied with 驻马店: {laws}");
    assert!(html.contains("报告了27项指标(共64项)"));
    assert!(html.contains("“1543”立法工作机制"), "named practices");
    assert!(html.contains("全国首批平安中国建设示范市"), "honours");
    assert!(html.contains("淇县"), "counties");
    assert!(
        html.contains(r#"href="/observation/410600/business_environment_rank/4y-running""#),
        "drills to the sentence"
    );
}

#[tokio::test]
async fn the_sentence_behind_luoyangs_93_percent_is_highlighted() {
    let html = ok("/observation/410300/administrative_mediation_resolution_rate/undated-2022-09").await;
    assert!(html.contains("<mark>化解率达93%</mark>"), "{html}");
    assert!(html.contains("通过行政调解方式化解争议纠纷2800件,"));
    assert!(html.contains("压实党政第一责任人职责 建设更高水平法治河南") && html.contains("2022-09-17"));
}

#[tokio::test]
async fn indicator_category_and_index_pages_render() {
    let html = ok("/indicator/business_environment_rank").await;
    assert!(html.contains("越低越好") && html.contains("濮阳市") && html.contains(r#"role="img""#));
    let html = ok("/category/business_environment").await;
    assert!(html.matches(r#"role="img""#).count() >= 1, "small multiples");
    assert!(ok("/regions").await.contains("郑州市"));
    assert!(ok("/indicators").await.contains("制定地方性法规数"));
    assert!(ok("/sources").await.contains("河南省第七次全国人口普查公报"));
    let html = ok("/en/compare?indicator=local_regulations_enacted").await;
    assert!(html.contains(r#"lang="en""#) && html.contains("Compare cities") && html.contains("Hebi"));
}

#[tokio::test]
async fn bad_parameters_get_404_or_400_pages_with_a_way_back() {
    let cases = [
        ("/compare?indicator=nope", StatusCode::NOT_FOUND),
        ("/compare?category=nope", StatusCode::NOT_FOUND),
        ("/compare?period=2022-Q3", StatusCode::BAD_REQUEST),
        ("/region/999999", StatusCode::NOT_FOUND),
        ("/indicator/nope", StatusCode::NOT_FOUND),
        ("/category/nope", StatusCode::NOT_FOUND),
        ("/observation/410300/market_entities/2020", StatusCode::NOT_FOUND),
        ("/observation/410300/market_entities/not-a-period", StatusCode::BAD_REQUEST),
        ("/en/region/999999", StatusCode::NOT_FOUND),
    ];
    for (path, expected) in cases {
        let (status, html) = get(path).await;
        assert_eq!(status, expected, "{path}");
        assert!(html.contains(r#"href="/""#) || html.contains(r#"href="/en""#), "{path} links back");
        assert!(!html.contains("Polars") && !html.contains("panicked"), "{path} leaks nothing");
    }
}

#[tokio::test]
async fn chart_svgs_are_served_at_stable_urls() {
    let (status, svg) = get("/charts/compare.svg?indicator=dispute_resolution_rate").await;
    assert_eq!(status, StatusCode::OK);
    assert!(svg.starts_with("<svg") && svg.contains("<title"));
    assert!(svg.contains("≥ 98%") && svg.contains("<polygon"), "the at-least bar shows its open end");
    assert_eq!(svg.matches("— 未报告").count(), 17);
    let (status, _) = get("/charts/compare.svg?indicator=nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, english) = get("/charts/compare.svg?indicator=dispute_resolution_rate&lang=en").await;
    assert!(english.contains("Hebi") && english.contains("not reported"));
}

#[tokio::test]
async fn an_indicator_with_many_periods_gets_a_trend_chart() {
    let mut files = data::SeedFiles::embedded();
    let mut observations = files.get("observations.csv").unwrap().to_owned();
    for (year, value) in (2013..=2020).zip([400_000, 420_000, 450_000, 470_000, 500_000, 520_000, 540_000, 560_000]) {
        observations.push_str(&format!(
            "410300,market_entities,{year},{value},exact,entities,{value}户,rmw-20220917,测试:{value}户。\n"
        ));
        observations.push_str(&format!(
            "410600,market_entities,{year},{},exact,entities,{}户,rmw-20220917,测试:{}户。\n",
            value / 5,
            value / 5,
            value / 5
        ));
    }
    files.set("observations.csv", observations);
    let files_clone = files.clone();
    let (status, html) = get_with(integration_tests::fixture_with(files), "/indicator/market_entities").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("trend-market_entities-title"), "a trend chart");
    assert!(html.contains("2013年") && html.contains("2021年"));
    let (status, svg) =
        get_with(integration_tests::fixture_with(files_clone), "/charts/indicator/market_entities/trend.svg").await;
    assert_eq!(status, StatusCode::OK);
    assert!(svg.contains("trend-market_entities-title"));
    let (status, _) = get("/charts/indicator/market_entities/trend.svg").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the seed has one period: no trend");
}
