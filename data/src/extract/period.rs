//! Time phrases that date the figures after them in a sentence: 2022年, 2019年以来,
//! 2019—2022年, 2022年上半年, 今年前6个月, 去年以来, 截至2023年6月.

use super::numerals::Numeral;
use crate::period::Period;
use chrono::Datelike;

/// A period phrase and where it ends in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub end: usize,
    pub period: Period,
}

/// Every period phrase of the sentence, left to right.
pub fn marks(text: &str, numerals: &[Numeral], published: chrono::NaiveDate) -> Vec<Mark> {
    let now = u16::try_from(published.year()).unwrap_or(0);
    let mut found = Vec::new();
    let mut span_end = 0;
    for (i, n) in numerals.iter().enumerate() {
        // The second year of a span ("2019—2022年") was read with the first.
        let Some(year) = calendar_year(n).filter(|_| n.range.start >= span_end) else { continue };
        let after = &text[n.range.end..];
        let next_year = numerals.get(i + 1).and_then(|m| Some((m, calendar_year(m)?)));
        if let Some((m, to)) = next_year.filter(|(m, _)| joins_span(&text[n.range.end..m.range.start])) {
            let end = m.range.end + if text[m.range.end..].starts_with('年') { "年".len() } else { 0 };
            found.push(Mark { end, period: span(year, to) });
            span_end = end;
            continue;
        }
        let Some(rest) = after.strip_prefix('年') else { continue };
        let (period, used) = after_year(year, rest, now);
        found.push(Mark { end: n.range.end + "年".len() + used, period });
    }
    for n in numerals {
        if let Some(mark) = last_years(text, n) {
            found.push(mark);
        }
    }
    for (word, offset) in [("今年", 0), ("本年", 0), ("去年", 1), ("上年", 1), ("前年", 2)] {
        for (at, _) in text.match_indices(word) {
            let before = &text[..at];
            let rest = &text[at + word.len()..];
            // "比去年同期" names the base of a comparison, not the figure's period.
            if rest.starts_with("同期") || before.ends_with(['比', '较', '与']) {
                continue;
            }
            let year = now.saturating_sub(offset);
            let (period, used) = after_year(year, rest, now);
            found.push(Mark { end: at + word.len() + used, period });
        }
    }
    found.sort_by_key(|m| m.end);
    found
}

/// "近五年来", "三年来", "过去5年": a total over the last N years, up to the source's date.
fn last_years(text: &str, n: &Numeral) -> Option<Mark> {
    let years = u8::try_from(n.value as u64).ok().filter(|y| (2..=50).contains(y) && n.value.fract() == 0.0)?;
    if n.digit_string && n.arabic && n.value >= 100.0 {
        return None;
    }
    let before = &text[..n.range.start];
    let after = &text[n.range.end..];
    let recent = ["近", "过去", "最近"].iter().any(|w| before.ends_with(w));
    let used =
        ["年来", "年以来", "年中", "年"].iter().find(|w| after.starts_with(**w) && (recent || w.ends_with('来')))?;
    Some(Mark { end: n.range.end + used.len(), period: Period::Cumulative { years } })
}

fn calendar_year(n: &Numeral) -> Option<u16> {
    let year = n.value as u16;
    (n.digit_string && (1949.0..=2100.0).contains(&n.value)).then_some(year)
}

fn joins_span(between: &str) -> bool {
    ["年至", "年到", "年—", "年-", "年～", "—", "-", "～", "~", "至", "到", "年—"].contains(&between)
}

fn span(from: u16, to: u16) -> Period {
    if from < to { Period::Span { from, to } } else { Period::Year(from) }
}

/// What follows "2022年" (or 今年): 以来, 上半年, 前6个月, 9月, 底; with the bytes it used.
fn after_year(year: u16, rest: &str, now: u16) -> (Period, usize) {
    for word in ["以来", "来"] {
        if rest.starts_with(word) {
            return (span(year, now.max(year)), word.len());
        }
    }
    if rest.starts_with("上半年") {
        return (Period::HalfYear { year, half: 1 }, "上半年".len());
    }
    if rest.starts_with("下半年") {
        return (Period::HalfYear { year, half: 2 }, "下半年".len());
    }
    for word in ["年底", "底", "末"] {
        if rest.starts_with(word) {
            return (Period::AsOf { year, month: 12 }, word.len());
        }
    }
    if let Some((months, used)) = first_months(rest) {
        return (months_period(year, months), used);
    }
    if let Some((month, used)) = leading_number(rest).filter(|(_, used)| rest[*used..].starts_with('月')) {
        let month = u8::try_from(month).unwrap_or(0);
        if (1..=12).contains(&month) {
            let used = used + "月".len();
            let end = ["底", "末"].iter().find(|w| rest[used..].starts_with(**w)).map_or(0, |w| w.len());
            // "截至2023年6月" dates a stock; a bare month of a year is read the same way.
            return (Period::AsOf { year, month }, used + end);
        }
    }
    (Period::Year(year), 0)
}

/// "前6个月", "1-6月", "1至9月": the months from January, and the bytes used.
fn first_months(rest: &str) -> Option<(u32, usize)> {
    if let Some(after) = rest.strip_prefix('前') {
        let (n, used) = leading_number(after)?;
        let tail = &after[used..];
        let unit = ["个月", "月"].iter().find(|w| tail.starts_with(**w))?;
        return Some((n, '前'.len_utf8() + used + unit.len()));
    }
    let (first, used) = leading_number(rest)?;
    // "1-6月", "1月至6月".
    let used = used + if rest[used..].starts_with('月') { '月'.len_utf8() } else { 0 };
    let sep = ["-", "—", "至", "到", "～", "~"].iter().find(|s| rest[used..].starts_with(**s))?;
    let from = used + sep.len();
    let (last, used_last) = leading_number(&rest[from..])?;
    let end = from + used_last;
    (first == 1 && rest[end..].starts_with('月')).then_some((last, end + "月".len()))
}

/// Months from January to `months`: six are the first half, twelve the year; otherwise the
/// nearest kind the seed has is "as of" that month.
fn months_period(year: u16, months: u32) -> Period {
    match months {
        6 => Period::HalfYear { year, half: 1 },
        12 => Period::Year(year),
        m => Period::AsOf { year, month: u8::try_from(m.clamp(1, 12)).unwrap_or(12) },
    }
}

/// A small number (Arabic or Chinese) at the start of `text`, with the bytes it takes.
fn leading_number(text: &str) -> Option<(u32, usize)> {
    let len: usize = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum();
    let run = text.get(..len).filter(|r| !r.is_empty())?;
    let value = run.parse::<u32>().ok().or_else(|| super::numerals::chinese_value(run).map(|v| v as u32))?;
    Some((value, len))
}
