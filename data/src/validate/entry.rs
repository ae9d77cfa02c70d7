//! Figures entered by an office, one from the form or many from an upload: the same rules,
//! and every problem reported by row and column.

use super::{
    EntryStream, LoadError, LoadErrorKind, LoadErrors,
    observations::{Known, check_figure, period},
    table::{Row, Seen, number},
};
use crate::{
    dataset::Dataset,
    entry::budget,
    export::restore_cell,
    model::{IndicatorKind, Observation, Provenance, Qualifier},
    period::Period,
    store::{ObservationChange, Role, User},
};
use std::sync::Arc;

/// The columns of an upload; `unit`, `figure`, `quote`, `note` and `correction` may be empty.
pub const ENTRY_COLUMNS: [&str; 11] =
    ["region", "indicator", "period", "value", "qualifier", "unit", "figure", "source", "quote", "note", "correction"];
pub(super) const REQUIRED: [&str; 5] = ["region", "indicator", "period", "value", "source"];
/// The longest text a cell may hold: a quote is a sentence or two, a note a paragraph.
pub const MAX_CELL_CHARS: usize = 10_000;

/// Who enters the figures, into which data.
pub struct EntryContext<'a> {
    pub data: &'a Dataset,
    pub user: &'a User,
    pub frozen: &'a [String],
}

/// Validates every row of `text` (CSV); on any error, returns the first [`super::MAX_ERRORS`] of them
/// (and how many more there were) and no rows. A file of more than [`budget::ROWS`] rows is
/// refused as it is read.
pub fn observation_changes(file: &str, text: &str, ctx: &EntryContext) -> Result<Vec<ObservationChange>, LoadErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut stream = EntryStream::new(file, text.as_bytes(), ctx).with_row_limit(budget::ROWS);
    let changes: Vec<_> = stream.by_ref().filter_map(Result::ok).collect();
    stream.finish().map(|_| changes)
}

/// The rules every entered row passes, with what the file's earlier rows said.
pub(super) struct EntryCheck<'a> {
    ctx: &'a EntryContext<'a>,
    known: Known<'a>,
    /// (region, indicator) positions and period: small keys, as a file may hold millions.
    seen: Seen<(u32, u32, Period)>,
}

impl<'a> EntryCheck<'a> {
    pub(super) fn new(ctx: &'a EntryContext<'a>) -> Self {
        let known = Known::new(ctx.data.regions(), ctx.data.indicators(), ctx.data.sources());
        Self { ctx, known, seen: Seen::default() }
    }

    /// The change `row` asks for, or `None` with its problems added to `errors`.
    pub(super) fn row(&mut self, row: &Row, errors: &mut Vec<LoadError>) -> Option<ObservationChange> {
        let (ctx, known) = (self.ctx, &self.known);
        let before = errors.len();
        // Before anything reads a field: an error may quote it, and a hundred errors quoting
        // megabyte cells would cost a hundred megabytes.
        if let Some(column) = row.column_longer_than(MAX_CELL_CHARS) {
            errors.push(row.error_at_optional(&column, LoadErrorKind::CellTooLong(MAX_CELL_CHARS)));
            return None;
        }
        let region = known.region(row, "region", errors);
        if let Some(region) = &region
            && !ctx.user.may_edit_region(region)
        {
            let allowed = ctx.user.region.clone().unwrap_or_default();
            errors.push(row.error("region", LoadErrorKind::NotYourRegion { region: region.clone(), allowed }));
        }
        let indicator = known.indicator(row, "indicator", errors);
        let period = row.parse("period", errors, period);
        let value = row.parse("value", errors, number);
        let qualifier = match row.text_if_present("qualifier").trim() {
            "" => Some(Qualifier::Exact),
            s => Qualifier::parse(s)
                .or_else(|| Qualifier::ALL.into_iter().find(|q| !q.symbol().is_empty() && q.symbol().trim() == s))
                .or_else(|| {
                    errors.push(row.error("qualifier", LoadErrorKind::BadQualifier(s.to_owned())));
                    None
                }),
        };
        let source = known.source(row, errors);
        let [unit, figure, quote, note] =
            ["unit", "figure", "quote", "note"].map(|c| restore_cell(row.text_if_present(c).trim()).to_owned());
        let correction = matches!(
            row.text_if_present("correction").trim().to_lowercase().as_str(),
            "yes" | "true" | "1" | "是" | "y"
        );
        let (Some(region), Some(indicator), Some(period), Some(value), Some(qualifier), Some(source)) =
            (region, indicator, period, value, qualifier, source)
        else {
            return None;
        };
        if !unit.is_empty() && unit != indicator.unit {
            let kind = LoadErrorKind::WrongUnit {
                indicator: indicator.key.clone(),
                expected: indicator.unit.clone(),
                found: unit,
            };
            errors.push(row.error("unit", kind));
        }
        match indicator.kind {
            IndicatorKind::Rank if value < 1.0 || value.fract() != 0.0 => {
                errors.push(row.error("value", LoadErrorKind::BadRank));
            }
            IndicatorKind::Rate if !(0.0..=100.0).contains(&value) => {
                errors.push(row.error("value", LoadErrorKind::RateOutOfRange(value)));
            }
            _ => {}
        }
        if quote.is_empty() && note.is_empty() {
            errors.push(row.error_at_optional("quote", LoadErrorKind::NoQuoteOrNote));
        }
        if !quote.is_empty()
            && !figure.is_empty()
            && let Err(kind) = check_figure(&figure, &quote, value, qualifier)
        {
            errors.push(row.error_at_optional("figure", kind));
        }
        let period_key = period.to_string();
        if ctx.frozen.contains(&period_key) && !(correction && ctx.user.role == Role::Supervisor) {
            errors.push(row.error("period", LoadErrorKind::Frozen(period_key)));
        }
        let (region_at, indicator_at) = known.position(&region, &indicator.key);
        if let Some(first_line) = self.seen.first((region_at, indicator_at, period), row.line) {
            let what = format!("figure ({region}, {}, {period})", indicator.key);
            errors.push(row.error("period", LoadErrorKind::Duplicate { what, first_line }));
        }
        if errors.len() > before {
            return None;
        }
        let observation = Observation {
            region: region.into(),
            indicator: indicator.key.as_str().into(),
            period,
            value,
            qualifier,
            provenance: Arc::new(Provenance { figure, source, quote, note }),
        };
        Some(ObservationChange { observation, correction })
    }
}

impl LoadError {
    /// The row (or line) and column name, for a table of errors.
    pub fn column_name(&self) -> &str {
        self.column.as_ref().map_or("", |(_, name)| name.as_str())
    }
}
