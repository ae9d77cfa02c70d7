//! A published report (a work report, a news release) read for its figures: the document as
//! text, the catalogue the extraction matches against, and the proposed figures as rows of the
//! upload format, so what an office confirms passes the same checks as an uploaded file.

mod document;
mod markup;
mod new_indicator;
mod rows;

pub use document::{DocumentError, budget, read_document, read_text};
pub use new_indicator::{NewIndicatorError, new_indicator};
pub use rows::{Catalogue, UploadRow, rows_csv};

/// A report's date as typed (`2024-03-15`), or a source's month (`2024-03`, read as its first
/// day): what "今年" and "去年" are counted from.
pub fn published_date(date: &str) -> Option<chrono::NaiveDate> {
    let date = date.trim();
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d"))
        .ok()
}
