use crate::App;
use leptos::prelude::*;
use leptos_meta::MetaTags;

/// The HTML document around every page; `App` sets `lang` and the title per route.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    send_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=format!("/pkg/{}.css", options.output_name) />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Sends the policy with this page's nonce, the one Leptos writes on its inline scripts.
#[cfg(feature = "ssr")]
fn send_content_security_policy() {
    use crate::csp::{content_security_policy, is_embed};
    use axum::http::{HeaderValue, header, request::Parts};
    let Some(nonce) = leptos::nonce::use_nonce() else { return };
    let frameable = use_context::<Parts>().is_some_and(|parts| is_embed(parts.uri.path()));
    let policy = content_security_policy(Some(&nonce.to_string()), frameable);
    if let (Some(response), Ok(value)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(&policy))
    {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}
