//! The dashboard's two languages. A page's language comes from its URL (`/en/...` is English),
//! so each language has its own permalink; data keeps every text in both.

use serde::{Deserialize, Serialize};

/// A language of the dashboard: Chinese first, English second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// A fixed text in both languages (the interface's strings): what [`Lang::t`] picks from.
pub trait Bilingual {
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
}

impl Lang {
    /// The BCP 47 tag, as used in `lang=""` attributes.
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

    /// `text` in this language.
    pub fn t(self, text: impl Bilingual) -> &'static str {
        match self {
            Lang::Zh => text.zh(),
            Lang::En => text.en(),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn hrefs_carry_the_prefix_once() {
        assert_eq!(Lang::Zh.href("/compare"), "/compare");
        assert_eq!(Lang::En.href("/compare"), "/en/compare");
        assert_eq!(Lang::En.href("/"), "/en");
        assert_eq!(Lang::En.href("/?a=1"), "/en?a=1");
    }
}
