//! CSV written for spreadsheets: formula neutralisation, and the office's exports.

use crate::dataset::Dataset;

/// A cell that a spreadsheet will not run as a formula: text starting with `= + - @`, a tab
/// or a carriage return gets a leading apostrophe. Numbers are written separately, unchanged.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// Undoes [`safe_cell`] for text read back from a download, so a round trip changes nothing.
pub fn restore_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// The current figures in the upload format ([`crate::load::ENTRY_COLUMNS`]), so an export
/// imported again changes nothing.
pub fn entry_csv(data: &Dataset) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(crate::load::ENTRY_COLUMNS)?;
    for o in data.observations() {
        let unit = data.indicator(&o.indicator).map_or("", |i| i.unit.as_str());
        writer.write_record([
            o.region.as_str(),
            &o.indicator,
            &o.period.to_string(),
            &o.value.to_string(),
            o.qualifier.key(),
            unit,
            &o.provenance.figure,
            &o.provenance.source,
            &o.provenance.quote,
            &o.provenance.note,
            "",
        ])?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The audit trail as CSV, newest first.
pub fn audit_csv(entries: &[crate::store::AuditEntry]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(["id", "at", "user", "action", "entity", "region", "before", "after", "reason"])?;
    for e in entries {
        writer.write_record([
            e.id.to_string().as_str(),
            &e.at,
            &safe_cell(&e.user_name),
            &e.action,
            &safe_cell(&e.entity),
            e.region.as_deref().unwrap_or(""),
            e.before.as_deref().unwrap_or(""),
            e.after.as_deref().unwrap_or(""),
            &safe_cell(&e.reason),
        ])?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
