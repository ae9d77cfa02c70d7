use crate::App;
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags};

/// The HTML document around every page; `App` sets `lang` and the title per route. With a
/// hash file (`make site` writes it) the stylesheet, script and wasm have content-hashed names.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
                <HashedStylesheet options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}
