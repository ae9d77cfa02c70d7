use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

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
}

/// The file's first table as CSV text. XLSX is recognised by its content (a ZIP archive),
/// not its name; text is UTF-8 (a BOM is dropped) or else GB18030, a superset of GBK.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return xlsx(bytes);
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
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    let range =
        workbook.worksheet_range_at(0).ok_or(DecodeError::NoSheet)?.map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        writer.write_record(&cells).map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    }
    let bytes = writer.into_inner().map_err(|e| DecodeError::Xlsx(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| DecodeError::Xlsx(e.to_string()))
}

/// A cell as the text a person typed: 2022 stays `2022`, not `2022.0`.
fn cell(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}
