use crate::{
    components::{SiteFooter, SiteHeader},
    csp::is_embed,
    i18n::use_lang,
    pages::{
        Audit, Board, Category, Compare, EmbedCompare, Entry, Extract, ExtractReviewPage, Indicator, Indicators, Login,
        NotFound, Observation, Overview, Region, Regions, Report, Sources, Targets, Upload, UploadPreview, Users,
    },
};
use leptos::prelude::*;
use leptos_meta::{Html, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

/// Routes, each in Chinese (`/...`) and English (`/en/...`). Public pages render fully on the
/// server (`SsrMode::Async`) so they are complete without JavaScript; with it they hydrate and
/// navigate without reloads.
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
    let location = use_location();
    // Embedded views go into other sites' pages: no header, navigation or footer of ours.
    let chrome = move || !is_embed(&location.pathname.get());
    view! {
        <Html attr:lang=move || lang.get().tag() />
        <Title formatter=title_text />
        <Show when=chrome>
            <SiteHeader />
        </Show>
        <main id="main">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Overview ssr=SsrMode::Async />
                <Route path=path!("/en") view=Overview ssr=SsrMode::Async />
                <Route path=path!("/compare") view=Compare ssr=SsrMode::Async />
                <Route path=path!("/en/compare") view=Compare ssr=SsrMode::Async />
                <Route path=path!("/embed/compare") view=EmbedCompare ssr=SsrMode::Async />
                <Route path=path!("/en/embed/compare") view=EmbedCompare ssr=SsrMode::Async />
                <Route path=path!("/regions") view=Regions ssr=SsrMode::Async />
                <Route path=path!("/en/regions") view=Regions ssr=SsrMode::Async />
                <Route path=path!("/region/:code") view=Region ssr=SsrMode::Async />
                <Route path=path!("/en/region/:code") view=Region ssr=SsrMode::Async />
                <Route path=path!("/indicators") view=Indicators ssr=SsrMode::Async />
                <Route path=path!("/en/indicators") view=Indicators ssr=SsrMode::Async />
                <Route path=path!("/indicator/:key") view=Indicator ssr=SsrMode::Async />
                <Route path=path!("/en/indicator/:key") view=Indicator ssr=SsrMode::Async />
                <Route path=path!("/category/:key") view=Category ssr=SsrMode::Async />
                <Route path=path!("/en/category/:key") view=Category ssr=SsrMode::Async />
                <Route path=path!("/observation/:region/:indicator/:period") view=Observation ssr=SsrMode::Async />
                <Route path=path!("/en/observation/:region/:indicator/:period") view=Observation ssr=SsrMode::Async />
                <Route path=path!("/sources") view=Sources ssr=SsrMode::Async />
                <Route path=path!("/en/sources") view=Sources ssr=SsrMode::Async />
                <Route path=path!("/login") view=Login ssr=SsrMode::Async />
                <Route path=path!("/en/login") view=Login ssr=SsrMode::Async />
                <Route path=path!("/supervision") view=Board ssr=SsrMode::Async />
                <Route path=path!("/en/supervision") view=Board ssr=SsrMode::Async />
                <Route path=path!("/supervision/entry") view=Entry ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/entry") view=Entry ssr=SsrMode::Async />
                <Route path=path!("/supervision/upload") view=Upload ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/upload") view=Upload ssr=SsrMode::Async />
                <Route path=path!("/supervision/uploads/:id") view=UploadPreview ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/uploads/:id") view=UploadPreview ssr=SsrMode::Async />
                <Route path=path!("/supervision/extract") view=Extract ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/extract") view=Extract ssr=SsrMode::Async />
                <Route path=path!("/supervision/extract/review") view=ExtractReviewPage ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/extract/review") view=ExtractReviewPage ssr=SsrMode::Async />
                <Route path=path!("/supervision/audit") view=Audit ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/audit") view=Audit ssr=SsrMode::Async />
                <Route path=path!("/supervision/targets") view=Targets ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/targets") view=Targets ssr=SsrMode::Async />
                <Route path=path!("/supervision/report/:code") view=Report ssr=SsrMode::Async />
                <Route path=path!("/en/supervision/report/:code") view=Report ssr=SsrMode::Async />
                <Route path=path!("/admin/users") view=Users ssr=SsrMode::Async />
                <Route path=path!("/en/admin/users") view=Users ssr=SsrMode::Async />
            </Routes>
        </main>
        <Show when=chrome>
            <SiteFooter />
        </Show>
    }
}

/// Titles hold data (region and indicator names). leptos_meta writes them into the server's
/// HTML as they are, so a name containing `</title>` could end the element: escape them there.
/// In the browser the title is set as `document.title`, plain text, and needs no escaping.
fn title_text(text: String) -> String {
    if cfg!(feature = "ssr") { text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;") } else { text }
}
