//! Reading the figures of one sentence: each number not a trap becomes a count, percentage,
//! percentage-point change, rank, streak or change, with its qualifier, unit, period and region.

use super::{Candidate, Direction, Kind, numerals, period, qualifier, region, sentences, thing, traps, unit};
use crate::{model::Qualifier, period::Period};
use std::ops::Range;

/// One sentence and what the text around it says.
pub struct Scope<'a> {
    pub sentence: &'a str,
    /// Where the sentence starts in the whole text.
    pub at: usize,
    pub published: chrono::NaiveDate,
    /// The region of the nearest heading or byline, else the source's.
    pub fallback: Option<&'a str>,
}

/// A number read as a figure, before its period and region are known.
struct Reading {
    kind: Kind,
    value: f64,
    qualifier: Qualifier,
    number: Range<usize>,
    figure: Range<usize>,
    unit: Option<&'static str>,
    unit_key: Option<&'static str>,
    /// Streaks and ranks with a streak carry their own period.
    period: Option<Period>,
}

/// The candidates of one sentence, left to right.
pub fn read(scope: &Scope, regions: &region::Finder) -> Vec<Candidate> {
    let s = scope.sentence;
    let numbers = numerals::scan(s);
    if numbers.is_empty() {
        return Vec::new();
    }
    let quoted = traps::quoted_spans(s);
    let marks = period::marks(s, &numbers, scope.published);
    let mentions = regions.mentions(s, &quoted);
    let mut readings: Vec<Reading> =
        numbers.iter().filter(|n| !traps::is_trap(s, n, &quoted)).filter_map(|n| reading(s, n)).collect();
    let streaks: Vec<(usize, Period)> =
        readings.iter().filter(|r| r.kind == Kind::Streak).filter_map(|r| Some((r.figure.end, r.period?))).collect();
    link_streaks_to_ranks(s, &mut readings);
    let mut found = Vec::new();
    let mut previous_end = 0;
    let mut last_thing = String::new();
    for r in &readings {
        let Range { start: clause_start, end: clause_end } = sentences::clause(s, r.figure.start);
        let lead = &s[clause_start..r.figure.start];
        let period = r.period.or_else(|| {
            if lead.contains("累计") {
                // "连续9年举办…累计参加学习7000人次": a total over the streak's years.
                if let Some(&(_, Period::Running { years })) =
                    streaks.iter().rev().find(|(end, _)| *end <= r.figure.start)
                {
                    return Some(Period::Cumulative { years });
                }
            }
            // "持续保持100%" states a lasting level, not the year named earlier in the sentence.
            if ["持续", "始终", "一直"].iter().any(|w| lead.contains(w)) {
                return None;
            }
            marks.iter().rev().find(|m| m.end <= r.figure.start).map(|m| m.period)
        });
        let mut thing = thing::of(s, previous_end.max(clause_start), r.figure.start, r.figure.end, clause_end);
        if r.kind == Kind::Streak && s[clause_start.max(previous_end)..r.figure.start].trim().is_empty() {
            // "连续3年保持全覆盖": what held is said after the streak.
            thing = s[r.figure.end..clause_end].chars().take(16).collect();
        }
        if thing.is_empty() && matches!(r.kind, Kind::Change(_) | Kind::PercentagePoints) {
            // "办理案件1,236件,同比增长15.3%": a change of the figure before it.
            thing = last_thing.clone();
        }
        last_thing.clone_from(&thing);
        previous_end = r.figure.end;
        for region in regions_of(s, r.figure.start, clause_start, &mentions, scope.fallback) {
            found.push(Candidate {
                sentence: s.to_owned(),
                sentence_at: scope.at,
                figure: s[r.figure.clone()].to_owned(),
                figure_at: r.number.clone(),
                value: r.value,
                qualifier: r.qualifier,
                unit: r.unit.map(str::to_owned),
                unit_key: r.unit_key,
                thing: thing.clone(),
                kind: r.kind,
                period,
                region: region.map(str::to_owned),
                indicator: None,
            });
        }
    }
    found
}

