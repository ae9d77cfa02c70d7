use crate::{
    components::{DataDownloads, SourceLine, page_data},
    i18n::{Text, use_lang},
    loaders::get_observation,
    model::ObservationPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/observation/{region}/{indicator}/{period}`: the exact sentence, with the number marked.
#[component]
pub fn Observation() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let param = move |name: &str| params.read().get(name).unwrap_or_default();
    let page = Resource::new(
        move || (lang.get(), param("region"), param("indicator"), param("period")),
        |(lang, region, indicator, period)| get_observation(lang, region, indicator, period),
    );
    page_data(page, |page| view! { <ObservationBody page /> })
}

#[component]
fn ObservationBody(page: ObservationPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let f = page.figure;
    let region_href = lang.get().href(&format!("/region/{}", f.region.code));
    let period_key = f.observation_href.rsplit('/').next().unwrap_or_default().to_owned();
    let data_query = format!("region={}&indicator={}&period={period_key}", f.region.code, f.indicator_key);
    let indicator_href = lang.get().href(&format!("/indicator/{}", f.indicator_key));
    view! {
        <Title text=format!("{} {} · {}", f.region.name, f.indicator, t(Text::SiteTitle)) />
        <p class="eyebrow">{t(Text::ObservationTitle)}</p>
        <h1><a href=region_href>{f.region.name}</a> " · " <a href=indicator_href>{f.indicator}</a></h1>
        <p class="big-figure num">{f.value}</p>
        <dl class="definition-list">
            <dt>{t(Text::ColPeriod)}</dt><dd>{f.period}</dd>
            <dt>{t(Text::Qualifier)}</dt><dd>{page.qualifier}</dd>
            <dt>{t(Text::ColSource)}</dt><dd><SourceLine source=page.source /></dd>
        </dl>
        <section aria-labelledby="sentence-heading">
            <h2 id="sentence-heading">{t(Text::SourceSentenceHeading)}</h2>
            <blockquote class="source-sentence" lang="zh-CN">
                {page.quote_before}<mark>{page.quote_figure}</mark>{page.quote_after}
            </blockquote>
        </section>
        <p><a href=page.compare_href>{t(Text::SeeCompare)}</a></p>
        <DataDownloads resource="observations" query=data_query />
    }
}
