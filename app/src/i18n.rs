//! The interface's two languages. Strings live in `locales/ui.tsv`; the language of a page
//! comes from its URL (`/en/...` is English), so each language has its own permalink.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The BCP 47 tag for `lang=""`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language a path is in.
    pub fn of_path(path: &str) -> Lang {
        split_lang(path).0
    }

    /// The language a form's or a query's `lang` field names (`en`; anything else is Chinese).
    pub fn of_tag(tag: &str) -> Lang {
        if tag == "en" { Lang::En } else { Lang::Zh }
    }

    /// The path prefix of the language: "" or "/en".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En => "/en",
        }
    }

    /// `path` in this language: `/compare` → `/en/compare`; the home page is `/en`, not `/en/`.
    pub fn href(self, path: &str) -> String {
        match (self.prefix(), path.strip_prefix('/')) {
            ("", _) => path.to_owned(),
            (prefix, Some(rest)) if rest.is_empty() || rest.starts_with('?') => format!("{prefix}{rest}"),
            (prefix, _) => format!("{prefix}{path}"),
        }
    }

    pub fn t(self, text: Text) -> &'static str {
        match self {
            Lang::Zh => text.zh(),
            Lang::En => text.en(),
        }
    }
}

/// The language of the current page, from the URL.
pub fn use_lang() -> Memo<Lang> {
    let location = use_location();
    Memo::new(move |_| Lang::of_path(&location.pathname.get()))
}

/// The one reading of a path's language: the language and the path without its prefix
/// (`/en/compare` → English, `/compare`; `/en` → English, `/`; `/english` is Chinese).
pub fn split_lang(path: &str) -> (Lang, &str) {
    match path.strip_prefix("/en") {
        Some("") => (Lang::En, "/"),
        Some(rest) if rest.starts_with('/') => (Lang::En, rest),
        _ => (Lang::Zh, path),
    }
}

/// The same page in the other language.
pub fn other_language_path(path: &str, query: &str) -> String {
    let path = match split_lang(path) {
        (Lang::En, rest) => rest.to_owned(),
        (Lang::Zh, _) => format!("/en{}", if path == "/" { "" } else { path }),
    };
    if query.is_empty() { path } else { format!("{path}?{query}") }
}

#[cfg(feature = "ssr")]
impl From<Lang> for data::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => data::Lang::Zh,
            Lang::En => data::Lang::En,
        }
    }
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

    #[test]
    fn language_follows_the_path() {
        assert_eq!(Lang::of_path("/"), Lang::Zh);
        assert_eq!(Lang::of_path("/en"), Lang::En);
        assert_eq!(Lang::of_path("/en/compare"), Lang::En);
        assert_eq!(Lang::of_path("/english"), Lang::Zh);
        assert_eq!(split_lang("/en/supervision/entry"), (Lang::En, "/supervision/entry"));
        assert_eq!(split_lang("/en"), (Lang::En, "/"));
        assert_eq!(split_lang("/embed/compare"), (Lang::Zh, "/embed/compare"));
        assert_eq!((Lang::of_tag("en"), Lang::of_tag(""), Lang::of_tag("zh-CN")), (Lang::En, Lang::Zh, Lang::Zh));
        assert_eq!(other_language_path("/", ""), "/en");
        assert_eq!(other_language_path("/en", "a=1"), "/?a=1");
        assert_eq!(other_language_path("/en/region/410600", ""), "/region/410600");
    }
}
