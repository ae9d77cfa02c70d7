//! `server extract`: the figures a published report states, as an upload file on standard
//! output, for a person to check and correct before `server import`. Nothing is written.

use data::{
    Live,
    entry::MAX_CELL_CHARS,
    entry::report::{Catalogue, DocumentError, UploadRow, budget, published_date, read_document, rows_csv},
};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is larger than {limit} bytes")]
    TooLarge { path: String, limit: u64 },
    #[error("{0}")]
    Document(#[from] DocumentError),
    #[error("unknown region {0}")]
    Region(String),
    #[error("unknown source {0}")]
    Source(String),
    #[error("publication date {0:?}: expected YYYY-MM-DD")]
    Date(String),
}

/// What the command was told besides the file.
pub struct ExtractArgs<'a> {
    pub published: Option<&'a str>,
    pub region: Option<&'a str>,
    pub source: Option<&'a str>,
    /// The largest file read (the web's upload limit).
    pub limit: u64,
}

/// The candidates as CSV in the upload format, and whether the text states more than the budget.
pub fn extract(live: &Live, file: &Path, args: &ExtractArgs) -> Result<(String, bool), ExtractError> {
    let path = file.display().to_string();
    let size = std::fs::metadata(file).map_err(|source| ExtractError::Read { path: path.clone(), source })?.len();
    if size > args.limit {
        return Err(ExtractError::TooLarge { path, limit: args.limit });
    }
    let bytes = std::fs::read(file).map_err(|source| ExtractError::Read { path: path.clone(), source })?;
    let text = read_document(&path, &bytes)?;
    let data = live.dataset();
    if let Some(code) = args.region
        && data.region(code).is_none()
    {
        return Err(ExtractError::Region(code.to_owned()));
    }
    let source = match args.source {
        Some(id) => Some(data.source(id).ok_or_else(|| ExtractError::Source(id.to_owned()))?),
        None => None,
    };
    // The report's own date resolves "今年" and "去年"; without one, today's.
    let published = match args.published.or(source.map(|s| s.published.as_str())) {
        Some(date) => published_date(date).ok_or_else(|| ExtractError::Date(date.to_owned()))?,
        None => data::supervision::today(),
    };
    let catalogue = Catalogue::of(&data);
    let cx = catalogue.context(published, args.region);
    let (candidates, left_out) = data::extract::extract_bounded(&text, &cx, budget::CANDIDATES, MAX_CELL_CHARS);
    let rows: Vec<UploadRow> =
        candidates.iter().map(|c| UploadRow::proposed(c, args.source.unwrap_or_default())).collect();
    Ok((rows_csv(&rows), left_out))
}
