//! Comparisons of thousands of regions, made readable: the chart's ends and the histogram are
//! `data::query`'s (`Comparison::chart_rows`, `Comparison::histogram`); here the table is
//! searched and paged instead of printed whole.

/// Rows per page of the rank table.
pub(crate) const TABLE_PAGE: usize = 50;

/// The table rows on one page of the regions matching `search` (in name or code, any case).
pub(super) struct TableWindow {
    pub(super) rows: Vec<usize>,
    pub(super) matching: usize,
    pub(super) page: usize,
    pub(super) pages: usize,
}

pub(super) fn table_rows(names: &[(&str, &str)], search: &str, page: usize) -> TableWindow {
    let needle = search.trim().to_lowercase();
    let matching: Vec<usize> = (0..names.len())
        .filter(|&i| {
            let (code, name) = names[i];
            needle.is_empty() || code.contains(&needle) || name.to_lowercase().contains(&needle)
        })
        .collect();
    let pages = matching.len().div_ceil(TABLE_PAGE).max(1);
    let page = page.clamp(1, pages);
    let rows = matching.iter().copied().skip((page - 1) * TABLE_PAGE).take(TABLE_PAGE).collect();
    TableWindow { rows, matching: matching.len(), page, pages }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_pages_and_searches_by_name_or_code() {
        let names: Vec<(String, String)> =
            (0..120).map(|i| (format!("9{i:05}"), format!("Synthetic County {i:03}"))).collect();
        let names: Vec<(&str, &str)> = names.iter().map(|(c, n)| (c.as_str(), n.as_str())).collect();
        let first = table_rows(&names, "", 1);
        assert_eq!((first.rows.len(), first.matching, first.pages), (TABLE_PAGE, 120, 3));
        let last = table_rows(&names, "", 9);
        assert_eq!((last.page, last.rows), (3, (100..120).collect::<Vec<_>>()));
        assert_eq!(table_rows(&names, "county 10", 1).rows, (100..110).collect::<Vec<_>>());
        assert_eq!(table_rows(&names, "900007", 1).rows, vec![7]);
        let none = table_rows(&names, "nowhere", 1);
        assert_eq!((none.matching, none.pages, none.rows.len()), (0, 1, 0));
    }
}
