//! Places in a ranking: "列全省第一", "居全省第1位", "排名全省第三", "全省前三"; an ordinal
//! without a ranking before it ("第二批", "第一责任人") is none.

use super::numerals::Numeral;
use crate::model::Qualifier;
use std::ops::Range;

/// A place in a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Rank {
    pub value: f64,
    /// "前三" (in the top three) is at most third.
    pub qualifier: Qualifier,
    /// The printed figure, its ranking words included ("列全省第一").
    pub figure: Range<usize>,
    /// 位 or 名 when printed.
    pub unit: Option<&'static str>,
}

/// Words naming the ranking a place is in, read backwards from 第 or 前.
const CONTEXT: &[&str] =
    &["全省", "全国", "全市", "全区", "全州", "全县", "省内", "排名", "排在", "排", "位列", "位居", "名列", "列", "居"];

/// The rank `n` states, if it is one.
pub fn read(s: &str, n: &Numeral) -> Option<Rank> {
    let before = &s[..n.range.start];
    let (marker, qualifier) = if before.ends_with('第') {
        ('第', Qualifier::Exact)
    } else if before.ends_with('前') {
        ('前', Qualifier::AtMost)
    } else {
        return None;
    };
    if n.percent || n.value.fract() != 0.0 || n.value < 1.0 {
        return None;
    }
    let lead = &s[..n.range.start - marker.len_utf8()];
    let mut start = lead.len();
    while let Some(word) = CONTEXT.iter().find(|w| s[..start].ends_with(**w)) {
        start -= word.len();
    }
    if start == lead.len() {
        return None;
    }
    let after = &s[n.range.end..];
    let unit = ["位", "名"].into_iter().find(|u| after.starts_with(u));
    let rest = &after[unit.map_or(0, str::len)..];
    // "全省第一方阵", "全国第二批": the ordinal names a group, not a place.
    let next = rest.chars().next();
    if unit.is_none() && next.is_some_and(|c| is_cjk(c) && !"、和与及的".contains(c)) {
        return None;
    }
    Some(Rank { value: n.value, qualifier, figure: start..n.range.end + unit.map_or(0, str::len), unit })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
