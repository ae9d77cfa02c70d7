use crate::{
    components::{SiteFooter, SiteHeader},
    i18n::use_lang,
    pages::{NotFound, Overview},
};
use leptos::prelude::*;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// Routes. Public pages render fully on the server (`SsrMode::Async`) so they are complete
/// without JavaScript; with it they hydrate and navigate without reloads.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Document />
        </Router>
    }
}

#[component]
fn Document() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Html attr:lang=move || lang.get().tag() />
        <SiteHeader />
        <main id="main">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Overview ssr=SsrMode::Async />
                <Route path=path!("/en") view=Overview ssr=SsrMode::Async />
            </Routes>
        </main>
        <SiteFooter />
    }
}
