use crate::i18n::{Text, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

/// 404: says so plainly and offers a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    view! {
        <Title text=move || format!("{} · {}", t(Text::NotFoundTitle), t(Text::SiteTitle)) />
        <section class="message-page">
            <h1>{move || t(Text::NotFoundTitle)}</h1>
            <p>{move || t(Text::NotFoundBody)}</p>
            <p><a href=move || lang.get().href("/")>{move || t(Text::BackToOverview)}</a></p>
        </section>
    }
}
