//! Numbers as Chinese texts print them: Arabic digits (`12`, `1.2万`, `3,500`), Chinese
//! numerals (`两千`, `十八`, `一百二十三`, `二〇二二`) and percentages written out
//! (`百分之九十八`).

use std::ops::Range;

/// One number found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Numeral {
    /// The bytes of the number, its 万/亿 included ("1.2万").
    pub range: Range<usize>,
    pub value: f64,
    /// Written in Arabic digits (full-width digits count).
    pub arabic: bool,
    /// A bare string of digits with no 十百千 ("2022", "二〇二二"): how years and codes look.
    pub digit_string: bool,
    /// Written as 百分之…: a percentage without a % sign.
    pub percent: bool,
}

/// Every number in the text, left to right.
pub fn scan(text: &str) -> Vec<Numeral> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        let step = if rest.starts_with("百分之百") {
            // The one word where a bare 百 is a number.
            let range = i..i + "百分之百".len();
            found.push(Numeral { range, value: 100.0, arabic: false, digit_string: false, percent: true });
            "百分之百".len()
        } else if let Some(after) = rest.strip_prefix("百分之") {
            let start = i + "百分之".len();
            match number_at(after, start) {
                Some(mut n) => {
                    n.range.start = i;
                    n.percent = true;
                    n.digit_string = false;
                    let end = n.range.end;
                    found.push(n);
                    end - i
                }
                None => "百分之".len(),
            }
        } else if let Some(n) = number_at(rest, i) {
            let end = n.range.end;
            found.push(n);
            end - i
        } else if arabic_digit(c).is_some() {
            // A run that is no number ("十四五", a hundred digits) is skipped whole, not read
            // again from its tail.
            rest.chars()
                .take_while(|&d| arabic_digit(d).is_some() || matches!(d, '.' | '．' | ','))
                .map(char::len_utf8)
                .sum()
        } else if is_chinese_numeral(c) {
            rest.chars().take_while(|&d| is_chinese_numeral(d)).map(char::len_utf8).sum()
        } else {
            c.len_utf8()
        };
        i += step.max(1);
        while !text.is_char_boundary(i) {
            i += 1;
        }
    }
    found
}

/// The number starting exactly at the start of `rest` (at byte `at` of the whole text).
fn number_at(rest: &str, at: usize) -> Option<Numeral> {
    let first = rest.chars().next()?;
    if arabic_digit(first).is_some() {
        return arabic_at(rest, at);
    }
    let len: usize = rest.chars().take_while(|&c| is_chinese_numeral(c)).map(char::len_utf8).sum();
    let run = &rest[..len];
    if len == 0 {
        return None;
    }
    let value = chinese_value(run)?;
    let digit_string = run.chars().all(|c| chinese_digit(c).is_some()) && run.chars().count() > 1;
    Some(Numeral { range: at..at + len, value, arabic: false, digit_string, percent: false })
}

fn arabic_at(rest: &str, at: usize) -> Option<Numeral> {
    let mut digits = String::new();
    let mut end = 0;
    let mut seen_point = false;
    for (i, c) in rest.char_indices() {
        if let Some(d) = arabic_digit(c) {
            digits.push(d);
            end = i + c.len_utf8();
        } else if matches!(c, '.' | '．') && !seen_point && next_is_digit(rest, i + c.len_utf8()) {
            seen_point = true;
            digits.push('.');
            end = i + c.len_utf8();
        } else if c == ',' && !seen_point && thousands_group(rest, i + 1) {
            // A thousands separator: exactly three digits follow; a clause comma does not.
            end = i + 1;
        } else {
            break;
        }
    }
    let mut value: f64 = digits.parse().ok()?;
    let digit_string = !seen_point;
    // 万 and 亿 (and 千/百 before them) scale the number: "1.2万", "3千万".
    let mut scaled = false;
    for c in rest[end..].chars() {
        let factor = match c {
            '百' if !rest[end..].starts_with("百分") => 100.0,
            '千' => 1_000.0,
            '万' => 10_000.0,
            '亿' => 100_000_000.0,
            _ => break,
        };
        value *= factor;
        end += c.len_utf8();
        scaled = true;
    }
    // A run of twenty digits or more is no figure (and must not become infinity).
    if digits.len() > 20 || !value.is_finite() {
        return None;
    }
    Some(Numeral { range: at..at + end, value, arabic: true, digit_string: digit_string && !scaled, percent: false })
}

