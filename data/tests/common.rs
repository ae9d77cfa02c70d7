//! Shared fixtures: the embedded seed, with chosen tables replaced.

#![allow(dead_code)]

use data::{Dataset, SeedFiles};

pub const OBSERVATION_HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote\n";

/// The seed with `observations.csv` replaced by `rows` (header added).
pub fn with_observations(rows: &str) -> SeedFiles {
    let mut files = SeedFiles::embedded();
    files.set("observations.csv", format!("{OBSERVATION_HEADER}{rows}"));
    files
}

pub fn dataset(rows: &str) -> Dataset {
    data::load(&with_observations(rows)).unwrap_or_else(|e| panic!("fixture must load: {e}"))
}

/// One observation row whose figure is `figure` inside a made-up quote.
pub fn row(
    region: &str,
    indicator: &str,
    period: &str,
    value: &str,
    qualifier: &str,
    unit: &str,
    figure: &str,
) -> String {
    format!("{region},{indicator},{period},{value},{qualifier},{unit},{figure},rmw-20220917,测试句子:{figure}。\n")
}
