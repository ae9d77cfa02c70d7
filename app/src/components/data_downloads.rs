use crate::i18n::{Text, use_lang};
use leptos::prelude::*;

/// Links to the table on this page as open data: `/api/v1/{resource}.csv` and the JSON list,
/// with the page's filter (`query`, e.g. `region=410600`).
#[component]
pub fn DataDownloads(resource: &'static str, #[prop(optional, into)] query: String) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let csv =
        if query.is_empty() { format!("/api/v1/{resource}.csv") } else { format!("/api/v1/{resource}.csv?{query}") };
    // The largest page the API gives, so the JSON is the whole table at this size.
    let json = if query.is_empty() {
        format!("/api/v1/{resource}?limit=1000")
    } else {
        format!("/api/v1/{resource}?{query}&limit=1000")
    };
    view! {
        <p class="data-downloads">
            {move || t(Text::DownloadHeading)} ": "
            <a href=csv download rel="external">{move || t(Text::DownloadTableCsv)}</a> " · "
            <a href=json rel="external" type="application/json">{move || t(Text::DownloadTableJson)}</a>
        </p>
    }
}
