//! Finding the regions a text names: "洛阳市" as "洛阳市" or "洛阳", scanned once per text
//! with a table keyed by first character (a national list has thousands of names).

use super::RegionName;
use std::{collections::HashMap, ops::Range};

/// A region named in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention<'a> {
    pub range: (usize, usize),
    pub code: &'a str,
}

pub struct Finder<'a> {
    /// Names by first character, longest first: (name, code, whether it is the full name).
    by_first: HashMap<char, Vec<(&'a str, &'a str, bool)>>,
}

/// Words that make a place name part of a campaign or slogan ("法治河南", "信用鹤壁"), not the
/// subject of the sentence.
const SLOGAN_PREFIXES: &[&str] = &["法治", "平安", "信用", "美丽", "数字", "智慧", "健康", "文明"];

impl<'a> Finder<'a> {
    pub fn new(regions: &'a [RegionName<'a>]) -> Self {
        let mut by_first: HashMap<char, Vec<(&'a str, &'a str, bool)>> = HashMap::new();
        for region in regions {
            let names = std::iter::once((region.name, true)).chain(short_name(region.name).map(|s| (s, false)));
            for (name, full) in names {
                if let Some(first) = name.chars().next() {
                    by_first.entry(first).or_default().push((name, region.code, full));
                }
            }
        }
        for names in by_first.values_mut() {
            names.sort_by_key(|(name, _, _)| std::cmp::Reverse(name.len()));
        }
        Self { by_first }
    }

    /// The regions a sentence names as its subject: not inside quotes, not in slogans, and a
    /// short name ("洛阳") only where a word can start (after punctuation or 在, 和, …), so
    /// "平安阳光" does not name 安阳.
    pub fn mentions(&self, text: &str, quoted: &[Range<usize>]) -> Vec<Mention<'a>> {
        self.scan(text)
            .filter(|(m, full)| {
                let before = &text[..m.range.0];
                let in_quotes = quoted.iter().any(|q| q.start <= m.range.0 && m.range.1 <= q.end);
                let slogan = SLOGAN_PREFIXES.iter().any(|p| before.ends_with(p));
                let word_start =
                    before.chars().next_back().is_none_or(|c| !is_cjk(c) || "在和与及对向为把将、".contains(c));
                !in_quotes && !slogan && (*full || word_start)
            })
            .map(|(m, _)| m)
            .collect()
    }

    /// The region a heading or byline is about: the most specific one it names ("为建设更高水平
    /// 法治河南贡献新乡力量" is about 新乡).
    pub fn heading_region(&self, line: &str) -> Option<&'a str> {
        let mut best: Option<&'a str> = None;
        for (m, _) in self.scan(line) {
            if best.is_none_or(|b| specificity(m.code) >= specificity(b)) {
                best = Some(m.code);
            }
        }
        best
    }

    /// Every name occurrence, longest match at each position, no overlaps.
    fn scan<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (Mention<'a>, bool)> + 't {
        let mut next_free = 0;
        text.char_indices().filter_map(move |(i, c)| {
            if i < next_free {
                return None;
            }
            let names = self.by_first.get(&c)?;
            let (name, code, full) = names.iter().find(|(name, _, _)| text[i..].starts_with(name))?;
            next_free = i + name.len();
            Some((Mention { range: (i, i + name.len()), code }, *full))
        })
    }
}

/// "洛阳市" → "洛阳", "河南省" → "河南"; names that would be one character keep their suffix.
fn short_name(name: &str) -> Option<&str> {
    let suffixes = ["省", "市", "自治区", "自治州", "地区", "区", "县"];
    let short = suffixes.iter().find_map(|s| name.strip_suffix(s))?;
    (short.chars().count() >= 2).then_some(short)
}

/// How deep a GB/T 2260 code is: 410000 a province, 410300 a prefecture, 410622 a county.
fn specificity(code: &str) -> usize {
    let zeros = code.bytes().rev().take_while(|&b| b == b'0').count();
    code.len().saturating_sub(zeros)
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}
