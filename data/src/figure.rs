//! Reading a figure as printed in Chinese ("1.2万余条", "98%以上", "降32.9%", "连续四年排名全省第三")
//! so the loader can check that a seed row's value and qualifier say what the source says.

use crate::model::Qualifier;

/// Reads the number and qualifier of a printed figure, or `None` when it has no number.
///
/// A figure holds one number: digits, or Chinese numerals for ranks and years when it has no
/// digits ("一体化" is a word, not a number, beside "7项"). When it also names a streak
/// ("连续四年...第三"), the last number is the value: the rank, not the years.
pub fn read(figure: &str) -> Option<(f64, Qualifier)> {
    let numbers = numbers(figure);
    let mut digits = numbers.iter().filter(|(_, start, _)| figure[*start..].starts_with(|c: char| c.is_ascii_digit()));
    let (mut value, start, end) = *digits.next_back().or(numbers.last())?;
    let rest = &figure[end..];
    if rest.starts_with('万') {
        value *= 10_000.0;
    } else if rest.starts_with('亿') {
        value *= 100_000_000.0;
    }
    // A fall is written before its number: "降32.9%"; "连续三年下降" is a streak, not a fall.
    if ["降", "减少"].iter().any(|w| figure[..start].ends_with(w)) {
        value = -value;
    }
    Some((value, qualifier(figure)))
}

fn qualifier(figure: &str) -> Qualifier {
    let has = |words: &[&str]| words.iter().any(|w| figure.contains(w));
    if has(&["余", "多", "以上", "超过"]) {
        Qualifier::AtLeast
    } else if has(&["以下", "不到", "不足"]) {
        Qualifier::AtMost
    } else if has(&["约", "左右", "近"]) {
        Qualifier::About
    } else {
        Qualifier::Exact
    }
}

/// Every number in the text, with the byte offsets where it starts and ends.
fn numbers(text: &str) -> Vec<(f64, usize, usize)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if d.is_ascii_digit() || d == '.' {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            if let Ok(n) = text[start..end].parse() {
                found.push((n, start, end));
            }
        } else if is_numeral(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if is_numeral(d) {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if let Some(n) = chinese_number(&text[start..end]) {
                found.push((f64::from(n), start, end));
            }
        }
    }
    found
}

/// A character of a Chinese numeral as figures write ranks and streaks (no 零: "〇" is a circle
/// here more often than a zero).
fn is_numeral(c: char) -> bool {
    c == '十' || crate::extract::numerals::chinese_digit(c).is_some_and(|d| d > 0)
}
/// 一 … 九十九, enough for ranks and streaks; the extraction's reader does the arithmetic.
fn chinese_number(text: &str) -> Option<u32> {
    let value = crate::extract::numerals::chinese_value(text)?;
    (value < 100.0).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn reads_the_article_forms() {
        let cases = [
            ("1.2万余条", 12_000.0, AtLeast),
            ("98%以上", 98.0, AtLeast),
            ("150多场次", 150.0, AtLeast),
            ("5.86万件", 58_600.0, Exact),
            ("降32.9%", -32.9, Exact),
            ("增长10.16%", 10.16, Exact),
            ("连续四年排名全省第三", 3.0, Exact),
            ("连续2年居全省第4位", 4.0, Exact),
            ("连续两年全省第一", 1.0, Exact),
            ("连续9年", 9.0, Exact),
            ("连续三年下降", 3.0, Exact),
            ("7项一体化政务服务指标", 7.0, Exact),
            ("第十二", 12.0, Exact),
            ("约二十", 20.0, About),
            ("不到5件", 5.0, AtMost),
        ];
        for (figure, value, qualifier) in cases {
            let (v, q) = read(figure).unwrap_or_else(|| panic!("{figure} has no number"));
            assert!((v - value).abs() < 1e-9, "{figure}: {v} != {value}");
            assert_eq!(q, qualifier, "{figure}");
        }
    }

    #[test]
    fn a_figure_without_a_number_is_none() {
        assert_eq!(read("全覆盖"), None);
    }
}
