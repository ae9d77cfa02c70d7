//! Reading what offices send: uploaded CSV (UTF-8, with or without BOM, or GBK/GB18030 as
//! Excel on Chinese Windows saves it) and XLSX files, and the templates they fill in.

mod decode;
pub mod report;
mod source;
mod template;

pub use crate::validate::{
    ENTRY_COLUMNS, EntryContext, EntryStream, MAX_CELL_CHARS, MAX_ERRORS, TARGET_COLUMNS, observation_changes,
    target_from_form,
};
pub use decode::{DecodeError, budget, decode};
pub use source::{SourceError, new_source};
pub use template::{template_csv, template_xlsx};

/// One form submission as a one-row CSV, so the form and uploads share every rule.
pub fn form_row(fields: &[(&str, &str)]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(fields.iter().map(|(name, _)| name));
    let _ = writer.write_record(fields.iter().map(|(_, value)| value));
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
