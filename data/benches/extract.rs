//! `cargo bench --bench extract`: proposing the figures of a 20,000-character report, made of
//! the seed's quoted sentences under city headings (the goal is well under 200 ms).

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use data::extract::{Context, IndicatorInfo, RegionName, extract};
use std::{collections::HashMap, hint::black_box};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seed");

fn table(name: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(format!("{SEED}/{name}")).expect("seed table");
    let headers = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| headers.iter().map(str::to_owned).zip(r.expect("row").iter().map(str::to_owned)).collect())
        .collect()
}

/// The seed's sentences under their cities' headings, repeated to `chars` characters.
fn report(chars: usize) -> String {
    let names: HashMap<String, String> =
        table("regions.csv").into_iter().map(|r| (r["code"].clone(), r["name_zh"].clone())).collect();
    let mut quotes: Vec<(String, String)> =
        table("observations.csv").into_iter().map(|r| (r["region"].clone(), r["quote"].clone())).collect();
    quotes.dedup_by(|a, b| a.1 == b.1);
    let mut text = String::new();
    while text.chars().count() < chars {
        for (region, quote) in &quotes {
            let name = names.get(region).map_or("", String::as_str);
            text.push_str(&format!("扎实推进法治{name}建设\n  □中共{name}委书记 某某\n  {quote}\n"));
        }
    }
    text
}

fn bench_extract(c: &mut Criterion) {
    let regions = table("regions.csv");
    let indicators = table("indicators.csv");
    let region_names: Vec<RegionName> =
        regions.iter().map(|r| RegionName { code: &r["code"], name: &r["name_zh"] }).collect();
    let infos: Vec<IndicatorInfo> = indicators
        .iter()
        .map(|i| IndicatorInfo {
            key: &i["key"],
            name_zh: &i["name_zh"],
            definition_zh: &i["definition_zh"],
            unit: &i["unit"],
            unit_symbol: "",
            kind: &i["kind"],
        })
        .collect();
    let published = NaiveDate::from_ymd_opt(2022, 9, 17).expect("a date");
    let cx = Context { published, source_region: None, regions: &region_names, indicators: &infos };
    let text = report(20_000);
    c.bench_function("extract/20000_chars", |b| b.iter(|| extract(black_box(&text), &cx)));
    // One sentence of 20,000 characters, a figure every seven: no stop to bound the scans.
    let run_on = "洛阳市办理案件5件、".repeat(2_000);
    c.bench_function("extract/20000_chars_one_sentence", |b| b.iter(|| extract(black_box(&run_on), &cx)));
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
