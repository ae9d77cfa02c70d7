//! Proposing the figures of a pasted report (annual rule-of-law reports, work reports, news
//! releases): text in, candidate figures out, each with its sentence, value, qualifier, unit,
//! period, region and best-matching indicator. Pure: no I/O, no Polars; an office confirms
//! or corrects every candidate before anything is saved.

mod figures;
pub mod matching;
pub mod numerals;
mod period;
mod qualifier;
mod rank;
mod region;
pub mod sentences;
mod thing;
mod traps;
pub mod unit;

use crate::{model::Qualifier, period::Period};
use std::ops::Range;

/// What the extraction knows besides the text.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// When the source was published: resolves 今年, 去年, 今年前6个月, "以来".
    pub published: chrono::NaiveDate,
    /// The region code the whole source is about, if known.
    pub source_region: Option<&'a str>,
    pub regions: &'a [RegionName<'a>],
    pub indicators: &'a [IndicatorInfo<'a>],
}

/// A region the text may name: "洛阳市" is found as "洛阳市" and as "洛阳".
#[derive(Clone, Copy, Debug)]
pub struct RegionName<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

/// An indicator a figure may be proposed for.
#[derive(Clone, Copy, Debug)]
pub struct IndicatorInfo<'a> {
    pub key: &'a str,
    pub name_zh: &'a str,
    pub definition_zh: &'a str,
    /// The unit key (`items`), as in `units.csv`.
    pub unit: &'a str,
    /// The unit as printed (`项`).
    pub unit_symbol: &'a str,
    /// `count`, `rate`, `rank`, `streak`, `change`.
    pub kind: &'a str,
}

/// What sort of number a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    Percent,
    PercentagePoints,
    /// A place in a ranking ("全省第一"): 1 is best.
    Rank,
    /// The same result N years running ("连续4年").
    Streak,
    /// A change ("同比下降32.9%"): the value carries the sign, the direction says it too.
    Change(Direction),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The indicator a figure most likely reports, with how well it matched (0 to about 2).
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorMatch {
    pub key: String,
    pub score: f64,
}

/// A proposed figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The sentence, verbatim: a substring of the input (the quote).
    pub sentence: String,
    /// Where the sentence starts in the input, in bytes.
    pub sentence_at: usize,
    /// The figure as printed ("1.2万余条"), a substring of `sentence`.
    pub figure: String,
    /// The bytes of the number within `sentence`, for highlighting.
    pub figure_at: Range<usize>,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The unit word as printed (件, 个, %, 个百分点).
    pub unit: Option<String>,
    /// The unit key of `units.csv` the printed unit stands for.
    pub unit_key: Option<&'static str>,
    /// The counted thing: the words naming what the number counts.
    pub thing: String,
    pub kind: Kind,
    /// The period the text gives; `None` when it gives none (not invented).
    pub period: Option<Period>,
    /// Region code: from the sentence, else the nearest heading or byline, else the source's.
    pub region: Option<String>,
    pub indicator: Option<IndicatorMatch>,
}

/// Every figure the text states, in order.
///
/// Linear in the text: each sentence is scanned once, and the region and indicator tables are
/// indexed once per call.
pub fn extract(text: &str, cx: &Context) -> Vec<Candidate> {
    let mut found = Vec::new();
    scan(text, cx, usize::MAX, usize::MAX, &mut found);
    found
}

/// The first `limit` figures of the text, and whether it states more. Sentences longer than
/// `longest_sentence` characters are passed over: a candidate holds its sentence, so a text of
/// one endless "sentence" of numbers would otherwise cost its length once per number, and such
/// a sentence cannot be quoted (an upload's cell holds at most 10,000 characters) anyway.
pub fn extract_bounded(text: &str, cx: &Context, limit: usize, longest_sentence: usize) -> (Vec<Candidate>, bool) {
    let mut found = Vec::new();
    let more = scan(text, cx, limit, longest_sentence, &mut found);
    (found, more)
}

/// Reads sentence by sentence into `found`; says whether it stopped at `limit`.
fn scan(text: &str, cx: &Context, limit: usize, longest_sentence: usize, found: &mut Vec<Candidate>) -> bool {
    let regions = region::Finder::new(cx.regions);
    let indicators = matching::Index::new(cx.indicators);
    let mut heading_region: Option<&str> = None;
    for line in sentences::lines(text) {
        if sentences::is_heading(line.text)
            && let Some(code) = regions.heading_region(line.text)
        {
            heading_region = Some(code);
        }
        for sentence in sentences::split(line.text) {
            // Bytes first: only a sentence that may be too long is counted in characters.
            if sentence.text.len() > longest_sentence && sentence.text.chars().count() > longest_sentence {
                continue;
            }
            let fallback = heading_region.or(cx.source_region);
            let at = line.start + sentence.start;
            let scope = figures::Scope { sentence: sentence.text, at, published: cx.published, fallback };
            for mut candidate in figures::read(&scope, &regions) {
                if found.len() == limit {
                    return true;
                }
                candidate.indicator = indicators.best(&candidate);
                found.push(candidate);
            }
        }
    }
    false
}
