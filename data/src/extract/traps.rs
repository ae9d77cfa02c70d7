//! Numbers that are not figures: years and dates, times, document numbers (豫政文〔2024〕46号),
//! names made of digits ("1211"机制, "1+3"), phone numbers, list markers (一是, （一）, 1.),
//! and anything inside quotation marks or book titles (“五个同步”, 《…》).

use super::numerals::Numeral;
use std::ops::Range;

/// The byte spans inside “…”, "…", 「…」 and 《…》 (marks excluded); an unclosed mark runs to
/// the end of the text.
pub fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '「' | '《' | '"') => open = Some((c, i + c.len_utf8())),
            (Some(('“', start)), '”') | (Some(('「', start)), '」') | (Some(('《', start)), '》') => {
                spans.push(start..i);
                open = None;
            }
            (Some(('"', start)), '"') => {
                spans.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    if let Some((_, start)) = open {
        spans.push(start..text.len());
    }
    spans
}

/// Whether a number of `text` is not a figure, whatever follows it.
pub fn is_trap(text: &str, n: &Numeral, quoted: &[Range<usize>]) -> bool {
    let before = &text[..n.range.start];
    let after = &text[n.range.end..];
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let inside_quotes = quoted.iter().any(|q| q.start <= n.range.start && n.range.end <= q.end);
    inside_quotes
        || is_year(n, after)
        || is_date_or_time(prev, next, after)
        || is_code(prev, next)
        || is_phone(n)
        || is_list_marker(before, prev, next)
}

/// 2022年, 二〇二二年, a year in brackets (〔2024〕): a calendar year, not a count of years.
fn is_year(n: &Numeral, after: &str) -> bool {
    let year_like = n.digit_string && (1900.0..=2100.0).contains(&n.value);
    year_like && (after.starts_with('年') || after.starts_with(['〔', '〕', '[', ']', '—', '-', '～', '~']))
}

/// 9月17日, 2022/9/17, 9:12:34, 3月, 5号, 8时.
fn is_date_or_time(prev: Option<char>, next: Option<char>, after: &str) -> bool {
    let joins = |c: Option<char>| matches!(c, Some('/' | ':' | '：' | '-' | '／'));
    let date_word = ['月', '日', '号', '时', '点', '秒'].iter().any(|w| after.starts_with(*w));
    // "个百分点" starts with 个, so "点" only counts straight after the number.
    joins(prev) || joins(next) || date_word
}

/// "1+3", "7+2+N", "5G", "G20": digits joined to letters or plus signs name things.
fn is_code(prev: Option<char>, next: Option<char>) -> bool {
    let joined = |c: Option<char>| c.is_some_and(|c| matches!(c, '+' | '＋') || c.is_ascii_alphabetic());
    joined(prev) || joined(next)
}

/// Seven digits or more in a row, unscaled: a phone, account or ID number.
fn is_phone(n: &Numeral) -> bool {
    n.arabic && n.digit_string && n.value >= 1_000_000.0
}

/// 一是, 二要, （一）, (1), ①: marks that number the points of a text.
fn is_list_marker(before: &str, prev: Option<char>, next: Option<char>) -> bool {
    let opens = matches!(prev, Some('（' | '('));
    let closes = matches!(next, Some('）' | ')'));
    // "一是", "二要"; "一、" and "1．" only where a point starts (not "列全省第一、").
    let at_start = before.trim().is_empty() || prev.is_some_and(|c| !is_cjk(c));
    let point = matches!(next, Some('是' | '要')) || (at_start && matches!(next, Some('、' | '．')));
    // "1." at the start of a line numbers a point; "1.2万" is read as one number.
    let line_start = before.trim().is_empty() && matches!(next, Some('.'));
    (opens && closes) || point || line_start
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_quoted_spans() {
        let text = "落实“1211”机制和《条例》";
        let spans = quoted_spans(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[0].clone()], "1211");
        assert_eq!(&text[spans[1].clone()], "条例");
    }
}
