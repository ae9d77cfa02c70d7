//! Figures as people read them: "≥ 12,000 条", "82.7%", "−32.9%", "第3位" / "3rd".

use crate::{
    lang::Lang,
    model::{IndicatorKind, Qualifier, Unit},
};

/// A value with its qualifier and unit, in `lang`.
pub fn value(value: f64, qualifier: Qualifier, kind: IndicatorKind, unit: &Unit, lang: Lang) -> String {
    let q = qualifier.symbol();
    match (kind, lang) {
        (IndicatorKind::Rank, Lang::Zh) => format!("{q}第{}位", number(value)),
        (IndicatorKind::Rank, Lang::En) => format!("{q}{}", ordinal(value)),
        (IndicatorKind::Change, _) => format!("{q}{}%", signed(value)),
        (IndicatorKind::Rate, _) => format!("{q}{}%", number(value)),
        (IndicatorKind::Streak, Lang::Zh) => format!("{q}{}年", number(value)),
        (IndicatorKind::Streak, Lang::En) => format!("{q}{} years", number(value)),
        (IndicatorKind::Count, Lang::Zh) => format!("{q}{}{}", number(value), unit.symbol.zh),
        (IndicatorKind::Count, Lang::En) => format!("{q}{} {}", number(value), unit.symbol.en),
    }
}

/// A number with thousands separators and at most two decimals: 58600 → "58,600".
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = rounded.abs().to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if rounded < 0.0 { "−" } else { "" };
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A number for machines (CSV): no separators, an ASCII minus, no float noise past six
/// decimals: 0.1 + 0.2 → "0.3", −2.5 → "-2.5".
pub fn plain(value: f64) -> String {
    ((value * 1e6).round() / 1e6).to_string()
}

/// A change with an explicit sign: "+10.16", "−32.9".
fn signed(value: f64) -> String {
    if value > 0.0 { format!("+{}", number(value)) } else { number(value) }
}

fn ordinal(value: f64) -> String {
    let n = value.round() as i64;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A gap to a target, signed, in the unit's terms: percentages differ by percentage points.
pub fn gap(value: f64, unit: &Unit, lang: Lang) -> String {
    let n = signed(value);
    match (unit.key.as_str(), lang) {
        ("percent", Lang::Zh) => format!("{n}个百分点"),
        ("percent", Lang::En) => format!("{n} pp"),
        (_, Lang::Zh) => format!("{n}{}", unit.symbol.zh),
        (_, Lang::En) => format!("{n} {}", unit.symbol.en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;

    fn unit(zh: &str, en: &str) -> Unit {
        Unit { key: "u".into(), symbol: Text::new(zh, en) }
    }

    #[test]
    fn formats_each_kind_in_both_languages() {
        let entries = unit("条", "entries");
        let percent = unit("%", "%");
        let rank = unit("位", "rank");
        assert_eq!(value(12_000.0, Qualifier::AtLeast, IndicatorKind::Count, &entries, Lang::Zh), "≥ 12,000条");
        assert_eq!(value(12_000.0, Qualifier::AtLeast, IndicatorKind::Count, &entries, Lang::En), "≥ 12,000 entries");
        assert_eq!(value(98.0, Qualifier::AtLeast, IndicatorKind::Rate, &percent, Lang::En), "≥ 98%");
        assert_eq!(value(-32.9, Qualifier::Exact, IndicatorKind::Change, &percent, Lang::Zh), "−32.9%");
        assert_eq!(value(10.16, Qualifier::Exact, IndicatorKind::Change, &percent, Lang::Zh), "+10.16%");
        assert_eq!(value(3.0, Qualifier::Exact, IndicatorKind::Rank, &rank, Lang::Zh), "第3位");
        assert_eq!(value(3.0, Qualifier::Exact, IndicatorKind::Rank, &rank, Lang::En), "3rd");
        assert_eq!(value(11.0, Qualifier::Exact, IndicatorKind::Rank, &rank, Lang::En), "11th");
    }

    #[test]
    fn groups_thousands_and_keeps_decimals() {
        assert_eq!(number(596_000.0), "596,000");
        assert_eq!(number(1016.0), "1,016");
        assert_eq!(number(82.7), "82.7");
        assert_eq!(number(844.567), "844.57");
        assert_eq!(number(0.0), "0");
    }
}
