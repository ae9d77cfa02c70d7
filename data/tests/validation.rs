//! Each kind of bad seed data is refused, located by file, line and column.

mod common;

use common::{row, with_observations};
use data::{LoadErrorKind, SeedFiles};

/// Loads `files` and returns the single error, as "file:line:column" and its kind.
fn only_error(files: &SeedFiles) -> (String, LoadErrorKind) {
    let errors = data::load(files).expect_err("must be refused").0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    (format!("{}:{}:{}", e.file, e.line, e.column.as_ref().map_or(0, |c| c.0)), e.kind.clone())
}

#[test]
fn unknown_region_is_refused_at_its_column() {
    let files =
        with_observations(&row("419999", "local_regulations_enacted", "2021", "10", "exact", "regulations", "10部"));
    assert_eq!(only_error(&files), ("observations.csv:2:1".into(), LoadErrorKind::UnknownRegion("419999".into())));
}

#[test]
fn unknown_indicator_is_refused() {
    let files = with_observations(&row("410600", "no_such_thing", "2021", "10", "exact", "regulations", "10部"));
    assert_eq!(
        only_error(&files),
        ("observations.csv:2:2".into(), LoadErrorKind::UnknownIndicator("no_such_thing".into()))
    );
}

#[test]
fn wrong_unit_is_refused() {
    let files = with_observations(&row("410600", "local_regulations_enacted", "2021", "10", "exact", "cases", "10部"));
    let (at, kind) = only_error(&files);
    assert_eq!(at, "observations.csv:2:6");
    assert!(matches!(kind, LoadErrorKind::WrongUnit { expected, .. } if expected == "regulations"));
}

#[test]
fn duplicate_region_indicator_period_is_refused_with_the_first_line() {
    let one = row("410600", "local_regulations_enacted", "2021", "10", "exact", "regulations", "10部");
    let files = with_observations(&format!("{one}{one}"));
    let (at, kind) = only_error(&files);
    assert_eq!(at, "observations.csv:3:3");
    assert!(matches!(kind, LoadErrorKind::Duplicate { first_line: 2, .. }));
}

#[test]
fn bad_qualifier_is_refused() {
    let files =
        with_observations(&row("410600", "local_regulations_enacted", "2021", "10", "roughly", "regulations", "10部"));
    assert_eq!(only_error(&files), ("observations.csv:2:5".into(), LoadErrorKind::BadQualifier("roughly".into())));
}

#[test]
fn unparsable_number_is_refused() {
    let files =
        with_observations(&row("410600", "local_regulations_enacted", "2021", "ten", "exact", "regulations", "10部"));
    assert_eq!(only_error(&files), ("observations.csv:2:4".into(), LoadErrorKind::BadNumber("ten".into())));
}

#[test]
fn bad_period_is_refused() {
    let files =
        with_observations(&row("410600", "local_regulations_enacted", "2022-Q3", "10", "exact", "regulations", "10部"));
    let (at, kind) = only_error(&files);
    assert_eq!(at, "observations.csv:2:3");
    assert!(matches!(kind, LoadErrorKind::BadPeriod(_)));
}

#[test]
fn a_value_that_disagrees_with_the_printed_figure_is_refused() {
    let files = with_observations(&row(
        "410300",
        "enforcement_officer_records_published",
        "2021",
        "1200",
        "at_least",
        "entries",
        "1.2万余条",
    ));
    let (at, kind) = only_error(&files);
    assert_eq!(at, "observations.csv:2:7");
    assert!(matches!(kind, LoadErrorKind::FigureMismatch { .. }), "{kind:?}");
    let files = with_observations(&row(
        "410300",
        "enforcement_officer_records_published",
        "2021",
        "12000",
        "exact",
        "entries",
        "1.2万余条",
    ));
    assert!(matches!(only_error(&files).1, LoadErrorKind::FigureMismatch { .. }), "at least, not exact");
}

#[test]
fn a_figure_missing_from_its_quote_is_refused() {
    let text = "410600,local_regulations_enacted,2021,10,exact,regulations,10部,rmw-20220917,没有数字的句子。\n";
    let (at, kind) = only_error(&with_observations(text));
    assert_eq!(at, "observations.csv:2:9");
    assert_eq!(kind, LoadErrorKind::FigureNotInQuote("10部".into()));
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let rows = [
        row("419999", "local_regulations_enacted", "2021", "10", "exact", "regulations", "10部"),
        row("410600", "nope", "2021", "10", "exact", "regulations", "10部"),
        row("410600", "local_regulations_enacted", "2021", "x", "exact", "regulations", "10部"),
    ]
    .concat();
    let errors = data::load(&with_observations(&rows)).unwrap_err();
    assert_eq!(errors.0.len(), 3);
    let message = errors.to_string();
    assert!(message.contains("observations.csv:2:1 (region): unknown region \"419999\""), "{message}");
    assert!(message.contains("observations.csv:4:4 (value)"), "{message}");
}

#[test]
fn a_missing_file_or_column_is_refused() {
    let mut files = SeedFiles::embedded();
    files.set("units.csv", "key,symbol_zh\nitems,项\n");
    let errors = data::load(&files).unwrap_err().0;
    assert!(errors.iter().any(|e| e.kind == LoadErrorKind::MissingColumn("name_en".into())));
    let empty = SeedFiles::from_dir(std::path::Path::new("/nonexistent")).unwrap();
    let errors = data::load(&empty).unwrap_err().0;
    assert!(errors.iter().any(|e| e.file == "observations.csv" && e.kind == LoadErrorKind::MissingFile));
}

#[test]
fn indicator_units_must_fit_their_kind() {
    let mut files = SeedFiles::embedded();
    let indicators = files.get("indicators.csv").unwrap().replace(
        "legality_review_rate,decision_making,会议议题、公文和合同法核率,\"Legality review rate of agenda items, documents and contracts\",rate,percent",
        "legality_review_rate,decision_making,会议议题、公文和合同法核率,\"Legality review rate of agenda items, documents and contracts\",rate,items",
    );
    files.set("indicators.csv", indicators);
    let errors = data::load(&files).unwrap_err().0;
    assert!(
        errors.iter().any(|e| matches!(e.kind, LoadErrorKind::UnitDoesNotFitKind { .. }) && e.file == "indicators.csv"),
        "{errors:?}"
    );
}
