//! Open-data tables over the seed: shapes, filters, and a download that uploads back unchanged.

use data::{
    Dataset, SeedFiles,
    entry::{EntryContext, observation_changes},
    open_data::{self, Cell, ObservationFilter, OpenDataError},
    query::{Normalisation, PeriodChoice, compare},
    store::{Role, User},
};

fn seed() -> Dataset {
    Dataset::new(data::validate::tables(&SeedFiles::embedded()).expect("seed loads"))
}

#[test]
fn every_table_has_one_cell_per_column() {
    let data = seed();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let comparison =
        compare(&data, "local_regulations_enacted", PeriodChoice::Latest, Normalisation::Absolute).unwrap();
    let tables = [
        open_data::regions(&data),
        open_data::indicators(&data),
        open_data::sources(&data),
        open_data::honours(&data, None),
        open_data::observations(&data, &ObservationFilter::default()).unwrap(),
        open_data::comparison(&comparison),
        open_data::targets(&data, &Default::default(), today),
    ];
    for table in tables {
        assert!(!table.rows.is_empty(), "{:?} has rows", table.columns);
        assert!(table.rows.iter().all(|row| row.len() == table.columns.len()), "{:?}", table.columns);
    }
}

#[test]
fn observations_filter_by_region_indicator_category_and_period() {
    let data = seed();
    let all = open_data::observations(&data, &ObservationFilter::default()).unwrap();
    assert_eq!(all.rows.len(), data.observations().len());
    let hebi = ObservationFilter { region: Some("410600".into()), ..Default::default() };
    let rows = open_data::observations(&data, &hebi).unwrap().rows;
    assert!(!rows.is_empty() && rows.iter().all(|r| r[0] == Cell::text("410600")));
    let year = ObservationFilter { period: Some("2021".into()), ..Default::default() };
    let rows = open_data::observations(&data, &year).unwrap().rows;
    assert!(!rows.is_empty() && rows.iter().all(|r| r[7] == Cell::text("2021")));
    let category = data.indicators()[0].category.clone();
    let by_category = ObservationFilter { category: Some(category.clone()), ..Default::default() };
    let rows = open_data::observations(&data, &by_category).unwrap().rows;
    assert!(!rows.is_empty() && rows.iter().all(|r| r[6] == Cell::text(&category)));
}

#[test]
fn unknown_keys_are_errors_not_empty_results() {
    let data = seed();
    let filter = |f: ObservationFilter| open_data::observations(&data, &f).unwrap_err();
    let region = filter(ObservationFilter { region: Some("999999".into()), ..Default::default() });
    assert!(matches!(region, OpenDataError::UnknownRegion(_)));
    let indicator = filter(ObservationFilter { indicator: Some("nope".into()), ..Default::default() });
    assert!(matches!(indicator, OpenDataError::UnknownIndicator(_)));
    let category = filter(ObservationFilter { category: Some("nope".into()), ..Default::default() });
    assert!(matches!(category, OpenDataError::UnknownCategory(_)));
    let period = filter(ObservationFilter { period: Some("last year".into()), ..Default::default() });
    assert!(matches!(period, OpenDataError::BadPeriod(_)));
}

#[test]
fn a_downloaded_csv_uploads_back_as_the_same_figures() {
    let data = seed();
    let csv = open_data::observations(&data, &ObservationFilter::default()).unwrap().to_csv().unwrap();
    let text = String::from_utf8(csv).unwrap();
    let user = User { id: 1, name: "sup".into(), role: Role::Supervisor, region: None, active: true };
    let ctx = EntryContext { data: &data, user: &user, frozen: &[] };
    let changes = observation_changes("observations.csv", &text, &ctx).expect("the download is a valid upload");
    let read_back: Vec<_> = changes.into_iter().map(|c| c.observation).collect();
    assert_eq!(data.observations(), &read_back);
}

#[test]
fn neutralised_text_reads_back_as_written() {
    for text in ["=1+1", "-3 起", "@home", "+86", "plain", "'quoted"] {
        let written = data::export::safe_cell(text);
        assert_eq!(data::export::restore_cell(&written), text);
    }
}
