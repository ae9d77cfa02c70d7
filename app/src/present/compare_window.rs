//! Comparisons of thousands of regions, made readable: the chart draws the top and bottom of
//! the ranking (and the region asked for), a histogram shows the spread, and the table is
//! searched and paged instead of printed whole.

use data::query::Comparison;

/// Up to this many regions, the chart draws every one.
pub(super) const FULL_CHART: usize = 40;
/// Bars at each end of a windowed chart.
pub(super) const ENDS: usize = 15;
/// Rows per page of the rank table.
pub(crate) const TABLE_PAGE: usize = 50;
const BINS: usize = 20;

/// Indices into `c.rows` that the chart draws (only regions that report when
/// `reporters_only`): all of them when few, else both ends and the highlighted region.
pub(super) fn chart_rows(c: &Comparison, reporters_only: bool, highlight: Option<&str>) -> Vec<usize> {
    let drawn: Vec<usize> = (0..c.rows.len()).filter(|&i| !reporters_only || c.rows[i].observation.is_some()).collect();
    if drawn.len() <= FULL_CHART {
        return drawn;
    }
    // Rows come ranked first, so the reporters are a prefix: draw them all when they are few
    // (the rest only did not report), else both ends of the ranking.
    let reporters = c.reporting();
    let mut window: Vec<usize> = if reporters <= FULL_CHART {
        (0..reporters).collect()
    } else {
        (0..ENDS).chain(reporters - ENDS..reporters).collect()
    };
    if let Some(i) = highlight.and_then(|code| c.rows.iter().position(|r| r.region.code == code)) {
        window.push(i);
    }
    window.sort_unstable();
    window.dedup();
    window
}

/// A histogram of the compared values: `(from, to, regions)` per bin, equal widths.
pub(super) fn histogram(c: &Comparison) -> Vec<(f64, f64, usize)> {
    let values: Vec<f64> = c.rows.iter().filter_map(|r| r.value.filter(|v| v.is_finite())).collect();
    let (Some(min), Some(max)) = (values.iter().copied().reduce(f64::min), values.iter().copied().reduce(f64::max))
    else {
        return Vec::new();
    };
    let width = (max - min) / BINS as f64;
    if width <= 0.0 {
        return vec![(min, max, values.len())];
    }
    let mut counts = vec![0; BINS];
    for v in values {
        counts[(((v - min) / width) as usize).min(BINS - 1)] += 1;
    }
    counts.into_iter().enumerate().map(|(i, n)| (min + width * i as f64, min + width * (i + 1) as f64, n)).collect()
}

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
