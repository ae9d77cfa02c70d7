//! What the upload property tests share: the seed dataset (built once), a supervisor to check
//! rows as, rows that must be accepted, and fields that must not break anything.

#![allow(dead_code)]

use data::{
    Dataset, LoadErrors, Period, SeedFiles,
    entry::{ENTRY_COLUMNS, EntryContext, observation_changes},
    model::{IndicatorKind, Observation, Provenance, Qualifier},
    store::{ObservationChange, Role, User},
};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

/// The seed, loaded once per test binary: loading it for each case would be most of the run.
pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| data::load(&SeedFiles::embedded()).expect("the seed loads"))
}

/// A supervisor may enter any region, so a valid row is refused only for what it says.
pub fn supervisor() -> User {
    User { id: 1, name: "prop".into(), role: Role::Supervisor, region: None, active: true }
}

/// The rows an upload's text asks for, checked as the upload preview checks them.
pub fn check(text: &str) -> Result<Vec<ObservationChange>, LoadErrors> {
    let user = supervisor();
    observation_changes("upload.csv", text, &EntryContext { data: dataset(), user: &user, frozen: &[] })
}

/// One row that passes every rule, with the fields a person would type for it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub region: String,
    pub indicator: String,
    pub period: Period,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: String,
    pub source: String,
    pub quote: String,
    pub note: String,
    pub correction: (&'static str, bool),
}

impl Entry {
    /// The fields in [`ENTRY_COLUMNS`] order; the figure is left empty (read from the quote,
    /// it would have to match the value: `prop_figure` covers reading it).
    pub fn fields(&self) -> [String; ENTRY_COLUMNS.len()] {
        [
            self.region.clone(),
            self.indicator.clone(),
            self.period.to_string(),
            self.value.to_string(),
            self.qualifier.key().to_owned(),
            self.unit.clone(),
            String::new(),
            self.source.clone(),
            self.quote.clone(),
            self.note.clone(),
            self.correction.0.to_owned(),
        ]
    }

    /// The change the row asks for.
    pub fn change(&self) -> ObservationChange {
        let provenance = Provenance {
            figure: String::new(),
            source: self.source.clone(),
            quote: self.quote.clone(),
            note: self.note.clone(),
        };
        let observation = Observation {
            region: self.region.as_str().into(),
            indicator: self.indicator.as_str().into(),
            period: self.period,
            value: self.value,
            qualifier: self.qualifier,
            provenance: Arc::new(provenance),
        };
        ObservationChange { observation, correction: self.correction.1 }
    }
}

pub fn period() -> impl Strategy<Value = Period> {
    let year = 1949u16..=2100;
    prop_oneof![
        year.clone().prop_map(Period::Year),
        (year.clone(), 1u8..=2).prop_map(|(year, half)| Period::HalfYear { year, half }),
        (1949u16..2100, 1u16..20).prop_map(|(from, n)| Period::Span { from, to: (from + n).min(2100) }),
        (year, 1u8..=12).prop_map(|(year, month)| Period::AsOf { year, month }),
        (2u8..=50).prop_map(|years| Period::Running { years }),
    ]
}

/// A value the indicator's kind allows, in hundredths so it is written exactly.
fn value(kind: IndicatorKind) -> BoxedStrategy<f64> {
    let hundredths = |range: std::ops::RangeInclusive<i64>| range.prop_map(|n| n as f64 / 100.0);
    match kind {
        IndicatorKind::Rank => (1u32..=200).prop_map(f64::from).boxed(),
        IndicatorKind::Rate => hundredths(0..=10_000).boxed(),
        IndicatorKind::Change => hundredths(-100_000..=100_000).boxed(),
        IndicatorKind::Streak => (1u32..=70).prop_map(f64::from).boxed(),
        IndicatorKind::Count => {
            prop_oneof![(0u64..=1_000_000_000_000).prop_map(|n| n as f64), hundredths(0..=100_000_000)].boxed()
        }
    }
}

