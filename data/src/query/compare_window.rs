//! A comparison of thousands of regions, made readable: the rows a chart draws (both ends of
//! the ranking and the region asked for) and a histogram of the compared values.

use super::Comparison;

/// Up to this many regions, a chart draws every one.
pub const FULL_CHART: usize = 40;
/// Bars at each end of a windowed chart.
pub const CHART_ENDS: usize = 15;
/// Bins of a comparison's histogram.
pub const BINS: usize = 20;

/// One bar of a histogram: the values from `from` up to `to` (the last bin includes `to`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

impl Comparison<'_> {
    /// Indices into `rows` that a chart draws (only regions that report when
    /// `reporters_only`): all of them when few, else both ends and the `highlight`ed region.
    pub fn chart_rows(&self, reporters_only: bool, highlight: Option<&str>) -> Vec<usize> {
        let rows = &self.rows;
        let drawn: Vec<usize> = (0..rows.len()).filter(|&i| !reporters_only || rows[i].observation.is_some()).collect();
        if drawn.len() <= FULL_CHART {
            return drawn;
        }
        // Rows come ranked first, so the reporters are a prefix: draw them all when they are
        // few (the rest only did not report), else both ends of the ranking.
        let reporters = self.reporting();
        let mut window: Vec<usize> = if reporters <= FULL_CHART {
            (0..reporters).collect()
        } else {
            (0..CHART_ENDS).chain(reporters - CHART_ENDS..reporters).collect()
        };
        if let Some(i) = highlight.and_then(|code| rows.iter().position(|r| r.region.code == code)) {
            window.push(i);
        }
        window.sort_unstable();
        window.dedup();
        window
    }

    /// A histogram of the finite compared values in [`BINS`] equal bins.
    pub fn histogram(&self) -> Vec<Bin> {
        let values: Vec<f64> = self.rows.iter().filter_map(|r| r.value).collect();
        histogram(&values, BINS)
    }
}

/// `values`' finite ones in `bins` equal bins from the least to the greatest; one bin when they
/// are all equal, none when there are none.
///
/// Written by hand, not as Polars `min`/`max` then a bin column counted by `group_by`:
/// `benches/aggregates.rs` measured 27 µs against 1.2 ms for 2,976 values (a national county
/// comparison) and 0.26 ms against 1.4 ms for 29,760 (medians).
pub fn histogram(values: &[f64], bins: usize) -> Vec<Bin> {
    let finite = || values.iter().copied().filter(|v| v.is_finite());
    let (Some(min), Some(max)) = (finite().reduce(f64::min), finite().reduce(f64::max)) else {
        return Vec::new();
    };
    let width = (max - min) / bins as f64;
    if width <= 0.0 || bins == 0 {
        return vec![Bin { from: min, to: max, count: finite().count() }];
    }
    let mut counts = vec![0; bins];
    for v in finite() {
        counts[(((v - min) / width) as usize).min(bins - 1)] += 1;
    }
    let bin = |(i, count)| Bin { from: min + width * i as f64, to: min + width * (i + 1) as f64, count };
    counts.into_iter().enumerate().map(bin).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fall_into_equal_bins_and_the_greatest_into_the_last() {
        let bins = histogram(&[0.0, 1.0, 2.5, 9.99, 10.0, f64::NAN, f64::INFINITY], 4);
        let counts: Vec<usize> = bins.iter().map(|b| b.count).collect();
        assert_eq!(counts, [2, 1, 0, 2]);
        assert_eq!((bins[1].from, bins[1].to), (2.5, 5.0));
        assert_eq!(histogram(&[3.0, 3.0], 20), [Bin { from: 3.0, to: 3.0, count: 2 }]);
        assert!(histogram(&[f64::NAN], 20).is_empty());
    }
}
