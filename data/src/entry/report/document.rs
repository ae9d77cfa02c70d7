use super::markup::{docx_text, html_text};
use std::io::{Cursor, Read};

/// What reading one report may cost: the text proposed from, the Word document inflated, and
/// the rows proposed for review. A long annual report is 30,000 to 60,000 characters.
pub mod budget {
    /// Characters of text, pasted or read from a file.
    pub const CHARS: usize = 200_000;
    /// `word/document.xml`, inflated: its markup is ten times the text, and XML compresses a
    /// thousandfold, so a small file could otherwise claim gigabytes.
    pub const DOCX_INFLATED_BYTES: u64 = 16 << 20;
    /// Figures proposed for review: a page of more is not reviewed by anyone.
    pub const CANDIDATES: usize = 500;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("the text is empty")]
    Empty,
    #[error("the file is neither UTF-8 nor GBK/GB18030 text, nor a Word (.docx) document")]
    Encoding,
    #[error("the Word document cannot be read (it may be damaged): {0}")]
    Docx(String),
    #[error("the Word document unpacks to more than {} MiB", budget::DOCX_INFLATED_BYTES >> 20)]
    Inflates,
    #[error("the text has more than {} characters", budget::CHARS)]
    TooLong,
}

/// The text of an uploaded report: `.docx` by its content (a ZIP archive), HTML by its name or
/// its first tag, anything else plain text in UTF-8 (a BOM is dropped) or else GB18030.
pub fn read_document(file_name: &str, bytes: &[u8]) -> Result<String, DocumentError> {
    if bytes.is_empty() {
        return Err(DocumentError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_text(&docx_text(&document_xml(bytes)?));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| text.into_owned())
            .ok_or(DocumentError::Encoding)?,
    };
    let name = file_name.to_ascii_lowercase();
    let html = name.ends_with(".html") || name.ends_with(".htm") || looks_like_html(&text);
    read_text(&if html { html_text(&text) } else { text })
}

/// A pasted or decoded text as the extraction reads it: line ends as `\n`, control characters
/// other than tabs and line ends dropped (they print as nothing and break sentences), within
/// [`budget::CHARS`].
pub fn read_text(text: &str) -> Result<String, DocumentError> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text: String = text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect();
    if text.trim().is_empty() {
        return Err(DocumentError::Empty);
    }
    if text.chars().count() > budget::CHARS {
        return Err(DocumentError::TooLong);
    }
    Ok(text)
}

fn looks_like_html(text: &str) -> bool {
    let start: String = text.trim_start().chars().take(200).collect::<String>().to_ascii_lowercase();
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || start.starts_with("<?xml") && start.contains("<html")
}

/// The body of a Word document, read no further than the budget (the sizes an archive
/// declares may lie).
fn document_xml(bytes: &[u8]) -> Result<String, DocumentError> {
    let damaged = |e: &dyn std::fmt::Display| DocumentError::Docx(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let part = archive.by_name("word/document.xml").map_err(|e| damaged(&e))?;
    let mut xml = Vec::new();
    part.take(budget::DOCX_INFLATED_BYTES + 1).read_to_end(&mut xml).map_err(|e| damaged(&e))?;
    if xml.len() as u64 > budget::DOCX_INFLATED_BYTES {
        return Err(DocumentError::Inflates);
    }
    String::from_utf8(xml).map_err(|_| DocumentError::Encoding)
}
