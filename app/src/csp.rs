//! The Content-Security-Policy: scripts only from this site or inline with the page's nonce
//! (Leptos puts it on its hydration scripts), wasm allowed to compile, styles and images from
//! this site only, and no framing except for the embeddable views.

/// The policy for a response; `nonce` is the page's, `None` for responses without scripts.
pub fn content_security_policy(nonce: Option<&str>, frameable: bool) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
    };
    let ancestors = if frameable { "*" } else { "'none'" };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {ancestors}"
    )
}

/// The nonce of one response, made by the server's security-headers layer before the page
/// renders. The layer sends it in the policy; Leptos writes it on its inline scripts. Kept out
/// of Leptos' `ResponseOptions`: a header set there while rendering was now and then missing
/// from the response under concurrent requests, and the page's scripts were then blocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageNonce(pub String);

/// Gives the page being rendered the nonce of its response (run as Leptos' additional context).
#[cfg(feature = "ssr")]
pub fn provide_page_nonce() {
    use leptos::prelude::*;
    let nonce =
        use_context::<axum::http::request::Parts>().and_then(|parts| parts.extensions.get::<PageNonce>().cloned());
    if let Some(PageNonce(nonce)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
}

/// Whether `path` is an embeddable view, the only kind other sites may put in a frame.
pub fn is_embed(path: &str) -> bool {
    let path = path.strip_prefix("/en").unwrap_or(path);
    path == "/embed" || path.starts_with("/embed/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_embeds_may_be_framed() {
        assert!(is_embed("/embed/compare") && is_embed("/en/embed/compare"));
        assert!(!is_embed("/compare") && !is_embed("/embedded") && !is_embed("/en/compare"));
        assert!(content_security_policy(None, false).ends_with("frame-ancestors 'none'"));
        assert!(content_security_policy(Some("abc"), true).contains("'nonce-abc'"));
    }
}