/// The number as a figure, or `None` when nothing after it says what it counts.
fn reading(s: &str, n: &numerals::Numeral) -> Option<Reading> {
    let before = &s[..n.range.start];
    let after = &s[n.range.end..];
    if before.ends_with("连续") && after.starts_with('年') {
        let years = u8::try_from(n.value as u64).ok().filter(|y| *y >= 2 && n.value.fract() == 0.0);
        return Some(Reading {
            kind: Kind::Streak,
            value: n.value,
            qualifier: Qualifier::Exact,
            number: n.range.clone(),
            figure: n.range.start - "连续".len()..n.range.end + "年".len(),
            unit: Some("年"),
            unit_key: Some("years"),
            period: years.map(|years| Period::Running { years }),
        });
    }
    if let Some(rank) = super::rank::read(s, n) {
        return Some(Reading {
            kind: Kind::Rank,
            value: rank.value,
            qualifier: rank.qualifier,
            number: n.range.clone(),
            figure: rank.figure,
            unit: rank.unit,
            unit_key: Some("rank"),
            period: None,
        });
    }
    if before.ends_with('第') {
        // An ordinal: 第二批, 第二次.
        return None;
    }
    // A lone 一 before a measure word is an article ("一项制度"), not a count.
    if !n.arabic && !n.percent && &s[n.range.clone()] == "一" {
        return None;
    }
    let mut end = n.range.end;
    let between = qualifier::between(after);
    end += between.map_or(0, |(_, len)| len);
    let word = if n.percent { None } else { Some(unit::at_start(&s[end..])?) };
    end += word.map_or(0, |w| w.text.len());
    let trailing = qualifier::after(&s[end..]);
    end += trailing.map_or(0, |(_, len)| len);
    let leading = qualifier::before(before);
    let mut start = n.range.start - leading.map_or(0, |(_, len)| len);
    let change = change_verb(&s[..start]);
    if let Some((_, len, _)) = change {
        start -= len;
    }
    let percent = n.percent || word.is_some_and(|w| unit::is_percent(&w));
    let points = word.is_some_and(|w| unit::is_points(&w));
    let kind = match (change, points, percent) {
        (_, true, _) => Kind::PercentagePoints,
        (Some((direction, _, _)), _, _) => Kind::Change(direction),
        (None, _, true) => Kind::Percent,
        (None, _, false) => Kind::Count,
    };
    let sign = if change.is_some_and(|(d, _, _)| d == Direction::Down) { -1.0 } else { 1.0 };
    let qualifier = leading.or(between).or(trailing).map_or(Qualifier::Exact, |(q, _)| q);
    Some(Reading {
        kind,
        value: sign * n.value,
        qualifier,
        number: n.range.clone(),
        figure: start..end,
        unit: word.map(|w| w.text),
        unit_key: if percent { Some("percent") } else { word.and_then(|w| w.key) },
        period: None,
    })
}

/// A verb of change ending `before` ("同比降", "增长了"): its direction, its length with any
/// 了 or 达 after it, and the verb.
fn change_verb(before: &str) -> Option<(Direction, usize, &'static str)> {
    const VERBS: &[(&str, Direction)] = &[
        ("增长", Direction::Up),
        ("上升", Direction::Up),
        ("提高", Direction::Up),
        ("提升", Direction::Up),
        ("增加", Direction::Up),
        ("上涨", Direction::Up),
        ("增", Direction::Up),
        ("下降", Direction::Down),
        ("降低", Direction::Down),
        ("减少", Direction::Down),
        ("下滑", Direction::Down),
        ("回落", Direction::Down),
        ("下跌", Direction::Down),
        ("降", Direction::Down),
        ("减", Direction::Down),
    ];
    let tail = ["了", "达"].iter().find(|t| before.ends_with(**t)).map_or(0, |t| t.len());
    let stem = &before[..before.len() - tail];
    let (verb, direction) = VERBS.iter().find(|(v, _)| stem.ends_with(v))?;
    // "新增5家" counts what is new; it is not a change of something else.
    if stem[..stem.len() - verb.len()].ends_with('新') {
        return None;
    }
    Some((*direction, verb.len() + tail, verb))
}

/// Streak then rank in one clause ("连续四年排名全省第三") is one figure: the rank, held for
/// the streak's years.
fn link_streaks_to_ranks(s: &str, readings: &mut Vec<Reading>) {
    let mut consumed = Vec::new();
    for i in 1..readings.len() {
        let (head, tail) = readings.split_at_mut(i);
        let (Some(streak), Some(rank)) = (head.last(), tail.first_mut()) else { continue };
        let same_clause = !s[streak.figure.end..rank.figure.start].contains(sentences::is_stop);
        if streak.kind == Kind::Streak && rank.kind == Kind::Rank && same_clause {
            rank.period = streak.period;
            rank.figure.start = streak.figure.start;
            consumed.push(i - 1);
        }
    }
    for i in consumed.into_iter().rev() {
        readings.remove(i);
    }
}

/// The regions of a figure: those listed with 分列/分别 just before it ("淇县、淇滨区分列…全省
/// 第一"), else the last one the sentence names before it, else the fallback.
fn regions_of<'a>(
    s: &str,
    at: usize,
    clause_start: usize,
    mentions: &[region::Mention<'a>],
    fallback: Option<&'a str>,
) -> Vec<Option<&'a str>> {
    // Mentions are in text order: the ones before the figure are a prefix.
    let before = &mentions[..mentions.partition_point(|m| m.range.1 <= at)];
    let in_clause = &before[before.partition_point(|m| m.range.0 < clause_start)..];
    if let Some(last) = in_clause.last() {
        let between = &s[last.range.1..at];
        if in_clause.len() > 1 && ["分列", "分别", "均"].iter().any(|w| between.contains(w)) {
            return in_clause.iter().map(|m| Some(m.code)).collect();
        }
    }
    vec![before.last().map(|m| m.code).or(fallback)]
}