/// Free text as a person types it into a quote or a note: any characters (quotes, commas,
/// line breaks, control characters, Chinese), without the trailing spaces the reader trims.
/// Callers put a word first: the reader also trims leading spaces, and takes a leading `'`
/// before `=` for a neutralised formula.
pub fn free_text(max: usize) -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        any::<char>(),
        prop::sample::select(vec!['"', ',', '\n', '\r', '\t', '\u{1}', '\u{7f}', '\u{feff}', '=', '+', '-', '@']),
        prop::sample::select("鹤壁市年报第一季度公开案件件数比例。，、“”（）".chars().collect::<Vec<_>>()),
    ];
    prop::collection::vec(chars, 0..max).prop_map(|chars| chars.into_iter().collect::<String>().trim_end().to_owned())
}

/// A row that passes every rule, for one of the seed's regions, indicators and sources.
pub fn entry() -> impl Strategy<Value = Entry> {
    let data = dataset();
    let regions: Vec<String> = data.regions().iter().map(|r| r.code.clone()).collect();
    let sources: Vec<String> = data.sources().iter().map(|s| s.id.clone()).collect();
    let indicators = 0..data.indicators().len();
    let corrections = vec![("", false), ("no", false), ("yes", true), ("1", true), ("是", true), ("TRUE", true)];
    (indicators, prop::sample::select(regions), period(), prop::sample::select(sources))
        .prop_flat_map(move |(i, region, period, source)| {
            let indicator = &dataset().indicators()[i];
            let unit = prop::sample::select(vec![String::new(), indicator.unit.clone()]);
            let fixed = (region, indicator.key.clone(), period, source);
            let qualifier = prop::sample::select(Qualifier::ALL.to_vec());
            let quote = free_text(80).prop_map(|t| format!("据报告{t}"));
            let corrections = prop::sample::select(corrections.clone());
            let note = free_text(40).prop_map(|t| if t.is_empty() { t } else { format!("第{t}") });
            (Just(fixed), value(indicator.kind), qualifier, unit, quote, note, corrections)
        })
        .prop_map(|((region, indicator, period, source), value, qualifier, unit, quote, note, correction)| Entry {
            region,
            indicator,
            period,
            value,
            qualifier,
            unit,
            source,
            quote,
            note,
            correction,
        })
}

/// Rows for a file: each figure once (a second row for it is refused as a duplicate).
pub fn entries(max: usize) -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec(entry(), 1..max).prop_map(|rows| {
        let mut seen = std::collections::HashSet::new();
        rows.into_iter().filter(|e| seen.insert((e.region.clone(), e.indicator.clone(), e.period))).collect()
    })
}

/// A field of a file made to break things: keys and numbers near the valid ones, the
/// characters CSV gives meaning to, control characters, a BOM, and a run of one character
/// (when `huge`, up to 100,000 of them).
pub fn junk_field(huge: bool) -> impl Strategy<Value = String> {
    let data = dataset();
    let mut known: Vec<String> = ENTRY_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    known.extend(data.regions().iter().map(|r| r.code.clone()));
    known.extend(data.indicators().iter().map(|i| i.key.clone()));
    known.extend(data.sources().iter().map(|s| s.id.clone()));
    known.extend(["2021", "2022-H1", "asof-2022-09", "4y-running", "exact", "at_least", "≥", "yes"].map(String::from));
    prop_oneof![
        16 => prop::sample::select(known),
        8 => "[-+0-9.eE,Na ]{0,12}",
        8 => any::<String>(),
        8 => prop::collection::vec(
            prop::sample::select(vec!["\"", ",", "\n", "\r", "\r\n", "\0", "\u{feff}", "\u{1b}", "'=", "\t", "\u{2028}"]),
            0..6
        )
        .prop_map(|parts| parts.concat()),
        1 => (0usize..if huge { 100_000 } else { 64 }, any::<char>()).prop_map(|(n, c)| c.to_string().repeat(n)),
    ]
}
