//! A target set in the office's form: the same checks as the seed's, plus soundness (the
//! comparator points the way that is better; a rate target lies within 0–100%).

use super::{
    LoadError, LoadErrorKind, LoadErrors,
    observations::{Known, period},
    table::{Numbering, Row, Table, date, number},
};
use crate::{dataset::Dataset, model::Comparator, model::Target, supervision::check_target};

/// The form's fields; `deadline`, `document` and `note` may be empty.
pub const TARGET_COLUMNS: [&str; 10] =
    ["id", "indicator", "scope", "comparator", "value", "period", "deadline", "set_by", "document", "note"];

fn slug(text: &str) -> Result<String, LoadErrorKind> {
    let ok = text.len() <= 80 && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok { Ok(text.to_owned()) } else { Err(LoadErrorKind::BadTargetId(text.to_owned())) }
}

/// Reads the target's own fields from `row` (not its source and quote) and checks that it is
/// sound for its indicator; problems go to `errors`.
pub(super) fn parse_target(row: &Row, known: &Known, errors: &mut Vec<LoadError>) -> Option<Target> {
    let id = row.parse("id", errors, slug);
    let indicator = known.indicator(row, "indicator", errors);
    let scope = known.region(row, "scope", errors);
    let comparator = row.parse("comparator", errors, |s| {
        Comparator::parse(s).ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: ">=, <=, =" })
    });
    let value = row.parse("value", errors, number);
    let period = row.parse("period", errors, period);
    let deadline = row.optional("deadline", errors, date);
    let set_by = row.required("set_by", errors);
    let (
        Some(id),
        Some(indicator),
        Some(scope),
        Some(comparator),
        Some(value),
        Some(period),
        Ok(deadline),
        Some(set_by),
    ) = (id, indicator, scope, comparator, value, period, deadline, set_by)
    else {
        return None;
    };
    let target = Target {
        id,
        indicator: indicator.key.clone(),
        scope,
        comparator,
        value,
        period,
        deadline,
        set_by,
        document: row.text("document").trim().to_owned(),
        note: row.text("note").trim().to_owned(),
        source: None,
        quote: String::new(),
        derivation: None,
    };
    if let Err(reason) = check_target(&target, indicator) {
        errors.push(row.error("comparator", LoadErrorKind::UnsoundTarget(reason)));
        return None;
    }
    Some(target)
}

/// Validates one target given as one-row CSV (see [`crate::entry::form_row`]).
pub fn target_from_form(text: &str, data: &Dataset) -> Result<Target, LoadErrors> {
    let mut errors = Vec::new();
    let table = Table::parse("form", text, &TARGET_COLUMNS, Numbering::Record, &mut errors);
    let known = Known::new(data.regions(), data.indicators(), data.sources());
    let target = table.as_ref().and_then(|t| t.rows().next()).and_then(|row| parse_target(&row, &known, &mut errors));
    let target = target.map(|t| keep_derivation(t, data));
    target.filter(|_| errors.is_empty()).ok_or(LoadErrors(errors))
}

/// The form does not edit where a target was published or how it was derived: an edit that
/// keeps what the source states (indicator, scope, comparator, value) keeps the source, its
/// quote and any derivation; one that changes them makes the target the editor's own (the
/// audit entry shows what it no longer cites).
fn keep_derivation(mut target: Target, data: &Dataset) -> Target {
    let before = data.targets().iter().find(|t| t.id == target.id);
    let same = |b: &&Target| {
        (&b.indicator, &b.scope, b.comparator, b.value)
            == (&target.indicator, &target.scope, target.comparator, target.value)
    };
    if let Some(before) = before.filter(same) {
        target.derivation = before.derivation.clone();
        target.source = before.source.clone();
        target.quote = before.quote.clone();
    }
    target
}
