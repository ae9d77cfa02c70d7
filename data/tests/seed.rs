//! The shipped seed data loads, and says what the article says.

use data::{Lang, Period, SeedFiles, model::Qualifier};
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
