//! Uploads an attacker would send (`tests/files/`, written by `make_attack_files.py`): each is
//! refused or read within the upload budgets, never at the cost its content asks for.

use data::{
    LoadErrorKind, SeedFiles,
    entry::{DecodeError, EntryContext, MAX_CELL_CHARS, MAX_ERRORS, budget, decode, observation_changes},
    store::{Role, User},
};

fn file(name: &str) -> Vec<u8> {
    let path = format!("{}/../tests/files/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(csv: &str) -> Result<usize, Vec<data::LoadError>> {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    let user = User { id: 1, name: "sup".into(), role: Role::Supervisor, region: None, active: true };
    let ctx = EntryContext { data: &data, user: &user, frozen: &[] };
    observation_changes("upload.csv", csv, &ctx).map(|changes| changes.len()).map_err(|e| e.0)
}

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

#[test]
fn a_workbook_with_cells_at_opposite_corners_is_refused_without_allocating_the_sheet() {
    // 1,896 bytes naming A1 and XFD1048576: read densely, 549,755,813,888 bytes.
    assert_eq!(decode(&file("corners-a1-xfd1048576.xlsx")), Err(DecodeError::TooWide));
}

#[test]
fn a_workbook_with_cells_a_million_rows_apart_costs_two_cells() {
    let csv = decode(&file("far-rows-a1-z1000000.xlsx")).unwrap();
    assert!(csv.len() < 100, "{csv:?}");
    assert!(csv.starts_with("region,,"), "{csv:?}");
}

#[test]
fn shared_strings_that_inflate_past_the_budget_are_refused_before_they_are_read() {
    let bytes = file("shared-strings-bomb.xlsx");
    assert!(bytes.len() < 256 * 1024, "a small file…");
    assert_eq!(decode(&bytes), Err(DecodeError::Inflates), "…that unpacks to 200 MiB");
}

#[test]
fn a_workbook_naming_a_shared_string_past_the_table_is_refused_not_a_panic() {
    // Found by the property tests: calamine indexes the shared strings unchecked.
    assert!(matches!(decode(&file("damaged-shared-string-index.xlsx")), Err(DecodeError::Xlsx(_))));
}

#[test]
fn a_file_of_thousands_of_errors_names_the_first_hundred_and_counts_the_rest() {
    let csv = String::from_utf8(file("many-errors.csv")).unwrap();
    let errors = check(&csv).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    let LoadErrorKind::MoreErrors(unlisted) = errors[MAX_ERRORS].kind else {
        panic!("the last says how many more: {:?}", errors[MAX_ERRORS]);
    };
    assert!(unlisted > 15_000, "{unlisted}");
}

#[test]
fn a_cell_longer_than_the_budget_is_one_error_that_does_not_quote_it() {
    let quote = "长".repeat(MAX_CELL_CHARS + 1);
    let csv = format!("{HEADER}410600,legality_reviews,2023,x{quote},exact,,,rmw-20220917,{quote},,\n");
    let errors = check(&csv).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].kind, LoadErrorKind::CellTooLong(MAX_CELL_CHARS));
    assert_eq!(errors[0].column_name(), "value");
    let fits =
        format!("{HEADER}410600,legality_reviews,2023,7,exact,,,rmw-20220917,{},,\n", "长".repeat(MAX_CELL_CHARS));
    assert_eq!(check(&fits), Ok(1), "a cell of exactly the budget is fine");
}

#[test]
fn a_file_of_more_rows_than_the_budget_is_refused_as_it_is_read() {
    let row = "410600,legality_reviews,2023,1,exact,,,rmw-20220917,,p,\n";
    let csv = format!("{HEADER}{}", row.repeat(budget::ROWS + 1));
    let errors = check(&csv).unwrap_err();
    assert!(errors.iter().any(|e| e.kind == LoadErrorKind::TooManyRows(budget::ROWS)), "{:?}", &errors[..3]);
}
