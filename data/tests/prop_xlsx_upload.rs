//! Properties of XLSX uploads, written with rust_xlsxwriter as a spreadsheet would save them:
//! valid rows come back as typed (numbers as numbers, keys as text), any workbook decodes, and
//! no damaged workbook makes the decoder panic.

mod uploads;

use data::entry::{ENTRY_COLUMNS, decode};
use proptest::prelude::*;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};
use uploads::{Entry, check, entries, junk_field};

/// What a person puts in a cell.
#[derive(Clone, Debug)]
enum Cell {
    Text(String),
    Number(f64),
    Bool(bool),
    Formula(String),
}

fn write(sheet: &mut Worksheet, row: u32, column: u16, cell: &Cell) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(text) => sheet.write_string(row, column, text),
        Cell::Number(n) => sheet.write_number(row, column, *n),
        Cell::Bool(b) => sheet.write_boolean(row, column, *b),
        Cell::Formula(f) => sheet.write_formula(row, column, f.as_str()),
    }
    .map(|_| ())
}

/// A workbook whose first sheet holds `cells`; cells the writer refuses (a text over Excel's
/// 32,767 characters, say) are left out, as Excel would not save them either.
fn workbook(cells: &[(u32, u16, Cell)]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, column, cell) in cells {
        let _ = write(sheet, *row, *column, cell);
    }
    workbook.save_to_buffer().expect("the workbook is written to memory")
}

/// A valid row as a person types it: keys that look like numbers (region codes, years) and
/// values as numbers or as text, other fields as text, empty fields as empty cells.
fn typed_cells(entry: &Entry, as_numbers: bool) -> Vec<Cell> {
    entry
        .fields()
        .into_iter()
        .enumerate()
        .map(|(column, text)| match text.parse::<f64>() {
            Ok(n) if as_numbers && ["region", "period", "value"].contains(&ENTRY_COLUMNS[column]) => Cell::Number(n),
            _ => Cell::Text(text),
        })
        .collect()
}

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        4 => junk_field(false).prop_map(Cell::Text),
        1 => "[A-Z]{1,3}[0-9]{1,7}(,[0-9]{1,3})?".prop_map(Cell::Text),
        2 => any::<f64>().prop_map(Cell::Number),
        1 => any::<bool>().prop_map(Cell::Bool),
        1 => "=[A-Z]{1,3}[0-9]{1,7}[+*/-][0-9]{1,4}".prop_map(Cell::Formula),
    ]
}

/// Cells anywhere in a small corner of the sheet, now and then under the upload's header.
fn cells() -> impl Strategy<Value = Vec<(u32, u16, Cell)>> {
    let header: Vec<_> = ENTRY_COLUMNS.iter().zip(0..).map(|(c, i)| (0, i, Cell::Text((*c).to_owned()))).collect();
    (any::<bool>(), prop::collection::vec((0u32..64, 0u16..16, cell()), 0..200)).prop_map(
        move |(with_header, mut cells)| {
            if with_header {
                cells.retain(|(row, ..)| *row > 0);
                cells.extend(header.iter().cloned());
            }
            cells
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_rows_come_back_as_typed(rows in entries(20), as_numbers in any::<bool>()) {
        let mut cells: Vec<_> = ENTRY_COLUMNS.iter().zip(0..).map(|(c, i)| (0, i, Cell::Text((*c).to_owned()))).collect();
        for (row, entry) in (1..).zip(&rows) {
            cells.extend((0..).zip(typed_cells(entry, as_numbers)).map(|(column, cell)| (row, column, cell)));
        }
        let text = decode(&workbook(&cells));
        prop_assert!(text.is_ok(), "{text:?}");
        let expected: Vec<_> = rows.iter().map(Entry::change).collect();
        prop_assert_eq!(check(&text.unwrap_or_default()).map_err(|e| e.to_string()), Ok(expected));
    }

    #[test]
    fn any_workbook_decodes_and_is_checked_without_panicking(cells in cells()) {
        let text = decode(&workbook(&cells));
        prop_assert!(text.is_ok(), "{text:?}");
        let _ = check(&text.unwrap_or_default());
    }

    /// Found by this test: calamine 0.31 indexes the shared strings by a cell's `<v>` without a
    /// bounds check (`xlsx/cells_reader.rs:358`), so a cell naming a string past the table
    /// panics the decoder; a stored upload then panics every preview of it.
    #[test]
    fn a_damaged_workbook_is_refused_or_read(
        cells in cells(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        keep in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = workbook(&cells);
        for (at, byte) in damage {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        if let Some(keep) = keep {
            bytes.truncate(keep.index(bytes.len()) + 1);
        }
        if let Ok(text) = decode(&bytes) {
            let _ = check(&text);
        }
    }
}
