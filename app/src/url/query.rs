//! One URL per public page: each public route knows its parameters, and any other spelling
//! (unknown or empty parameters, repeats, another order, other escapes, values a parameter
//! cannot take) has one canonical form to redirect to. A URL that does not exist then cannot
//! force a render.

use super::urlencode;

/// The parameters of a public page, in the order its links and forms write them; `None` for
/// routes that are not public pages (the office's, the API, downloads, files).
fn parameters(path: &str) -> Option<&'static [Parameter]> {
    let (_, path) = crate::i18n::split_lang(path);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    Some(match segments.as_slice() {
        [] => &[Parameter::Choice("reporting", &["only"])],
        ["compare"] | ["embed", "compare"] => &COMPARE,
        ["regions" | "indicators" | "sources"] => &[],
        ["category", _] => &[Parameter::PageNumber("page")],
        ["region" | "indicator", _] | ["observation", _, _, _] => &[],
        _ => return None,
    })
}

const COMPARE: [Parameter; 7] = [
    Parameter::Text("category"),
    Parameter::Text("indicator"),
    Parameter::Text("period"),
    Parameter::Choice("per", &["capita"]),
    Parameter::Text("q"),
    Parameter::PageNumber("page"),
    Parameter::Text("region"),
];

enum Parameter {
    Text(&'static str),
    /// Only these values mean anything; others are left out.
    Choice(&'static str, &'static [&'static str]),
    /// A page number from 2 on (page 1 is the page without one).
    PageNumber(&'static str),
}

impl Parameter {
    fn name(&self) -> &'static str {
        match self {
            Parameter::Text(name) | Parameter::Choice(name, _) | Parameter::PageNumber(name) => name,
        }
    }

    fn keeps(&self, value: &str) -> bool {
        match self {
            Parameter::Text(_) => !value.is_empty(),
            Parameter::Choice(_, values) => values.contains(&value),
            Parameter::PageNumber(_) => {
                // As the pager writes it: no sign, no leading zero.
                !value.starts_with('0')
                    && value.len() <= 9
                    && value.bytes().all(|b| b.is_ascii_digit())
                    && value.parse::<u32>().is_ok_and(|n| n > 1)
            }
        }
    }
}

/// The longest parameter value read, in bytes once decoded (a search, a code).
pub const MAX_VALUE: usize = 200;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("a parameter is not valid UTF-8 once decoded")]
    NotUtf8,
    #[error("a parameter is longer than {MAX_VALUE} bytes")]
    TooLong,
}

/// The canonical query of a public page at `path` for the given raw `query` (`""` when the
/// page takes no parameters or none is left), or `None` when `path` is not a public page.
pub fn canonical_query(path: &str, query: &str) -> Result<Option<String>, QueryError> {
    let Some(parameters) = parameters(path) else { return Ok(None) };
    let pairs = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((decode(name)?, decode(value)?))
        })
        .collect::<Result<Vec<_>, QueryError>>()?;
    let canonical: Vec<String> = parameters
        .iter()
        .filter_map(|parameter| {
            // The first of repeats counts, as the pages read them.
            let (_, value) = pairs.iter().find(|(name, _)| name == parameter.name())?;
            parameter.keeps(value).then(|| format!("{}={}", parameter.name(), urlencode(value)))
        })
        .collect();
    Ok(Some(canonical.join("&")))
}

/// A form-encoded component: `+` is a space, `%XX` a byte.
fn decode(text: &str) -> Result<String, QueryError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%').then(|| bytes.get(i + 1..i + 3)).flatten();
        match escaped.and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()) {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
        if out.len() > MAX_VALUE {
            return Err(QueryError::TooLong);
        }
    }
    String::from_utf8(out).map_err(|_| QueryError::NotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(path: &str, query: &str) -> Option<String> {
        canonical_query(path, query).unwrap()
    }

    #[test]
    fn each_public_page_has_one_query() {
        let compare = |q| canonical("/compare", q).unwrap();
        assert_eq!(compare("indicator=a&period=2022"), "indicator=a&period=2022", "already canonical");
        assert_eq!(compare("period=2022&indicator=a"), "indicator=a&period=2022", "order");
        assert_eq!(compare("indicator=a&x=1"), "indicator=a", "unknown parameter");
        assert_eq!(compare("indicator=a&indicator=b"), "indicator=a", "the first of repeats");
        assert_eq!(compare("category=&indicator=a&period=&per=capita"), "indicator=a&per=capita", "empty");
        assert_eq!(compare("indicator=%61&per=yes"), "indicator=a", "escapes; a value per cannot take");
        assert_eq!(compare("q=%E6%B4%9B+%E9%98%B3&page=2"), "q=%E6%B4%9B%20%E9%98%B3&page=2");
        assert_eq!(compare("page=1"), "", "page 1 is the page");
        assert_eq!(compare("page=02&page=3"), "", "not a page number as written");
        assert_eq!(canonical("/en/embed/compare", "x=1").unwrap(), "");
        assert_eq!(canonical("/", "reporting=only&x=2").unwrap(), "reporting=only");
        assert_eq!(canonical("/en", "reporting=all").unwrap(), "");
        assert_eq!(canonical("/region/410300", "a=b").unwrap(), "");
        assert_eq!(canonical("/regions", "").unwrap(), "");
    }

    #[test]
    fn other_routes_are_left_alone() {
        for path in ["/supervision", "/login", "/api/v1/observations", "/charts/compare.svg", "/pkg/x.js", "/nope/x/y"]
        {
            assert_eq!(canonical(path, "x=1"), None, "{path}");
        }
    }

    #[test]
    fn values_that_cannot_be_read_are_refused() {
        assert_eq!(canonical_query("/compare", "q=%FF"), Err(QueryError::NotUtf8));
        assert_eq!(canonical_query("/compare", &format!("q={}", "a".repeat(MAX_VALUE + 1))), Err(QueryError::TooLong));
    }
}
