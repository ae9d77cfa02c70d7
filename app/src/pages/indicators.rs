use crate::{
    components::{DataDownloads, page_data},
    i18n::{Text, use_lang},
    loaders::get_indicators,
    model::IndicatorsPage,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/indicators`: the taxonomy, each indicator with how many regions report it.
#[component]
pub fn Indicators() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_indicators);
    page_data(page, |page| view! { <IndicatorsBody page /> })
}

#[component]
fn IndicatorsBody(page: IndicatorsPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let href = move |path: String| lang.get().href(&path);
    view! {
        <Title text=format!("{} · {}", t(Text::IndicatorsTitle), t(Text::SiteTitle)) />
        <h1>{t(Text::IndicatorsTitle)}</h1>
        <DataDownloads resource="indicators" />
        {page.groups.into_iter().map(|g| view! {
            <section aria-labelledby=format!("{}-heading", g.key)>
                <h2 id=format!("{}-heading", g.key)><a href=href(format!("/category/{}", g.key))>{g.name}</a></h2>
                <p class="hint">{g.framework}</p>
                <ul class="indicator-list">
                    {g.indicators.into_iter().map(|i| view! {
                        <li class:unreported=i.reporting == 0>
                            <a href=href(format!("/indicator/{}", i.key))>{i.name}</a>
                            " " <span class="count">"(" {i.reporting} ")"</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }).collect_view()}
    }
}
