//! Open data: every public table as rows of typed cells, so the JSON API and the CSV downloads
//! carry the same columns and the same numbers. Names come in both languages (`name_zh`,
//! `name_en`); keys are the stable ones used in URLs and uploads.

mod catalogue;
mod comparison;
mod observations;
mod rows;
mod targets;

pub use catalogue::{honours, indicators, regions, sources};
pub use comparison::comparison;
pub use observations::{ObservationFilter, ObservationRows, check_region, observations};
pub use rows::{Page, Rows, csv_chunks};
pub use targets::targets;

use crate::export::safe_cell;
use serde::Serialize;

/// One value of a row. JSON writes it as a string, number, boolean or null.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Number(f64),
    Integer(i64),
    Bool(bool),
    Null,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    /// Text, or null when empty.
    pub fn optional(text: &str) -> Self {
        if text.is_empty() { Cell::Null } else { Cell::text(text) }
    }

    /// The cell as a CSV field: text neutralised against formula injection, numbers plain.
    fn csv_field(&self) -> String {
        match self {
            Cell::Text(text) => safe_cell(text).into_owned(),
            Cell::Number(value) => crate::format::plain(*value),
            Cell::Integer(value) => value.to_string(),
            Cell::Bool(value) => value.to_string(),
            Cell::Null => String::new(),
        }
    }
}

/// A public table: named columns and rows of cells, one per column.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(columns: &'static [&'static str]) -> Self {
        Self { columns, rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "a row has one cell per column");
        self.rows.push(row);
    }

    /// Rows `offset..offset + limit`, for paging.
    pub fn page(mut self, offset: usize, limit: usize) -> Self {
        let end = offset.saturating_add(limit).min(self.rows.len());
        self.rows = if offset < end { self.rows.drain(offset..end).collect() } else { Vec::new() };
        self
    }

    /// The rows as JSON objects, keys in column order.
    pub fn records(&self) -> Records<'_> {
        Records(self)
    }

    /// The table as CSV: UTF-8 with a byte-order mark (Excel then reads the Chinese), text
    /// cells starting with `= + - @`, a tab or a carriage return neutralised.
    pub fn to_csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
        writer.write_record(self.columns)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(Cell::csv_field))?;
        }
        writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

/// A table serialised as an array of objects, each with its keys in column order.
#[derive(Clone, Copy, Debug)]
pub struct Records<'a>(&'a Table);

impl Serialize for Records<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut rows = serializer.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            rows.serialize_element(&Record { columns: self.0.columns, row })?;
        }
        rows.end()
    }
}

struct Record<'a> {
    columns: &'a [&'a str],
    row: &'a [Cell],
}

impl Serialize for Record<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, cell) in self.columns.iter().zip(self.row) {
            map.serialize_entry(column, cell)?;
        }
        map.end()
    }
}

/// Why an open-data request has no answer; every case is the caller's to correct.
#[derive(Debug, thiserror::Error)]
pub enum OpenDataError {
    #[error("unknown region {0:?}")]
    UnknownRegion(String),
    #[error("unknown indicator {0:?}")]
    UnknownIndicator(String),
    #[error("unknown category {0:?}")]
    UnknownCategory(String),
    #[error(transparent)]
    BadPeriod(#[from] crate::period::PeriodParseError),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut table = Table::new(&["name", "value", "note"]);
        table.push(vec![Cell::text("=HYPERLINK(\"x\")"), Cell::Number(-3.5), Cell::Null]);
        table.push(vec![Cell::text("鹤壁市"), Cell::Number(12000.0), Cell::text("@once")]);
        table
    }

    #[test]
    fn csv_has_a_bom_and_neutralises_formulas_but_not_numbers() {
        let csv = String::from_utf8(table().to_csv().unwrap()).unwrap();
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<_> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines, ["name,value,note", "\"'=HYPERLINK(\"\"x\"\")\",-3.5,", "鹤壁市,12000,'@once"]);
    }

    #[test]
    fn json_records_keep_types_and_column_order() {
        let json = serde_json::to_string(&table().records()).unwrap();
        assert_eq!(
            json,
            r#"[{"name":"=HYPERLINK(\"x\")","value":-3.5,"note":null},{"name":"鹤壁市","value":12000.0,"note":"@once"}]"#
        );
    }

    #[test]
    fn pages_past_the_end_are_empty() {
        assert_eq!(table().page(1, 10).rows.len(), 1);
        assert!(table().page(5, 10).rows.is_empty());
        assert_eq!(table().page(0, 1).rows[0][0], Cell::text("=HYPERLINK(\"x\")"));
    }
}