fn next_is_digit(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|s| s.chars().next()).is_some_and(|c| arabic_digit(c).is_some())
}

fn thousands_group(text: &str, at: usize) -> bool {
    let Some(after) = text.get(at..) else { return false };
    let mut chars = after.chars();
    let three = chars.by_ref().take(3).filter(|&c| arabic_digit(c).is_some()).count() == 3;
    three && chars.next().is_none_or(|c| arabic_digit(c).is_none())
}

/// An ASCII or full-width digit, as its ASCII character.
pub fn arabic_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        _ => None,
    }
}

fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || multiplier(c).is_some()
}

pub(crate) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn multiplier(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// The value of a run of Chinese numerals: "十八" 18, "一百二十三" 123, "两千" 2000, "三千五"
/// 3500, "一百零五" 105, "二〇二二" 2022; `None` for runs that are not one number ("十四五",
/// "八五", a lone "万").
pub fn chinese_value(run: &str) -> Option<f64> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() > 1 && chars.iter().all(|&c| chinese_digit(c).is_some()) {
        // Digit by digit, as years are written ("二〇二二"); "三四" (three or four) is no number.
        if chars.len() < 4 && !chars.iter().any(|&c| matches!(c, '〇' | '零')) {
            return None;
        }
        return chars.iter().try_fold(0.0, |acc, &c| Some(acc * 10.0 + chinese_digit(c)? as f64));
    }
    let (mut total, mut section, mut current) = (0u64, 0u64, 0u64);
    let mut digit: Option<u64> = None;
    let mut last_multiplier = 0u64;
    let mut after_zero = false;
    for &c in &chars {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                after_zero = true;
                continue;
            }
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
            continue;
        }
        let m = multiplier(c)?;
        if m >= 10_000 {
            let small = current + digit.take().unwrap_or(0);
            if m == 10_000 {
                section = section.checked_add(small)?.checked_mul(m)?;
                if section == 0 {
                    return None;
                }
            } else {
                total = total.checked_add(section)?.checked_add(small)?.checked_mul(m)?;
                if total == 0 {
                    return None;
                }
                section = 0;
            }
            current = 0;
        } else {
            // "十八": a 十 with no digit before it is one ten; a bare 百 or 千 is no number.
            let d = match digit.take() {
                Some(d) => d,
                None if m == 10 && current == 0 => 1,
                None => return None,
            };
            if last_multiplier != 0 && m >= last_multiplier && current != 0 {
                return None;
            }
            current += d * m;
        }
        last_multiplier = m;
        after_zero = false;
    }
    if let Some(d) = digit {
        // "三千五" is 3500: a last digit right after a multiplier counts in the next unit down.
        let unit = if after_zero || last_multiplier == 0 { 1 } else { (last_multiplier % 10_000 / 10).max(1) };
        let unit = if last_multiplier >= 10_000 && !after_zero { last_multiplier / 10 } else { unit };
        current = current.checked_add(d.checked_mul(unit)?)?;
    } else if last_multiplier == 0 {
        // Only zeros.
        return None;
    }
    Some(total.checked_add(section)?.checked_add(current)? as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_chinese_numerals() {
        let cases = [
            ("十八", 18.0),
            ("一百二十三", 123.0),
            ("两千", 2000.0),
            ("三千五", 3500.0),
            ("一百零五", 105.0),
            ("二〇二二", 2022.0),
            ("两万五", 25000.0),
            ("三亿", 3e8),
            ("十万", 1e5),
            ("一千二百万", 1.2e7),
            ("四", 4.0),
            ("九十九", 99.0),
        ];
        for (text, value) in cases {
            assert_eq!(chinese_value(text), Some(value), "{text}");
        }
        let huge = "九千九百亿".repeat(8);
        for text in ["十四五", "八五", "万", "千", "三四", "十十", "零", huge.as_str()] {
            assert_eq!(chinese_value(text), None, "{text}");
        }
    }

    #[test]
    fn scans_mixed_text() {
        let found = scan("公示1.2万余条,百分之九十八,3,500件,第12位");
        let values: Vec<f64> = found.iter().map(|n| n.value).collect();
        assert_eq!(values, [12_000.0, 98.0, 3500.0, 12.0]);
        assert!(found[1].percent);
    }
}
