use crate::{
    components::{DataDownloads, FigureTable, HonoursTable, SourceLine, page_data},
    i18n::{Text, fill, use_lang},
    loaders::get_region,
    model::RegionPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/region/{code}`: a city's figures by category, its ranks, honours and practices.
#[component]
pub fn Region() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let page = Resource::new(
        move || (lang.get(), params.read().get("code").unwrap_or_default()),
        |(lang, code)| get_region(lang, code),
    );
    page_data(page, |page| view! { <RegionBody page /> })
}

#[component]
fn RegionBody(page: RegionPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let reports = fill(t(Text::RegionReports), &[("n", page.reported.to_string()), ("total", page.total.to_string())]);
    let link = move |code: &str| lang.get().href(&format!("/region/{code}"));
    view! {
        <Title text=format!("{} · {}", page.region.name, t(Text::SiteTitle)) />
        <h1>{page.region.name.clone()}</h1>
        <p class="region-meta">
            {page.level} {page.parent.map(|p| view! { " · " <a href=link(&p.code)>{p.name}</a> })}
            {page.population.map(|n| view! { " · " {t(Text::RegionPopulation)} " " <span class="num">{n}</span> })}
        </p>
        {page.population_source.map(|source| view! { <p class="citation">{t(Text::CensusCitation)} " " <SourceLine source /></p> })}
        <p class="summary">{reports}</p>
        <DataDownloads resource="observations" query=format!("region={}", page.region.code) />
        {page.categories.is_empty().then(|| view! { <p class="notice">{t(Text::NoFigures)}</p> })}
        {page.earlier_not_shown.map(|n| view! { <p class="notice">{fill(t(Text::RegionFolded), &[("n", n.to_string())])}</p> })}
        {page.categories.into_iter().map(|c| view! {
            <section id=c.key.clone() aria-labelledby=format!("{}-heading", c.key)>
                <h2 id=format!("{}-heading", c.key)>
                    <a href=lang.get().href(&format!("/category/{}", c.key))>{c.name}</a>
                </h2>
                <FigureTable figures=c.figures by_indicator=true />
            </section>
        }).collect_view()}
        {(!page.honours.is_empty()).then(|| view! {
            <section aria-labelledby="honours-heading">
                <h2 id="honours-heading">{t(Text::HonoursHeading)}</h2>
                <HonoursTable honours=page.honours by_region=true />
                <DataDownloads resource="honours" query=format!("region={}", page.region.code) />
            </section>
        })}
        {(!page.practices.is_empty()).then(|| view! {
            <section aria-labelledby="practices-heading">
                <h2 id="practices-heading">{t(Text::PracticesHeading)}</h2>
                <dl class="practices">
                    {page.practices.into_iter().map(|p| view! {
                        <dt>{p.name}</dt>
                        <dd>{p.summary}
                            <details class="quote-details">
                                <summary>{t(Text::SourceSentence)}</summary>
                                <blockquote lang="zh-CN">{p.quote}</blockquote>
                            </details>
                        </dd>
                    }).collect_view()}
                </dl>
            </section>
        })}
        {(!page.counties.is_empty()).then(|| view! {
            <section aria-labelledby="counties-heading">
                <h2 id="counties-heading">{t(Text::CountiesHeading)}</h2>
                <ul>{page.counties.into_iter().map(|c| view! { <li><a href=link(&c.code)>{c.name}</a></li> }).collect_view()}</ul>
            </section>
        })}
    }
}
