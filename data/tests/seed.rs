//! The shipped seed data loads, and says what the article says.

use data::{
    Lang, Period, SeedFiles,
    model::{HonourLevel, IndicatorKind, Qualifier},
    supervision::{BoardFilter, Status, board},
};
use std::path::Path;

#[test]
fn embedded_seed_loads_without_errors() {
    let data = data::load(&SeedFiles::embedded()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.regions_at(data::model::Level::Prefecture).count(), 18, "all 18 prefecture-level divisions");
    assert_eq!(data.province().map(|p| p.population.as_ref().map(|p| p.residents)), Some(Some(99_365_519)));
    assert!(data.observations().len() >= 60);
    let reporting: std::collections::BTreeSet<_> = data.observations().iter().map(|o| o.region.as_str()).collect();
    for city in ["410300", "410600", "410700", "410900", "411700"] {
        assert!(reporting.contains(city), "{city} reports figures");
    }
}

#[test]
fn the_seed_directory_loads_like_the_embedded_copy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seed");
    let from_dir = data::load(&SeedFiles::from_dir(&dir).unwrap()).unwrap();
    let embedded = data::load(&SeedFiles::embedded()).unwrap();
    assert_eq!(from_dir.observations(), embedded.observations());
}

#[test]
fn qualified_figures_keep_their_qualifier() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let find = |region: &str, indicator: &str| {
        data.observations().iter().find(|o| o.region == region && o.indicator == indicator).unwrap()
    };
    let records = find("410300", "enforcement_officer_records_published");
    assert_eq!((records.value, records.qualifier), (12_000.0, Qualifier::AtLeast));
    let disputes = find("410600", "dispute_resolution_rate");
    assert_eq!((disputes.value, disputes.qualifier), (98.0, Qualifier::AtLeast));
    let briefings = find("411700", "law_thought_briefings");
    assert_eq!((briefings.value, briefings.qualifier), (150.0, Qualifier::AtLeast));
    let rank = find("410600", "business_environment_rank");
    assert_eq!((rank.value, rank.period), (3.0, Period::Running { years: 4 }));
    assert_eq!(rank.period.label(Lang::En), "4 years running");
}

/// The provincial target is derived, not stated: no document gives it a deadline, so none is
/// made up and no one is overdue; it says it is derived, and how, in both languages; its
/// period is that of the undated figure it is read from.
#[test]
fn the_derived_target_has_no_invented_deadline_and_says_how() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let target = data.targets().iter().find(|t| t.indicator == "service_time_limit_reduction").unwrap();
    assert_eq!(target.deadline, None);
    assert_eq!(target.period, Period::Undated { year: 2022, month: 9 });
    let how = target.derivation.as_ref().expect("marked as derived");
    assert!(how.zh.contains("82.7") && how.zh.contains("12.7") && how.en.contains("82.7") && how.en.contains("12.7"));
    let rows = board(&data, &BoardFilter::default(), chrono::NaiveDate::from_ymd_opt(2040, 1, 1).unwrap());
    assert_eq!(rows.len(), 18);
    assert!(rows.iter().all(|r| !r.assessment.overdue && r.assessment.deadline.is_none()));
    let hebi = rows.iter().find(|r| r.region == "410600").unwrap();
    assert_eq!(hebi.assessment.status, Status::Met);
    // Every target of the seed: a deadline only where a document states one.
    assert!(data.targets().iter().all(|t| t.deadline.is_none() || t.derivation.is_none()));
}

/// A total over N years is not the same result N years running: "N years running" is for
/// results that repeat each year (streaks, ranks); a count over the years is cumulative.
#[test]
fn cumulative_totals_have_a_period_kind_of_their_own() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    for o in data.observations() {
        let kind = data.indicator(&o.indicator).unwrap().kind;
        if let Period::Running { .. } = o.period {
            assert!(matches!(kind, IndicatorKind::Streak | IndicatorKind::Rank), "{} is not a streak", o.indicator);
        }
        if o.provenance.quote.contains(&format!("累计参加学习{}", o.provenance.figure)) {
            assert!(matches!(o.period, Period::Cumulative { .. }), "{}: a cumulative total", o.indicator);
        }
    }
    let attendance = data.observations().iter().find(|o| o.indicator == "law_lecture_attendance").unwrap();
    assert_eq!(attendance.period, Period::Cumulative { years: 9 });
    assert_eq!(attendance.period.label(Lang::Zh), "累计9年");
    assert_eq!(attendance.period.label(Lang::En), "cumulative over 9 years");
}

