//! A CSV table read with its header, so every field can be reported by line and column.

use super::{LoadError, LoadErrorKind, SeedFiles};

pub(super) struct Table {
    header: Header,
    records: Vec<(u64, csv::StringRecord)>,
}

/// A file's name and column names: what a row needs to name its fields in errors.
pub(super) struct Header {
    pub(super) file: String,
    pub(super) headers: Vec<String>,
}

impl Header {
    /// Reads the header of `reader`, checking it has every `required` column.
    pub(super) fn read<R: std::io::Read>(
        file: &str,
        reader: &mut csv::Reader<R>,
        required: &[&str],
        errors: &mut Vec<LoadError>,
    ) -> Option<Header> {
        let error = |kind| LoadError { file: file.to_owned(), line: 1, column: None, kind };
        let headers: Vec<String> = match reader.headers() {
            // A UTF-8 byte order mark is no part of the first name.
            Ok(h) => h
                .iter()
                .enumerate()
                .map(|(i, h)| if i == 0 { h.trim_start_matches('\u{feff}') } else { h }.to_owned())
                .collect(),
            Err(e) => {
                errors.push(error(LoadErrorKind::Csv(e.to_string())));
                return None;
            }
        };
        let missing: Vec<_> = required.iter().filter(|c| !headers.iter().any(|h| h == *c)).collect();
        for column in &missing {
            errors.push(error(LoadErrorKind::MissingColumn((**column).to_owned())));
        }
        missing.is_empty().then(|| Header { file: file.to_owned(), headers })
    }

    pub(super) fn row<'t>(&'t self, line: u64, record: &'t csv::StringRecord) -> Row<'t> {
        Row { header: self, line, record }
    }
}

impl Table {
    /// Reads `file`, checking it has every `required` column. Problems go to `errors`.
    pub(super) fn read(
        files: &SeedFiles,
        file: &'static str,
        required: &[&str],
        errors: &mut Vec<LoadError>,
    ) -> Option<Table> {
        let Some(text) = files.get(file) else {
            errors.push(LoadError { file: file.to_owned(), line: 0, column: None, kind: LoadErrorKind::MissingFile });
            return None;
        };
        Self::parse(file, text, required, Numbering::Line, errors)
    }

    /// Parses CSV `text` named `file`; records are numbered as `numbering` says.
    pub(super) fn parse(
        file: &str,
        text: &str,
        required: &[&str],
        numbering: Numbering,
        errors: &mut Vec<LoadError>,
    ) -> Option<Table> {
        let error = |line, kind| LoadError { file: file.to_owned(), line, column: None, kind };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let header = Header::read(file, &mut reader, required, errors)?;
        let mut records = Vec::new();
        for (index, result) in reader.records().enumerate() {
            match result {
                Ok(record) => {
                    let line = match numbering {
                        Numbering::Line => record.position().map_or(0, |p| p.line()),
                        // The header is row 1, as a spreadsheet shows it.
                        Numbering::Record => index as u64 + 2,
                    };
                    records.push((line, record));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    errors.push(error(line, LoadErrorKind::Csv(e.to_string())));
                }
            }
        }
        Some(Table { header, records })
    }

    pub(super) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(|(line, record)| self.header.row(*line, record))
    }
}

/// How records are numbered in errors: by the text line they start on (seed files, read in
/// an editor), or by row (uploads, read in a spreadsheet, where a cell may hold line breaks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Numbering {
    Line,
    Record,
}

/// One record; its accessors push located errors and return `None` on a bad field.
pub(super) struct Row<'t> {
    header: &'t Header,
    pub(super) line: u64,
    record: &'t csv::StringRecord,
}

