use crate::{
    i18n::{Text, use_lang},
    model::SourceRef,
};
use leptos::prelude::*;

/// A citation: 《title》, publisher, publication date, with a link when the URL is known.
#[component]
pub fn SourceLine(source: SourceRef) -> impl IntoView {
    let lang = use_lang();
    let title = format!("《{}》", source.title);
    let title = match source.url {
        Some(url) => view! { <a href=url rel="external">{title}</a> }.into_any(),
        None => view! { <cite>{title}</cite> }.into_any(),
    };
    view! {
        <span class="source-line">
            {title} " " {source.publisher} " · " {move || lang.get().t(Text::PublishedOn)} " "
            <time>{source.published}</time>
        </span>
    }
}
