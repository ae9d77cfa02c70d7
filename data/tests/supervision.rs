//! The status rules: all five states, both directions, capped rates and bounds.

use chrono::NaiveDate;
use data::{
    Period,
    lang::Text,
    model::{Comparator, Direction, Indicator, IndicatorKind, Observation, Provenance, Qualifier, Target},
    supervision::{Status, assess, check_target},
};

fn indicator(kind: IndicatorKind, direction: Direction) -> Indicator {
    Indicator {
        key: "x".into(),
        category: "c".into(),
        name: Text::new("x", "x"),
        kind,
        unit: if kind == IndicatorKind::Count { "cases".into() } else { "percent".into() },
        direction,
        per_capita: false,
        definition: Text::new("", ""),
    }
}

fn target(comparator: Comparator, value: f64, period: &str) -> Target {
    Target {
        id: "t".into(),
        indicator: "x".into(),
        scope: "410000".into(),
        comparator,
        value,
        period: period.parse().unwrap(),
        deadline: None,
        set_by: "河南省".into(),
        document: String::new(),
        note: String::new(),
        source: None,
        quote: String::new(),
        derivation: None,
    }
}

fn figure(period: &str, value: f64, qualifier: Qualifier) -> Observation {
    Observation {
        region: "410600".into(),
        indicator: "x".into(),
        period: period.parse::<Period>().unwrap(),
        value,
        qualifier,
        provenance: std::sync::Arc::new(Provenance { source: "s".into(), note: "n".into(), ..Provenance::default() }),
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

const EARLY: &str = "2023-03-01";
const LATE: &str = "2025-01-01";

#[test]
fn the_seed_target_is_met_by_hebi_by_12_7_points() {
    let rate = indicator(IndicatorKind::Rate, Direction::HigherIsBetter);
    let t = target(Comparator::AtLeast, 70.0, "undated-2022-09");
    let a = assess(&t, &rate, &[figure("undated-2022-09", 82.7, Qualifier::Exact)], day(LATE));
    assert_eq!(a.status, Status::Met);
    assert!((a.gap.unwrap() - 12.7).abs() < 1e-9);
    assert!(!a.overdue);
}

#[test]
fn all_five_states_higher_is_better() {
    let count = indicator(IndicatorKind::Count, Direction::HigherIsBetter);
    let t = target(Comparator::AtLeast, 100.0, "2023");
    let status = |figures: &[Observation], today| assess(&t, &count, figures, day(today)).status;
    assert_eq!(status(&[figure("2023", 120.0, Qualifier::Exact)], LATE), Status::Met);
    assert_eq!(status(&[figure("2023", 80.0, Qualifier::Exact)], LATE), Status::Missed);
    // Half the year, half the count: 60 of a pro-rata 50 is on track, 40 is at risk.
    assert_eq!(status(&[figure("2023-H1", 60.0, Qualifier::Exact)], EARLY), Status::OnTrack);
    assert_eq!(status(&[figure("2023-H1", 40.0, Qualifier::Exact)], EARLY), Status::AtRisk);
    assert_eq!(status(&[], EARLY), Status::NoData);
    // A figure of another period says nothing about this one.
    assert_eq!(status(&[figure("2022", 500.0, Qualifier::Exact)], EARLY), Status::NoData);
}

#[test]
fn lower_is_better_gaps_are_positive_when_ahead() {
    let rate = indicator(IndicatorKind::Rate, Direction::LowerIsBetter);
    let t = target(Comparator::AtMost, 5.0, "2023");
    let a = assess(&t, &rate, &[figure("2023", 3.5, Qualifier::Exact)], day(LATE));
    assert_eq!((a.status, a.gap), (Status::Met, Some(1.5)));
    let a = assess(&t, &rate, &[figure("2023", 6.0, Qualifier::Exact)], day(LATE));
    assert_eq!((a.status, a.gap), (Status::Missed, Some(-1.0)));
    // A ≥ target on a lower-is-better indicator is refused.
    assert!(check_target(&target(Comparator::AtLeast, 5.0, "2023"), &rate).is_err());
    assert!(check_target(&t, &rate).is_ok());
}

#[test]
fn capped_rates_and_bounds() {
    let rate = indicator(IndicatorKind::Rate, Direction::HigherIsBetter);
    let full = target(Comparator::AtLeast, 100.0, "2023");
    let status = |f: Observation| assess(&full, &rate, &[f], day(LATE)).status;
    assert_eq!(status(figure("2023", 100.0, Qualifier::Exact)), Status::Met);
    assert_eq!(status(figure("2023", 99.9, Qualifier::Exact)), Status::Missed);
    // "98% or more" may be 100%: not met, not missed.
    assert_eq!(status(figure("2023", 98.0, Qualifier::AtLeast)), Status::AtRisk);
    // A rate target beyond 100% cannot be met by anyone: refused.
    assert!(check_target(&target(Comparator::AtLeast, 101.0, "2023"), &rate).is_err());

    let count = indicator(IndicatorKind::Count, Direction::HigherIsBetter);
    let t = target(Comparator::AtLeast, 10_000.0, "2023");
    // "1.2万余" is at least 12,000: the bound itself meets 10,000.
    assert_eq!(assess(&t, &count, &[figure("2023", 12_000.0, Qualifier::AtLeast)], day(LATE)).status, Status::Met);
    // "at most 9,000" can never reach 10,000.
    assert_eq!(assess(&t, &count, &[figure("2023", 9_000.0, Qualifier::AtMost)], day(LATE)).status, Status::Missed);
    // "about" is taken as the value.
    assert_eq!(assess(&t, &count, &[figure("2023", 10_000.0, Qualifier::About)], day(LATE)).status, Status::Met);
}

#[test]
fn overdue_only_after_a_stated_deadline() {
    let count = indicator(IndicatorKind::Count, Direction::HigherIsBetter);
    let mut t = target(Comparator::AtLeast, 100.0, "2023");
    t.deadline = Some("2024-01-15".into());
    assert!(!assess(&t, &count, &[], day("2024-01-15")).overdue);
    assert!(assess(&t, &count, &[], day("2024-01-16")).overdue);
    assert!(!assess(&t, &count, &[figure("2023", 100.0, Qualifier::Exact)], day("2024-06-01")).overdue);
}

/// A deadline is the setter's to state: without one, a target is never overdue, however long
/// ago its period ended, and no deadline is made up for it.
#[test]
fn no_deadline_is_invented_for_a_target_without_one() {
    let count = indicator(IndicatorKind::Count, Direction::HigherIsBetter);
    let t = target(Comparator::AtLeast, 100.0, "2023");
    let a = assess(&t, &count, &[], day("2040-01-01"));
    assert_eq!((a.status, a.deadline, a.overdue), (Status::NoData, None, false));
    let rate = indicator(IndicatorKind::Rate, Direction::HigherIsBetter);
    let derived = target(Comparator::AtLeast, 70.0, "undated-2022-09");
    let a = assess(&derived, &rate, &[], day(LATE));
    assert_eq!((a.deadline, a.overdue), (None, false));
}

/// On a neutral indicator neither way is better: the setter's comparator is taken as given.
#[test]
fn a_neutral_indicator_takes_a_target_either_way() {
    let count = indicator(IndicatorKind::Count, Direction::Neutral);
    assert!(check_target(&target(Comparator::AtLeast, 5.0, "2023"), &count).is_ok());
    assert!(check_target(&target(Comparator::AtMost, 5.0, "2023"), &count).is_ok());
    let t = target(Comparator::AtMost, 5.0, "2023");
    let a = assess(&t, &count, &[figure("2023", 3.0, Qualifier::Exact)], day(LATE));
    assert_eq!((a.status, a.gap), (Status::Met, Some(2.0)));
}
