//! The questions the pages ask, answered over [`crate::frames::Frames`]: Polars gathers and
//! scans the columns; what is left after a gather (one indicator's figures) is small enough to
//! work out on the columns directly.

mod compare;
mod compare_window;
mod coverage;
mod indicator_detail;
mod latest_ranks;
mod region_profile;
mod spread;

pub use compare::{CompareRow, Comparison, Normalisation, PeriodChoice, RankBound, compare};
pub use compare_window::{BINS, Bin, CHART_ENDS, FULL_CHART, histogram};
pub use coverage::{Coverage, coverage, most_reported, report_counts, reports};
pub use indicator_detail::{IndicatorDetail, indicator_detail, indicator_periods};
pub use latest_ranks::{KeptRanks, LatestRanks, latest_ranks};
pub use region_profile::{ProfileFigure, RegionProfile, region_profile};
pub use spread::{Percentiles, percentile_spread, percentiles, quantile};

/// Why a query has no answer. Callers map these to "not found" or "bad request".
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("unknown indicator {0:?}")]
    UnknownIndicator(String),
    #[error("unknown region {0:?}")]
    UnknownRegion(String),
    #[error("indicator {0:?} has no per-capita view: its unit does not scale with population")]
    PerCapitaNotApplicable(String),
    #[error("query failed: {0}")]
    Polars(#[from] polars::error::PolarsError),
}
