//! The Content-Security-Policy: scripts only from this site or inline when their SHA-256 is
//! listed (the few fixed scripts Leptos writes into every page), wasm allowed to compile,
//! styles and images from this site only, and no framing except for the embeddable views.
//! Hashes instead of a per-response nonce: a page's bytes then depend only on its URL, its
//! language and the data version, so the server and any shared cache can keep them.

/// The policy for a response; `script_hashes` are the `sha256-…` sources of the inline scripts
/// pages may run (empty for responses without scripts).
pub fn content_security_policy(script_hashes: &[String], frameable: bool) -> String {
    let inline: String = script_hashes.iter().map(|hash| format!(" '{hash}'")).collect();
    let ancestors = if frameable { "*" } else { "'none'" };
    format!(
        "default-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {ancestors}"
    )
}

/// The `sha256-…` sources of the inline scripts every page carries: the island loader of
/// `HydrationScripts` (it names this build's files) and the two data scripts Leptos' renderer
/// writes (empty in islands mode: no resource is sent to the browser). Worked out once at
/// start-up from the same code that writes them; `tests/tests/publishing.rs` checks that every
/// page's inline scripts are among them.
#[cfg(feature = "ssr")]
pub fn inline_script_hashes(options: &leptos::prelude::LeptosOptions) -> Vec<String> {
    use leptos::prelude::*;
    let loader = Owner::new().with(|| view! { <HydrationScripts options=options.clone() islands=true /> }.to_html());
    let mut scripts = inline_scripts(&loader);
    scripts.extend(LEPTOS_DATA_SCRIPTS.map(str::to_owned));
    scripts.iter().map(|script| script_hash(script)).collect()
}

/// Takes away the per-response nonce leptos_axum gives every render: scripts are allowed by
/// their hashes, and a nonce would make every response's bytes different (run as Leptos'
/// additional context).
#[cfg(feature = "ssr")]
pub fn no_nonce() {
    let _ = leptos::prelude::take_context::<leptos::nonce::Nonce>();
}

/// What Leptos' server renderer (`hydration_context`) writes when no resource or error is
/// serialised: always, in islands mode.
#[cfg(feature = "ssr")]
const LEPTOS_DATA_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The text of every inline `<script>` element in `html`, as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>') else { break };
        let body = &rest[start + open_end + 1..];
        let Some(close) = body.find("</script>") else { break };
        let opening = &rest[start..start + open_end];
        if !opening.contains(" src=") {
            scripts.push(body[..close].to_owned());
        }
        rest = &body[close + "</script>".len()..];
    }
    scripts
}

/// The CSP source that allows an inline script with exactly this text.
#[cfg(feature = "ssr")]
pub fn script_hash(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(script.as_bytes());
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Whether `path` is an embeddable view, the only kind other sites may put in a frame.
pub fn is_embed(path: &str) -> bool {
    let (_, path) = crate::i18n::split_lang(path);
    path == "/embed" || path.starts_with("/embed/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_embeds_may_be_framed() {
        assert!(is_embed("/embed/compare") && is_embed("/en/embed/compare"));
        assert!(!is_embed("/compare") && !is_embed("/embedded") && !is_embed("/en/compare"));
        assert!(content_security_policy(&[], false).ends_with("frame-ancestors 'none'"));
        let policy = content_security_policy(&["sha256-abc".into()], true);
        assert!(policy.contains("script-src 'self' 'sha256-abc' 'wasm-unsafe-eval'"), "{policy}");
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<script type="module">a()</script><script src="/x.js"></script><p><script>b</script>"#;
        assert_eq!(inline_scripts(html), ["a()", "b"]);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_hash_is_the_base64_sha256_of_the_text() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(script_hash("alert(1)"), "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    }
}
