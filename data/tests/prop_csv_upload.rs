//! Properties of CSV uploads, decoded (`data::entry::decode`) and checked row by row
//! (`data::entry::observation_changes`) as the upload preview does: valid rows come back as
//! written in every encoding an office saves, and no file makes the checks panic or report
//! without bound.

mod uploads;

use data::entry::{ENTRY_COLUMNS, MAX_ERRORS, decode};
use proptest::prelude::*;
use uploads::{Entry, check, dataset, entries, junk_field};

/// `rows` as CSV with `header`, fields quoted as a spreadsheet writes them.
fn csv_text<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    writer.write_record(header.iter().map(AsRef::as_ref)).expect("to memory");
    for row in rows {
        writer.write_record(row).expect("to memory");
    }
    String::from_utf8(writer.into_inner().expect("to memory")).expect("UTF-8 in, UTF-8 out")
}

/// `header` and `rows` joined by hand, so quotes and line breaks may be left unbalanced.
fn raw_text(header: &[String], rows: &[Vec<String>], newline: &str) -> String {
    let mut lines = vec![header.join(",")];
    lines.extend(rows.iter().map(|row| row.join(",")));
    lines.join(newline)
}

/// The ways an office saves text: UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), and GB18030
/// (Excel on Chinese Windows: GBK, of which GB18030 is the superset that encodes everything).
#[derive(Clone, Copy, Debug)]
enum Encoding {
    Utf8,
    Bom,
    Gb18030,
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Bom => [b"\xEF\xBB\xBF", text.as_bytes()].concat(),
        Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
    }
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop::sample::select(vec![Encoding::Utf8, Encoding::Bom, Encoding::Gb18030])
}

/// A header an upload might have: the upload's columns in any order, some left out, some
/// unknown, or nothing like them.
fn header() -> impl Strategy<Value = Vec<String>> {
    let columns = Just(ENTRY_COLUMNS.map(String::from).to_vec()).prop_shuffle();
    prop_oneof![
        3 => columns.clone(),
        1 => (columns, prop::collection::vec(junk_field(true), 0..3), 0usize..ENTRY_COLUMNS.len()).prop_map(
            |(mut columns, extra, drop)| {
                columns.remove(drop);
                columns.extend(extra);
                columns
            }
        ),
        1 => prop::collection::vec(junk_field(true), 0..12),
    ]
}

/// A file of fields made to break things, as UTF-8 text.
fn junk_file(max_rows: usize) -> impl Strategy<Value = String> {
    let rows = prop::collection::vec(prop::collection::vec(junk_field(true), 0..14), 0..max_rows);
    let newline = prop::sample::select(vec!["\n", "\r\n", "\r"]);
    (header(), rows, any::<bool>(), newline).prop_map(|(header, rows, quoted, newline)| {
        if quoted { csv_text(&header, &rows) } else { raw_text(&header, &rows, newline) }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_rows_come_back_as_written(rows in entries(20), encoding in encoding()) {
        let text = csv_text(&ENTRY_COLUMNS, &rows.iter().map(|e| e.fields().to_vec()).collect::<Vec<_>>());
        let bytes = encode(&text, encoding);
        // The decoder tries UTF-8 first; GB18030 bytes that happen to be valid UTF-8 (rare
        // with a Chinese quote in every row) would be read as what they then are.
        prop_assume!(std::str::from_utf8(&bytes).is_err() || bytes.ends_with(text.as_bytes()));
        let decoded = decode(&bytes);
        prop_assert_eq!(decoded.as_deref(), Ok(text.as_str()));
        let expected: Vec<_> = rows.iter().map(Entry::change).collect();
        prop_assert_eq!(check(&text).map_err(|e| e.to_string()), Ok(expected));
    }

    #[test]
    fn any_bytes_decode_to_text_or_are_refused(
        prefix in prop::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"PK\x03\x04", b"\xFF\xFE"]),
        body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..4096),
            any::<String>().prop_map(String::into_bytes),
        ],
    ) {
        let bytes = [prefix, &body].concat();
        if let (Ok(text), Ok(utf8)) = (decode(&bytes), std::str::from_utf8(&bytes)) {
            prop_assert_eq!(text.as_str(), utf8.strip_prefix('\u{feff}').unwrap_or(utf8));
        }
    }

    #[test]
    fn any_file_is_checked_without_panicking(text in junk_file(40), encoding in encoding()) {
        let Ok(text) = decode(&encode(&text, encoding)) else { return Ok(()) };
        match check(&text) {
            Ok(changes) => {
                // Every accepted change names a known region and indicator.
                for c in &changes {
                    prop_assert!(dataset().region(&c.observation.region).is_some());
                    prop_assert!(dataset().indicator(&c.observation.indicator).is_some());
                }
            }
            Err(errors) => prop_assert!(!errors.0.is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Issue 14: each error copies the file name and an upload had no cap, so a 125 KB file
    /// took 1.9 GB to preview. Hundreds of rows of junk, each with a problem or more.
    #[test]
    fn errors_reported_are_capped(
        rows in prop::collection::vec(prop::collection::vec(junk_field(false), ENTRY_COLUMNS.len()), 150..400),
    ) {
        let text = csv_text(&ENTRY_COLUMNS, &rows);
        if let Err(errors) = check(&text) {
            // The first MAX_ERRORS named, and one more saying how many were not.
            prop_assert!(errors.0.len() <= MAX_ERRORS + 1, "{} errors", errors.0.len());
        }
    }
}