impl Row<'_> {
    fn index(&self, column: &str) -> usize {
        self.header.headers.iter().position(|h| h == column).expect("column checked on read")
    }

    /// The raw text of a column (empty if absent).
    pub(super) fn text(&self, column: &str) -> &str {
        self.record.get(self.index(column)).unwrap_or("")
    }

    /// The name of the first column whose text is longer than `chars` characters.
    pub(super) fn column_longer_than(&self, chars: usize) -> Option<String> {
        // A UTF-8 character is at most 4 bytes: most fields are decided by their length alone.
        let long = |text: &str| text.len() > chars && (text.len() > 4 * chars || text.chars().count() > chars);
        let index = self.record.iter().position(long)?;
        Some(self.header.headers.get(index).cloned().unwrap_or_default())
    }

    /// The text of a column that a file may leave out altogether.
    pub(super) fn text_if_present(&self, column: &str) -> &str {
        match self.header.headers.iter().position(|h| h == column) {
            Some(index) => self.record.get(index).unwrap_or(""),
            None => "",
        }
    }

    pub(super) fn error(&self, column: &str, kind: LoadErrorKind) -> LoadError {
        LoadError {
            file: self.header.file.clone(),
            line: self.line,
            column: Some((self.index(column) + 1, column.to_owned())),
            kind,
        }
    }

    /// An error about a column that a file may leave out altogether.
    pub(super) fn error_at_optional(&self, column: &str, kind: LoadErrorKind) -> LoadError {
        let number = self.header.headers.iter().position(|h| h == column).map_or(0, |i| i + 1);
        LoadError { file: self.header.file.clone(), line: self.line, column: Some((number, column.to_owned())), kind }
    }

    /// A non-empty text.
    pub(super) fn required(&self, column: &str, errors: &mut Vec<LoadError>) -> Option<String> {
        self.parse(column, errors, |s| Ok(s.to_owned()))
    }

    /// A non-empty field run through `parse`.
    pub(super) fn parse<T>(
        &self,
        column: &str,
        errors: &mut Vec<LoadError>,
        parse: impl FnOnce(&str) -> Result<T, LoadErrorKind>,
    ) -> Option<T> {
        let text = self.text(column);
        let result = if text.trim().is_empty() { Err(LoadErrorKind::Empty) } else { parse(text) };
        result.map_err(|kind| errors.push(self.error(column, kind))).ok()
    }

    /// An optional field: empty is `Ok(None)`.
    pub(super) fn optional<T>(
        &self,
        column: &str,
        errors: &mut Vec<LoadError>,
        parse: impl FnOnce(&str) -> Result<T, LoadErrorKind>,
    ) -> Result<Option<T>, ()> {
        if self.text(column).trim().is_empty() {
            return Ok(None);
        }
        self.parse(column, errors, parse).map(Some).ok_or(())
    }

    /// Checks that `key` names an entry of a table already loaded.
    pub(super) fn reference(
        &self,
        column: &str,
        errors: &mut Vec<LoadError>,
        exists: impl Fn(&str) -> bool,
        unknown: fn(String) -> LoadErrorKind,
    ) -> Option<String> {
        self.parse(column, errors, |s| if exists(s) { Ok(s.to_owned()) } else { Err(unknown(s.to_owned())) })
    }
}

/// Parses a finite decimal number.
pub(super) fn number(text: &str) -> Result<f64, LoadErrorKind> {
    text.trim().parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| LoadErrorKind::BadNumber(text.to_owned()))
}

/// Parses a `YYYY-MM-DD` date, returning it in that form.
pub(crate) fn date(text: &str) -> Result<String, LoadErrorKind> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(|d| d.to_string())
        .map_err(|_| LoadErrorKind::BadDate(text.to_owned()))
}

/// Tracks first occurrences of keys to report duplicates.
pub(super) struct Seen<K: std::hash::Hash + Eq>(std::collections::HashMap<K, u64>);

impl<K: std::hash::Hash + Eq> Default for Seen<K> {
    fn default() -> Self {
        Self(std::collections::HashMap::new())
    }
}

impl<K: std::hash::Hash + Eq> Seen<K> {
    /// Records `key` at `line`; returns the first line if it was seen before.
    pub(super) fn first(&mut self, key: K, line: u64) -> Option<u64> {
        match self.0.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(line);
                None
            }
        }
    }
}