/// The article dates none of the figures it gives no date for: they say so, never "as of".
#[test]
fn undated_figures_are_not_shown_as_dated() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    assert!(data.observations().iter().all(|o| !matches!(o.period, Period::AsOf { .. })));
    let points = data.observations().iter().find(|o| o.indicator == "violation_risk_points").unwrap();
    assert_eq!(points.period.label(Lang::En), "no date stated (published Sep 2022)");
}

/// A per-10,000-residents view only for counts that grow with the population: cases, market
/// entities, service points and the people serving them; never officials' study or meetings
/// (their number follows the officials, not the residents), rates or ranks.
#[test]
fn per_capita_only_for_counts_that_grow_with_population() {
    const GROWS_WITH_POPULATION: [&str; 4] = ["cases", "entities", "units", "persons"];
    const ABOUT_OFFICIALS: [&str; 2] = ["legal_education", "leadership"];
    let data = data::load(&SeedFiles::embedded()).unwrap();
    for i in data.indicators().iter().filter(|i| i.per_capita) {
        assert_eq!(i.kind, IndicatorKind::Count, "{}", i.key);
        assert!(GROWS_WITH_POPULATION.contains(&i.unit.as_str()), "{}: {} do not grow with residents", i.key, i.unit);
        assert!(!ABOUT_OFFICIALS.contains(&i.category.as_str()), "{}: officials' work", i.key);
    }
    for key in ["law_lecture_attendance", "law_thought_briefings", "market_entities"] {
        let i = data.indicator(key).unwrap();
        assert_eq!(i.per_capita, key == "market_entities", "{key}");
    }
}

/// Counting problems found is neither better nor worse by itself.
#[test]
fn counts_of_problems_found_are_neutral() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    for key in ["conduct_problem_areas_rectified", "violation_risk_points"] {
        assert_eq!(data.indicator(key).unwrap().direction, data::model::Direction::Neutral, "{key}");
    }
}

/// 鹤壁's national typical case is a figure ("1起"); as an honour too it was counted twice.
#[test]
fn the_typical_case_is_counted_once() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    assert!(data.observations().iter().any(|o| o.indicator == "national_typical_cases"));
    let honours = data.honours().iter().filter(|h| h.level == HonourLevel::National);
    assert!(honours.clone().all(|h| !h.title.zh.contains("典型案例")));
    assert!(honours.clone().any(|h| h.title.zh.contains("鹤辉高速")), "the Supreme People's Court's commendation");
}

#[test]
fn the_provincial_target_is_recovered_from_the_gap() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let target = data.targets().iter().find(|t| t.indicator == "service_time_limit_reduction").unwrap();
    let hebi = data
        .observations()
        .iter()
        .find(|o| o.region == "410600" && o.indicator == "service_time_limit_reduction")
        .unwrap();
    assert_eq!(target.value, 70.0);
    assert!((hebi.value - target.value - 12.7).abs() < 1e-9, "82.7% is 12.7 points above the target");
    assert!(target.quote.contains("高于省定目标12.7个百分点"));
}

/// Every quote is verbatim from the article, when the article is beside the repository (as
/// in CI and in development); the article itself is not part of the repository.
#[test]
fn every_quote_is_a_sentence_of_the_article() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seed");
    let Some(article) = std::fs::read_dir(&seed)
        .ok()
        .and_then(|entries| entries.flatten().map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "txt")))
    else {
        eprintln!("article not found beside the repository ({}); quotes not checked", seed.display());
        return;
    };
    let text: String = std::fs::read_to_string(article).unwrap().chars().filter(|c| !c.is_whitespace()).collect();
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let tables = data.to_tables();
    let quotes = tables
        .observations
        .iter()
        .map(|o| &o.provenance.quote)
        .chain(tables.honours.iter().map(|h| &h.quote))
        .chain(tables.practices.iter().map(|p| &p.quote))
        .chain(tables.targets.iter().map(|t| &t.quote));
    for quote in quotes {
        let quote: String = quote.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(text.contains(&quote), "not in the article: {quote}");
    }
}
