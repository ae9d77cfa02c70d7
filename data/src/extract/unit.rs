//! Unit words after a number (件, 个, 场次, %, 个百分点) and the `units.csv` key each stands for.

/// A unit word as printed, with the key of `data/seed/units.csv` it maps to, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitWord {
    pub text: &'static str,
    pub key: Option<&'static str>,
}

/// Longest first, so 人次 wins over 人 and 个百分点 over 个. 年 is not here: "N年" is a
/// streak or a span of time, never a count.
const UNITS: &[(&str, Option<&str>)] = &[
    ("个百分点", None),
    ("百分点", None),
    ("人次", Some("attendances")),
    ("场次", Some("events")),
    ("%", Some("percent")),
    ("％", Some("percent")),
    ("次", Some("times")),
    ("期", Some("sessions")),
    ("家", Some("organisations")),
    ("条", Some("entries")),
    ("项", Some("items")),
    ("部", Some("regulations")),
    ("件", Some("cases")),
    ("宗", Some("cases")),
    ("户", Some("entities")),
    ("个", Some("units")),
    ("名", Some("persons")),
    ("位", Some("persons")),
    ("人", Some("persons")),
    ("份", Some("documents")),
    ("起", Some("instances")),
    ("场", Some("events")),
    ("所", Some("units")),
    ("处", Some("units")),
    ("支", Some("units")),
    ("元", None),
    ("卷", None),
    ("册", None),
    ("本", None),
    ("套", None),
    ("台", None),
    ("篇", None),
    ("批", None),
];

/// Words a 个 may count that have their own unit: "183个事项" counts items.
const NOUNS_WITH_UNIT: &[(&str, &str)] = &[("事项", "items"), ("项目", "items")];

/// The unit word at the start of `text`, if any.
pub fn at_start(text: &str) -> Option<UnitWord> {
    let (word, key) = UNITS.iter().find(|(word, _)| text.starts_with(word))?;
    // 个 before 月 is a span of months ("前6个月"), not a count.
    if *word == "个" && text["个".len()..].starts_with('月') {
        return None;
    }
    // 批 counts batches of a list ("第二批"); never a figure of its own.
    if *word == "批" {
        return None;
    }
    let rest = &text[word.len()..];
    let key = if *word == "个" {
        NOUNS_WITH_UNIT.iter().find(|(noun, _)| rest.starts_with(noun)).map(|(_, key)| *key).or(*key)
    } else {
        *key
    };
    Some(UnitWord { text: word, key })
}

/// Whether the unit is a percentage point.
pub fn is_points(unit: &UnitWord) -> bool {
    unit.text.ends_with("百分点")
}

/// Whether the unit is a percent sign.
pub fn is_percent(unit: &UnitWord) -> bool {
    unit.key == Some("percent")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_unit_and_its_key() {
        assert_eq!(at_start("人次").map(|u| u.key), Some(Some("attendances")));
        assert_eq!(at_start("个百分点;").map(|u| u.text), Some("个百分点"));
        assert_eq!(at_start("个事项").and_then(|u| u.key), Some("items"));
        assert_eq!(at_start("个部门").and_then(|u| u.key), Some("units"));
        assert_eq!(at_start("个月"), None);
        assert_eq!(at_start("年"), None);
    }
}
