use crate::{
    components::{DataDownloads, FigureTable, FiguresShown, SourceLine, page_data},
    i18n::{Text, use_lang},
    loaders::get_sources,
    model::SourcePage,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/sources`: every source, and the figures taken from it.
#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_sources);
    page_data(page, |page| view! { <SourcesBody page /> })
}

#[component]
fn SourcesBody(page: SourcePage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    view! {
        <Title text=format!("{} · {}", t(Text::SourcesTitle), t(Text::SiteTitle)) />
        <h1>{t(Text::SourcesTitle)}</h1>
        <p class="lead">{t(Text::SourcesIntro)}</p>
        <DataDownloads resource="sources" />
        {page.sources.into_iter().map(|s| {
            let id = s.source.id.clone();
            view! {
            <section class="source-block" id=id>
                <h2><SourceLine source=s.source /></h2>
                <p class="hint">{s.note}</p>
                <FiguresShown shown=s.figures.len() total=s.figures_total />
                {(s.figures_total > s.figures.len()).then(|| view! { <DataDownloads resource="observations" /> })}
                {(!s.figures.is_empty()).then(|| view! { <FigureTable figures=s.figures by_region=true by_indicator=true /> })}
            </section>
        }}).collect_view()}
    }
}
