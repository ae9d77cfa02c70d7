//! CSV written for spreadsheets: formula neutralisation, and the office's exports.

use crate::dataset::Dataset;

/// What a spreadsheet may take for the start of a formula: `= + - @` (and their full-width
/// forms, which some spreadsheets read as the same), a tab, a carriage return or a line feed.
/// An apostrophe is here too so that [`restore_cell`] can tell ours from one a person typed.
const NEUTRALISED: [char; 11] = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

/// A cell that a spreadsheet will not run as a formula: text starting with one of
/// [`NEUTRALISED`] or an apostrophe gets a leading apostrophe. Numbers are written
/// separately, unchanged.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(NEUTRALISED) || text.starts_with('\'') { format!("'{text}").into() } else { text.into() }
}

/// Undoes [`safe_cell`] for text read back from a download, so a round trip changes nothing:
/// `restore_cell(&safe_cell(x)) == x` for every `x`. An apostrophe a person typed before
/// anything else stays.
pub fn restore_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(NEUTRALISED) || rest.starts_with('\'') => rest,
        _ => text,
    }
}

/// The current figures in the upload format ([`crate::validate::ENTRY_COLUMNS`]), so an export
/// imported again changes nothing.
pub fn entry_csv(data: &Dataset) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(crate::validate::ENTRY_COLUMNS)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_full_width_ones_too() {
        for text in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx", "＝1＋1", "＋1", "－1", "＠x", "'x"] {
            assert_eq!(safe_cell(text), format!("'{text}"), "{text:?}");
        }
        for text in ["鹤壁市", "1.2万", "a=b", ""] {
            assert_eq!(safe_cell(text), text);
        }
    }

    #[test]
    fn restoring_undoes_neutralising_for_every_start() {
        let pieces = ["", "'", "''", "=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "a", "鹤", " "];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(restore_cell(&safe_cell(&text)), text, "{text:?}");
                }
            }
        }
        assert_eq!(restore_cell("'a person's apostrophe"), "'a person's apostrophe", "kept when not ours");
    }
}
