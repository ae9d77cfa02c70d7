//! Blank upload templates with one worked example row and, in XLSX, the allowed values.

use crate::{dataset::Dataset, validate::ENTRY_COLUMNS};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The worked example leaves the value empty: a template uploaded unchanged is refused with
/// "required value is empty" instead of writing a made-up figure.
const EXAMPLE: [&str; 11] = [
    "410600",
    "legality_reviews",
    "2023",
    "",
    "exact",
    "cases",
    "",
    "rmw-20220917",
    "",
    "示例:填写数值和出处后再上传 / example: fill in the value and where it is from",
    "",
];

/// The CSV template: UTF-8 with a BOM, so Excel opens the Chinese correctly.
pub fn template_csv() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = writer.write_record(ENTRY_COLUMNS);
    let _ = writer.write_record(EXAMPLE);
    writer.into_inner().unwrap_or_default()
}

/// The XLSX template: the columns, the example, and a sheet listing regions, indicators and
/// sources by the keys the upload expects.
pub fn template_xlsx(data: &Dataset) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet().set_name("figures")?;
    for (column, name) in ENTRY_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *name, &bold)?;
        sheet.write_string(1, column as u16, EXAMPLE[column])?;
    }
    let keys = workbook.add_worksheet().set_name("keys")?;
    for (column, name) in
        ["region", "region_name", "indicator", "indicator_name", "unit", "source", "source_title"].iter().enumerate()
    {
        keys.write_string_with_format(0, column as u16, *name, &bold)?;
    }
    for (row, r) in data.regions().iter().enumerate() {
        keys.write_string(row as u32 + 1, 0, &r.code)?;
        keys.write_string(row as u32 + 1, 1, &r.name.zh)?;
    }
    for (row, i) in data.indicators().iter().enumerate() {
        keys.write_string(row as u32 + 1, 2, &i.key)?;
        keys.write_string(row as u32 + 1, 3, &i.name.zh)?;
        keys.write_string(row as u32 + 1, 4, &i.unit)?;
    }
    for (row, s) in data.sources().iter().enumerate() {
        keys.write_string(row as u32 + 1, 5, &s.id)?;
        keys.write_string(row as u32 + 1, 6, &s.title)?;
    }
    workbook.save_to_buffer()
}
