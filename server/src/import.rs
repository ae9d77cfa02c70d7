//! `server import`: figures from a file into the store, all or nothing. A UTF-8 CSV is
//! streamed record by record under a progress bar (a national file has millions of rows and
//! need not fit in memory); XLSX and GBK-encoded CSV are read whole, as uploads are.

use data::{
    Live, LoadErrors,
    entry::{EntryContext, EntryStream},
    store::{ChangeReport, StoreError, User},
};
use indicatif::{ProgressBar, ProgressStyle};
use std::{
    fs::File,
    io::{BufReader, Read},
    path::Path,
};

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error(transparent)]
    Decode(#[from] data::entry::DecodeError),
    #[error("nothing was imported: {} problem(s) in the file{}", count(.0), list(.0))]
    Invalid(#[from] LoadErrors),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Every problem, named or counted in the last (`MoreErrors`).
fn count(errors: &LoadErrors) -> u64 {
    let unlisted = |e: &data::LoadError| match e.kind {
        data::LoadErrorKind::MoreErrors(n) => n,
        _ => 1,
    };
    errors.0.iter().map(unlisted).sum()
}

/// The first [`data::entry::MAX_ERRORS`] problems, and a last line counting the rest.
fn list(errors: &LoadErrors) -> String {
    errors.0.iter().map(|e| format!("\n  {e}")).collect()
}

/// Imports `path` as `user` (who may edit every figure it holds) with `reason` for the audit
/// trail, straight into the store: `live`'s dataset is not refreshed (the command ends here,
/// and re-reading millions of figures would double its time and memory).
pub fn import(live: &Live, user: &User, path: &Path, reason: &str) -> Result<ChangeReport, ImportError> {
    let name = path.display().to_string();
    let read_error = |source| ImportError::Read { path: name.clone(), source };
    let frozen = live.figures().frozen_periods()?;
    let data = live.dataset();
    let ctx = EntryContext { data: &data, user, frozen: &frozen };
    if !is_utf8_csv(path).map_err(read_error)? {
        // Decoded whole (XLSX within the upload budgets), then streamed like any CSV: the
        // upload's row limit is for the web, not for an operator's file.
        let text = data::entry::decode(&std::fs::read(path).map_err(read_error)?)?;
        let mut stream = EntryStream::new(&name, text.as_bytes(), &ctx);
        let recorded = live.figures().record_observation_stream(&user.actor(), &mut stream, reason, &name);
        stream.finish()?;
        return Ok(recorded?);
    }
    let file = File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    // Drawn on standard error, and only on a terminal.
    let progress = ProgressBar::new(size).with_style(
        ProgressStyle::with_template("{wide_bar} {binary_bytes}/{binary_total_bytes} {elapsed} (~{eta} left)")
            .expect("the template is valid"),
    );
    let input = progress.wrap_read(BufReader::with_capacity(1 << 20, file));
    let mut stream = EntryStream::new(&name, input, &ctx);
    let recorded = live.figures().record_observation_stream(&user.actor(), &mut stream, reason, &name);
    progress.finish_and_clear();
    // The file's problems first: the store's refusal only says that there were some.
    stream.finish()?;
    Ok(recorded?)
}

/// Whether `path` is a CSV whose start reads as UTF-8 (the encoding `server export` writes).
fn is_utf8_csv(path: &Path) -> std::io::Result<bool> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
        return Ok(false);
    }
    let mut start = Vec::with_capacity(64 * 1024);
    File::open(path)?.take(64 * 1024).read_to_end(&mut start)?;
    // A character cut at the end of the sample is no sign of another encoding.
    Ok(std::str::from_utf8(&start).map_or_else(|e| e.error_len().is_none(), |_| true) && !start.starts_with(b"PK"))
}
