//! URL building shared by the server and the browser.

mod query;

pub use query::{MAX_VALUE, QueryError, canonical_query};

/// Percent-encodes a query parameter's value (RFC 3986 unreserved characters stay as they are).
pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A path as a lenient router may read it: every percent-escape decoded, `.` and `..` segments
/// resolved and empty segments dropped. Access rules are checked on this form, so no spelling
/// of an office path (`/./supervision`, `//supervision`, `/%73upervision`) gets past them.
pub fn normalized_path(path: &str) -> String {
    path_with(path, |_| true)
}

/// The one spelling of `path` the site links to: escapes of unreserved characters decoded
/// (RFC 3986, 6.2.2), dot segments resolved, empty segments and a trailing slash dropped (no
/// route ends in one: `/en/` was a 404 the English pages linked to).
pub fn canonical_path(path: &str) -> String {
    let mut canonical = path_with(path, |b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    if canonical.len() > 1 && canonical.ends_with('/') {
        canonical.pop();
    }
    canonical
}

fn path_with(path: &str, decode: impl Fn(u8) -> bool) -> String {
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%').then(|| bytes.get(i + 1..i + 3)).flatten();
        let value = escaped.and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match value {
            Some(b) if decode(b) => {
                decoded.push(b);
                i += 3;
            }
            _ => {
                decoded.push(bytes[i]);
                i += 1;
            }
        }
    }
    let decoded = String::from_utf8_lossy(&decoded);
    let mut segments: Vec<&str> = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let trailing = decoded.len() > 1 && (decoded.ends_with('/') || decoded.ends_with("/.") || decoded.ends_with("/.."));
    let mut out = format!("/{}", segments.join("/"));
    if trailing && out.len() > 1 {
        out.push('/');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_as_a_lenient_router_would() {
        for (raw, normalized) in [
            ("/supervision/audit", "/supervision/audit"),
            ("/./supervision/audit", "/supervision/audit"),
            ("//supervision//audit", "/supervision/audit"),
            ("/x/../supervision/audit", "/supervision/audit"),
            ("/%73upervision/audit", "/supervision/audit"),
            ("/supervision%2Faudit", "/supervision/audit"),
            ("/%2e/supervision", "/supervision"),
            ("/../..", "/"),
            ("/", "/"),
        ] {
            assert_eq!(normalized_path(raw), normalized, "{raw}");
        }
        assert_eq!(canonical_path("/supervision%2Faudit"), "/supervision%2Faudit", "a slash stays escaped");
        assert_eq!(canonical_path("/%e6%b3%95"), "/%e6%b3%95");
        assert_eq!(canonical_path("/compare/"), "/compare");
        assert_eq!(canonical_path("/en/"), "/en");
        assert_eq!(canonical_path("/a/./b/"), "/a/b");
        assert_eq!(canonical_path("/"), "/");
    }
}
