//! The Polars queries: ranking, ties, qualifiers, not-reported regions, direction, per capita.

mod common;

use common::{dataset, row};
use data::query::{Normalisation, PeriodChoice, RankBound, compare, coverage, indicator_detail, region_profile};
use data::{Period, QueryError, SeedFiles};

fn ranks(c: &data::query::Comparison) -> Vec<(String, Option<u32>)> {
    c.rows.iter().map(|r| (r.region.code.clone(), r.rank)).collect()
}

#[test]
fn ties_share_a_rank_and_the_next_rank_is_skipped() {
    let data = dataset(
        &[
            row("410600", "local_regulations_enacted", "asof-2022-09", "10", "exact", "regulations", "10部"),
            row("411700", "local_regulations_enacted", "asof-2022-09", "10", "exact", "regulations", "10部"),
            row("410900", "local_regulations_enacted", "asof-2022-09", "2", "exact", "regulations", "2部"),
        ]
        .concat(),
    );
    let c = compare(&data, "local_regulations_enacted", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!(&ranks(&c)[..3], &[("410600".into(), Some(1)), ("411700".into(), Some(1)), ("410900".into(), Some(3))]);
}

#[test]
fn every_prefecture_is_listed_and_non_reporters_are_not_zero() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let c = compare(&data, "local_regulations_enacted", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!(c.rows.len(), 18);
    assert_eq!(c.reporting(), 2);
    let zhengzhou = c.rows.iter().find(|r| r.region.code == "410100").unwrap();
    assert_eq!((zhengzhou.observation.is_some(), zhengzhou.value, zhengzhou.rank), (false, None, None));
    assert!(c.rows[..2].iter().all(|r| r.rank == Some(1)), "鹤壁 and 驻马店 tie with 10 each");
    assert!(c.rows[2..].iter().all(|r| r.rank.is_none()), "non-reporters come after");
}

#[test]
fn lower_is_better_ranks_the_smallest_first() {
    let data = dataset(
        &[
            row("410900", "criminal_case_rate_yoy", "2021", "-10", "exact", "percent", "降10%"),
            row("410700", "criminal_case_rate_yoy", "2021", "-20", "exact", "percent", "降20%"),
        ]
        .concat(),
    );
    let c = compare(&data, "criminal_case_rate_yoy", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!(&ranks(&c)[..2], &[("410700".into(), Some(1)), ("410900".into(), Some(2))], "a larger fall first");
}

/// A provincial rank is compared by the rank itself (3rd before 4th); ranking the ranks of the
/// two that report ("1st of 2") would say less and read as more, so no region gets one, on the
/// compare page or on its profile.
#[test]
fn rank_indicators_are_compared_by_the_rank_itself() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let c = compare(&data, "business_environment_rank", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    let values: Vec<(&str, Option<f64>)> = c.rows[..2].iter().map(|r| (r.region.code.as_str(), r.value)).collect();
    assert_eq!(values, [("410600", Some(3.0)), ("410900", Some(4.0))], "3rd before 4th");
    assert!(c.rows.iter().all(|r| r.rank.is_none()), "no rank among the reporters");
    assert_eq!(data.latest_rank("business_environment_rank", "410600"), None);
    assert_eq!(data.latest_rank("local_regulations_enacted", "410600"), Some((1, 2)), "counts are still ranked");
}

/// Finding more problems is not better or worse by itself: a neutral indicator lists the
/// largest first and ranks no one.
#[test]
fn neutral_indicators_list_largest_first_without_ranks() {
    let data = dataset(
        &[
            row("410600", "violation_risk_points", "2021", "1226", "exact", "units", "1226个"),
            row("410700", "violation_risk_points", "2021", "2000", "at_least", "units", "2000个以上"),
        ]
        .concat(),
    );
    let c = compare(&data, "violation_risk_points", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!((c.rows[0].region.code.as_str(), c.rows[1].region.code.as_str()), ("410700", "410600"));
    assert!(c.rows.iter().all(|r| r.rank.is_none()));
    assert_eq!(c.rows[0].bound, RankBound::OrBetter, "at least 2000: this place or earlier");
    assert_eq!(data.latest_rank("violation_risk_points", "410600"), None);
}

#[test]
fn at_least_values_rank_by_their_bound_and_are_flagged() {
    let data = dataset(
        &[
            row("410600", "dispute_resolution_rate", "2021", "98", "at_least", "percent", "98%以上"),
            row("410300", "dispute_resolution_rate", "2021", "99", "exact", "percent", "99%"),
            row("410900", "criminal_case_rate_yoy", "2021", "-10", "exact", "percent", "降10%"),
            row("410700", "criminal_case_rate_yoy", "2021", "-20", "at_least", "percent", "降20%以上"),
        ]
        .concat(),
    );
    let c = compare(&data, "dispute_resolution_rate", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    let hebi = c.rows.iter().find(|r| r.region.code == "410600").unwrap();
    assert_eq!((hebi.rank, hebi.bound), (Some(2), RankBound::OrBetter));
    let c = compare(&data, "criminal_case_rate_yoy", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!(c.rows[0].region.code, "410700", "a fall of 20% beats a fall of 10%");
    assert_eq!(c.rows[0].bound, RankBound::OrWorse, "≥ -20 could be a smaller fall");
}

#[test]
fn per_capita_divides_by_the_census_population() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let c = compare(&data, "market_entities", PeriodChoice::Latest, Normalisation::PerTenThousand).unwrap();
    let luoyang = &c.rows[0];
    assert_eq!(luoyang.region.code, "410300");
    assert!((luoyang.value.unwrap() - 596_000.0 / 7_056_699.0 * 10_000.0).abs() < 1e-9);
    assert_eq!(c.population_source, Some("henan-census-2020"));
    let refused = compare(&data, "local_regulations_enacted", PeriodChoice::Latest, Normalisation::PerTenThousand);
    assert!(matches!(refused, Err(QueryError::PerCapitaNotApplicable(_))));
}

#[test]
fn latest_picks_each_regions_newest_period_and_exact_filters() {
    let data = dataset(
        &[
            row("410300", "market_entities", "2020", "500000", "exact", "entities", "500000户"),
            row("410300", "market_entities", "2021", "596000", "exact", "entities", "596000户"),
            row("410600", "market_entities", "2020", "100000", "exact", "entities", "100000户"),
        ]
        .concat(),
    );
    let latest = compare(&data, "market_entities", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    assert_eq!(latest.rows[0].observation.unwrap().period, Period::Year(2021));
    assert_eq!(latest.reporting(), 2);
    let in_2020 =
        compare(&data, "market_entities", PeriodChoice::Exact(Period::Year(2020)), Normalisation::Absolute).unwrap();
    assert_eq!(in_2020.rows[0].value, Some(500_000.0));
    let detail = indicator_detail(&data, "market_entities").unwrap();
    assert_eq!(detail.periods, vec![Period::Year(2020), Period::Year(2021)]);
    assert_eq!(detail.observations[0].period, Period::Year(2021), "newest first");
}

#[test]
fn unknown_keys_are_errors_not_panics() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    assert!(matches!(
        compare(&data, "nope", PeriodChoice::Latest, Normalisation::Absolute),
        Err(QueryError::UnknownIndicator(_))
    ));
    assert!(matches!(region_profile(&data, "999999"), Err(QueryError::UnknownRegion(_))));
    assert!(matches!(indicator_detail(&data, "nope"), Err(QueryError::UnknownIndicator(_))));
}

#[test]
fn region_profile_groups_by_category_and_ranks_where_compared() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let hebi = region_profile(&data, "410600").unwrap();
    assert_eq!(hebi.region.name.zh, "鹤壁市");
    let business = hebi.categories.iter().find(|(c, _)| c.key == "business_environment").unwrap();
    let rank = business.1.iter().find(|f| f.indicator.key == "business_environment_rank").unwrap();
    assert_eq!(rank.rank, None, "a provincial rank is not ranked again");
    let legislation = hebi.categories.iter().find(|(c, _)| c.key == "legislation").unwrap();
    let laws = legislation.1.iter().find(|f| f.indicator.key == "local_regulations_enacted").unwrap();
    assert_eq!(laws.rank, Some((1, 2)), "tied with 驻马店, the other that reports");
    assert!(hebi.honours.len() >= 5);
    assert!(hebi.practices.iter().any(|p| p.name.zh.contains("1543")));
    assert_eq!(hebi.children.len(), 2);
    assert!(hebi.reported_indicators > 20 && hebi.reported_indicators < hebi.total_indicators);
    let zhengzhou = region_profile(&data, "410100").unwrap();
    assert_eq!((zhengzhou.categories.len(), zhengzhou.reported_indicators), (0, 0));
}

#[test]
fn coverage_marks_what_each_prefecture_reports() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let coverage = coverage(&data).unwrap();
    assert_eq!(coverage.regions.len(), 18);
    let at = |code: &str| coverage.regions.iter().position(|r| r.code == code).unwrap();
    let indicator = |key: &str| coverage.indicators.iter().position(|i| i.key == key).unwrap();
    assert!(coverage.reported[at("410600")][indicator("local_regulations_enacted")]);
    assert!(!coverage.reported[at("410300")][indicator("local_regulations_enacted")]);
    assert!(coverage.reported[at("410600")][indicator("county_business_environment_rank")], "淇县 counts for 鹤壁");
    assert_eq!(coverage.count(at("410100")), 0);
    assert_eq!(coverage.count(at("410400")), 0, "平顶山 reports honours and practices only");
    let legislation = data.category("legislation").unwrap();
    assert_eq!(coverage.count_in(at("411700"), legislation), 1);
}
