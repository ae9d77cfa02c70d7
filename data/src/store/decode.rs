//! Stored rows back into the model, the same for every backend: keys go through the model's
//! parsers, and the strings millions of figures repeat are interned (one copy each).

use crate::{
    model::{Interner, Observation, Provenance, Qualifier},
    period::Period,
};
use std::sync::Arc;

/// A figure's columns as stored, borrowed from the row being read.
pub(super) struct StoredFigure<'r> {
    pub region: &'r str,
    pub indicator: &'r str,
    pub period: &'r str,
    pub value: f64,
    pub qualifier: &'r str,
    pub figure: &'r str,
    pub source: &'r str,
    pub quote: &'r str,
    pub note: &'r str,
}

/// A stored value the model cannot read: its column (counted as in [`StoredFigure`]) and why.
#[derive(Debug)]
pub(super) struct BadValue {
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

/// Parses the stored key `value` of `column` with the model's parser.
pub(super) fn parsed<T>(column: usize, value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, BadValue> {
    parse(value).ok_or_else(|| BadValue { column, message: format!("bad value {value:?}") })
}

impl StoredFigure<'_> {
    /// One row on its own: for histories and the look-ups of a write.
    pub(super) fn observation(&self) -> Result<Observation, BadValue> {
        let provenance = Provenance {
            figure: self.figure.to_owned(),
            source: self.source.to_owned(),
            quote: self.quote.to_owned(),
            note: self.note.to_owned(),
        };
        Ok(Observation {
            region: self.region.into(),
            indicator: self.indicator.into(),
            period: parsed(2, self.period, |s| s.parse::<Period>().ok())?,
            value: self.value,
            qualifier: parsed(4, self.qualifier, Qualifier::parse)?,
            provenance: Arc::new(provenance),
        })
    }

    /// A row that shares its codes, keys and provenance with the rows read before it: for the
    /// millions of figures of a dataset.
    pub(super) fn interned(&self, interner: &mut Interner) -> Result<Observation, BadValue> {
        Ok(Observation {
            region: interner.string(self.region),
            indicator: interner.string(self.indicator),
            period: parsed(2, self.period, |s| s.parse::<Period>().ok())?,
            value: self.value,
            qualifier: parsed(4, self.qualifier, Qualifier::parse)?,
            provenance: interner.provenance(self.figure, self.source, self.quote, self.note),
        })
    }
}

/// A refused form's fields as kept with the session: which form, and its fields.
pub(super) fn stored_draft(form: &str, fields: &str) -> String {
    serde_json::json!({ "form": form, "fields": fields }).to_string()
}

/// The fields of a kept draft, if it is `form`'s.
pub(super) fn draft_fields(stored: Option<&str>, form: &str) -> Option<String> {
    let draft = stored.and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok());
    draft.filter(|d| d["form"] == form).and_then(|d| d["fields"].as_str().map(str::to_owned))
}
