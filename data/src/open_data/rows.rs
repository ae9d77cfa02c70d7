//! A public list's rows made as they are sent: a page of the national list of figures costs
//! its hundred rows, and its CSV streams in chunks, instead of a table of millions built first.

use super::{Cell, Table};
use serde::Serialize;

/// Rows of a list, made on demand.
pub trait Rows: Send + Sync {
    fn columns(&self) -> &'static [&'static str];
    fn len(&self) -> usize;
    /// Row `index` (`< len()`), one cell per column.
    fn row(&self, index: usize) -> Vec<Cell>;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Rows for Table {
    fn columns(&self) -> &'static [&'static str] {
        self.columns
    }

    fn len(&self) -> usize {
        self.rows.len()
    }

    fn row(&self, index: usize) -> Vec<Cell> {
        self.rows[index].clone()
    }
}

/// Rows `offset..offset + limit` of `rows` (fewer past the end), serialised as an array of
/// objects with their keys in column order.
pub struct Page<'a> {
    rows: &'a dyn Rows,
    range: std::ops::Range<usize>,
}

impl<'a> Page<'a> {
    pub fn new(rows: &'a dyn Rows, offset: usize, limit: usize) -> Self {
        let end = offset.saturating_add(limit).min(rows.len());
        Self { rows, range: offset.min(end)..end }
    }
}

impl Serialize for Page<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.range.len()))?;
        for index in self.range.clone() {
            seq.serialize_element(&super::Record { columns: self.rows.columns(), row: &self.rows.row(index) })?;
        }
        seq.end()
    }
}

/// Writes rows `offset..offset + limit` of `rows` as CSV (a BOM, the header, text cells
/// neutralised), handing over about `chunk` bytes at a time; stops early when `emit` says so
/// (the client went away).
pub fn csv_chunks(
    rows: &dyn Rows,
    offset: usize,
    limit: usize,
    chunk: usize,
    mut emit: impl FnMut(Vec<u8>) -> bool,
) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(rows.columns())?;
    let end = offset.saturating_add(limit).min(rows.len());
    for index in offset.min(end)..end {
        writer.write_record(rows.row(index).iter().map(Cell::csv_field))?;
        if writer.get_ref().len() >= chunk {
            let full = writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
            if !emit(full) {
                return Ok(());
            }
            writer = csv::Writer::from_writer(Vec::with_capacity(chunk + chunk / 4));
        }
    }
    let rest = writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    if !rest.is_empty() {
        emit(rest);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(n: usize) -> Table {
        let mut table = Table::new(&["n", "text"]);
        for i in 0..n {
            table.push(vec![Cell::Integer(i as i64), Cell::text(format!("=row {i}"))]);
        }
        table
    }

    #[test]
    fn chunks_join_into_the_whole_csv() {
        // The writer buffers 8 KiB before its output grows: chunks come in steps of that.
        let table = table(20_000);
        let mut chunks = Vec::new();
        csv_chunks(&table, 0, usize::MAX, 16 * 1024, |c| {
            chunks.push(c);
            true
        })
        .unwrap();
        assert!(chunks.len() > 10);
        assert_eq!(chunks.concat(), table.to_csv().unwrap());
        let mut first = 0;
        csv_chunks(&table, 0, usize::MAX, 16 * 1024, |_| {
            first += 1;
            false
        })
        .unwrap();
        assert_eq!(first, 1, "stops when the receiver is gone");
    }

    #[test]
    fn a_page_serialises_only_its_rows() {
        let table = table(5);
        let json = serde_json::to_string(&Page::new(&table, 3, 10)).unwrap();
        assert_eq!(json, r#"[{"n":3,"text":"=row 3"},{"n":4,"text":"=row 4"}]"#);
        assert_eq!(serde_json::to_string(&Page::new(&table, 9, 10)).unwrap(), "[]");
        assert_eq!(serde_json::to_string(&Page::new(&table, usize::MAX, usize::MAX)).unwrap(), "[]");
    }
}
