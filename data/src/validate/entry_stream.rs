//! An upload read record by record — a national file holds millions of rows — checked by the
//! same rules as any upload, for the store to record as they come
//! ([`crate::store::Store::record_observation_stream`]).

use super::{
    LoadError, LoadErrorKind, LoadErrors,
    entry::{EntryCheck, EntryContext, REQUIRED},
    table::Header,
};
use crate::store::{ObservationChange, StoreError};
use std::io::Read;

/// Problems named: enough to fix a file by, not a copy of it. The rest are counted.
pub const MAX_ERRORS: usize = 100;

/// The changes of an upload-format CSV (UTF-8), one record at a time. After the first
/// problem it yields no more changes, reads on to name up to [`MAX_ERRORS`] of them and count
/// the rest, then yields one `Err(StoreError::Refused)` so the store records nothing.
pub struct EntryStream<'a, R: Read> {
    reader: csv::Reader<R>,
    header: Option<Header>,
    check: EntryCheck<'a>,
    record: csv::StringRecord,
    /// Records read, the header not counted.
    records: u64,
    errors: Vec<LoadError>,
    /// Problems found past the first [`MAX_ERRORS`].
    unlisted: u64,
    /// More records than this are refused, as soon as they are read.
    row_limit: Option<usize>,
    done: bool,
    /// Whether the closing `Err` was yielded.
    refused: bool,
}

impl<'a, R: Read> EntryStream<'a, R> {
    /// Reads the header of `input` (named `file` in errors).
    pub fn new(file: &str, input: R, ctx: &'a EntryContext<'a>) -> Self {
        let mut reader = csv::ReaderBuilder::new().from_reader(input);
        let mut errors = Vec::new();
        let header = Header::read(file, &mut reader, &REQUIRED, &mut errors);
        let check = EntryCheck::new(ctx);
        Self {
            reader,
            header,
            check,
            record: csv::StringRecord::new(),
            records: 0,
            errors,
            unlisted: 0,
            row_limit: None,
            done: false,
            refused: false,
        }
    }

    /// Refuses a file of more than `rows` records.
    pub fn with_row_limit(self, rows: usize) -> Self {
        Self { row_limit: Some(rows), ..self }
    }

    /// The number of records read, or the problems found (the first [`MAX_ERRORS`], then
    /// one saying how many more there were).
    pub fn finish(mut self) -> Result<u64, LoadErrors> {
        if self.errors.is_empty() {
            return Ok(self.records);
        }
        if self.unlisted > 0 {
            let file = self.errors[0].file.clone();
            self.errors.push(LoadError { file, line: 0, column: None, kind: LoadErrorKind::MoreErrors(self.unlisted) });
        }
        Err(LoadErrors(self.errors))
    }
}

impl<R: Read> Iterator for EntryStream<'_, R> {
    type Item = Result<ObservationChange, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(header) = &self.header {
            while !self.done {
                // As a spreadsheet numbers rows: the header is row 1.
                let row_number = self.records + 2;
                match self.reader.read_record(&mut self.record) {
                    Ok(false) => self.done = true,
                    Ok(true) if self.row_limit.is_some_and(|limit| self.records >= limit as u64) => {
                        let (file, kind) = (header.file.clone(), LoadErrorKind::TooManyRows(self.records as usize));
                        // First: it is why the rest of the file was not read.
                        self.errors.insert(0, LoadError { file, line: row_number, column: None, kind });
                        self.done = true;
                    }
                    Ok(true) => {
                        self.records += 1;
                        let change = self.check.row(&header.row(row_number, &self.record), &mut self.errors);
                        if let Some(change) = change.filter(|_| self.errors.is_empty()) {
                            return Some(Ok(change));
                        }
                    }
                    Err(e) => {
                        self.records += 1;
                        let (file, kind) = (header.file.clone(), LoadErrorKind::Csv(e.to_string()));
                        self.errors.push(LoadError { file, line: row_number, column: None, kind });
                        // Past a bad record the reader goes on; past an I/O error it cannot.
                        self.done =
                            !matches!(e.kind(), csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. });
                    }
                }
                if self.errors.len() > MAX_ERRORS {
                    self.unlisted += (self.errors.len() - MAX_ERRORS) as u64;
                    self.errors.truncate(MAX_ERRORS);
                }
            }
        }
        // Once, at the end, if anything was wrong.
        let refused = !self.errors.is_empty() && !std::mem::replace(&mut self.refused, true);
        refused.then_some(Err(StoreError::Refused))
    }
}
