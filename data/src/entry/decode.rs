use calamine::{DataRef, Reader, Xlsx};
use std::{
    collections::BTreeMap,
    io::{Cursor, Read},
};

/// What one upload may cost to read: a workbook's parts, inflated, and the cells of its first
/// sheet. A figures file of the largest size accepted (5 MB) fits well inside each; a file
/// that does not is refused before anything is allocated for it.
pub mod budget {
    /// Every part of an XLSX archive, decompressed: shared strings and sheets are XML, which
    /// compresses a thousandfold, so a 2 KB file could otherwise claim gigabytes.
    pub const INFLATED_BYTES: u64 = 64 << 20;
    /// Parts of an XLSX archive (a workbook has a dozen).
    pub const PARTS: usize = 1_000;
    /// Columns of a sheet: the upload format has 11.
    pub const COLUMNS: u32 = 64;
    /// Rows with data, in a sheet or a CSV file.
    pub const ROWS: usize = 100_000;
    /// Non-empty cells of a sheet.
    pub const CELLS: usize = 1_000_000;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the XLSX workbook cannot be read (it may be truncated or damaged): {0}")]
    Xlsx(String),
    #[error("the workbook has no worksheet")]
    NoSheet,
    #[error("the file is neither UTF-8 nor GBK/GB18030 text, nor an XLSX workbook")]
    Encoding,
    #[error("the workbook unpacks to more than {} MiB", budget::INFLATED_BYTES >> 20)]
    Inflates,
    #[error("the sheet has cells beyond column {}", budget::COLUMNS)]
    TooWide,
    #[error("the file has more than {} rows", budget::ROWS)]
    TooManyRows,
    #[error("the sheet has more than {} cells", budget::CELLS)]
    TooManyCells,
}

/// The file's first table as CSV text. XLSX is recognised by its content (a ZIP archive),
/// not its name; text is UTF-8 (a BOM is dropped) or else GB18030, a superset of GBK.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // calamine indexes some tables unchecked (a cell naming a shared string past the end of
        // the table panics): a damaged workbook is refused, whatever part of it is damaged.
        return std::panic::catch_unwind(|| xlsx(bytes)).unwrap_or_else(|_| Err(DecodeError::Xlsx("damaged".into())));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
        .ok_or(DecodeError::Encoding)
}

fn xlsx(bytes: &[u8]) -> Result<String, DecodeError> {
    // calamine reads the shared strings whole when it opens a workbook: measure every part by
    // inflating it (the sizes an archive declares may lie) before it does.
    check_inflated_size(bytes)?;
    let damaged = |e: calamine::XlsxError| DecodeError::Xlsx(e.to_string());
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let first = workbook.sheet_names().into_iter().next().ok_or(DecodeError::NoSheet)?;
    // Cell by cell, never `worksheet_range`: it allocates the sheet's whole rectangle, and a
    // file naming cells A1 and XFD1048576 asks for 17 billion of them.
    let mut cells = workbook.worksheet_cells_reader(&first).map_err(damaged)?;
    let mut rows: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    let mut count = 0;
    while let Some(cell) = cells.next_cell().map_err(damaged)? {
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (row, column) = cell.get_position();
        if column >= budget::COLUMNS {
            return Err(DecodeError::TooWide);
        }
        count += 1;
        if count > budget::CELLS {
            return Err(DecodeError::TooManyCells);
        }
        rows.entry(row).or_default().push((column, text));
        if rows.len() > budget::ROWS {
            return Err(DecodeError::TooManyRows);
        }
    }
    // Every row as wide as the widest, as a CSV reader expects.
    let width = rows.values().flatten().map(|(column, _)| *column as usize + 1).max().unwrap_or(0);
    let mut writer = csv::Writer::from_writer(Vec::new());
    for cells in rows.into_values() {
        let mut record = vec![String::new(); width];
        for (column, text) in cells {
            record[column as usize] = text;
        }
        writer.write_record(&record).map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    }
    let bytes = writer.into_inner().map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| DecodeError::Xlsx(e.to_string()))
}

/// Inflates every part of the archive into nothing, counting, and stops at the budget.
fn check_inflated_size(bytes: &[u8]) -> Result<(), DecodeError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    if archive.len() > budget::PARTS {
        return Err(DecodeError::Inflates);
    }
    let mut left = budget::INFLATED_BYTES;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(|e| DecodeError::Xlsx(e.to_string()))?;
        let read = std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|e| DecodeError::Xlsx(e.to_string()))?;
        left = left.checked_sub(read).ok_or(DecodeError::Inflates)?;
    }
    Ok(())
}

/// A cell as the text a person typed: 2022 stays `2022`, not `2022.0`.
fn cell_text(data: &DataRef) -> String {
    match data {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        other => calamine::Data::from(other.clone()).to_string(),
    }
}
