//! The interface's two languages. Strings live in `locales/ui.tsv`; the language of a page
//! comes from its URL (`/en/...` is English), so each language has its own permalink.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

pub use languages::{Lang, other_language_path, split_lang};

impl languages::Bilingual for Text {
    fn zh(self) -> &'static str {
        Text::zh(self)
    }

    fn en(self) -> &'static str {
        Text::en(self)
    }
}

/// The language of the current page, from the URL.
pub fn use_lang() -> Memo<Lang> {
    let location = use_location();
    Memo::new(move |_| Lang::of_path(&location.pathname.get()))
}

/// Fills `{name}` placeholders of a translated text.
pub fn fill(text: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(text.to_owned(), |acc, (name, value)| acc.replace(&format!("{{{name}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> =
            text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name).collect();
        names.sort_unstable();
        names
    }

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    // The build already refuses an empty translation; what it cannot see is a text left in the
    // other language, or a `{name}` that `fill` would leave standing in one of them.
    #[test]
    fn every_text_is_written_in_its_language_with_the_same_placeholders() {
        for &text in Text::ALL {
            assert_eq!(placeholders(text.zh()), placeholders(text.en()), "{text:?}: placeholders differ");
            // The language switch names the other language in that language.
            if text == Text::NavLanguage {
                continue;
            }
            assert!(has_han(text.zh()), "{text:?}: the Chinese text has no Chinese: {}", text.zh());
            assert!(!has_han(text.en()), "{text:?}: the English text has Chinese in it: {}", text.en());
        }
    }

    #[test]
    fn placeholders_are_read_as_fill_writes_them() {
        assert_eq!(placeholders("{limit} 以内,共 {count} 条"), ["count", "limit"]);
        assert!(placeholders("no braces").is_empty());
    }
}
