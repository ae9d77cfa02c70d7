//! Words that qualify a printed number: 余/多/以上/超过 (at least), 近/不到/以内/以下/不足
//! (at most), 约/左右 (about).

use crate::model::Qualifier;

/// Words right before the number; longest first.
const BEFORE: &[(&str, Qualifier)] = &[
    ("超过", Qualifier::AtLeast),
    ("多达", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("超", Qualifier::AtLeast),
    ("将近", Qualifier::AtMost),
    ("接近", Qualifier::AtMost),
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("近", Qualifier::AtMost),
    ("大约", Qualifier::About),
    ("约", Qualifier::About),
];

/// Words right after the number, before its unit ("200余项", "150多场次").
const BETWEEN: &[(&str, Qualifier)] = &[("余", Qualifier::AtLeast), ("多", Qualifier::AtLeast)];

/// Words after the unit ("98%以上", "100人左右").
const AFTER: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
];

/// The qualifier word ending `before`, with its length in bytes.
pub fn before(text: &str) -> Option<(Qualifier, usize)> {
    let (word, q) = BEFORE.iter().find(|(word, _)| text.ends_with(word))?;
    // "最近", "附近" are not "nearly".
    if *word == "近" && text[..text.len() - word.len()].ends_with(['最', '附', '靠', '临']) {
        return None;
    }
    Some((*q, word.len()))
}

/// The qualifier word starting `text` between a number and its unit.
pub fn between(text: &str) -> Option<(Qualifier, usize)> {
    BETWEEN.iter().find(|(word, _)| text.starts_with(word)).map(|(word, q)| (*q, word.len()))
}

/// The qualifier word starting `text` after the unit.
pub fn after(text: &str) -> Option<(Qualifier, usize)> {
    AFTER.iter().find(|(word, _)| text.starts_with(word)).map(|(word, q)| (*q, word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_around_a_number() {
        assert_eq!(before("公示超过"), Some((Qualifier::AtLeast, "超过".len())));
        assert_eq!(before("最近"), None);
        assert_eq!(between("余条"), Some((Qualifier::AtLeast, "余".len())));
        assert_eq!(after("以上,"), Some((Qualifier::AtLeast, "以上".len())));
        assert_eq!(after("左右"), Some((Qualifier::About, "左右".len())));
    }
}
