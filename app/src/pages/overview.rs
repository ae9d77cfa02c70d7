use crate::{
    components::{CoverageTable, DataDownloads, HeadlineCards, HonoursTable, SourceLine},
    i18n::{Text, fill, use_lang},
    loaders::get_overview,
    model::Overview as OverviewData,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/`: what the data is, headline figures, and who reports what.
#[component]
pub fn Overview() -> impl IntoView {
    let lang = use_lang();
    let l = lang.get_untracked();
    let t = move |text: Text| lang.get().t(text);
    let overview = Resource::new(move || lang.get(), get_overview);
    let query = use_query_map();
    let reporting_only = Signal::derive(move || query.read().get("reporting").as_deref() == Some("only"));
    view! {
        // A plain string: leptos_meta reads the title after the render, when a closure's
        // signals may already be gone ("disposed" panics under load).
        <Title text=format!("{} · {}", l.t(Text::OverviewTitle), l.t(Text::SiteTitle)) />
        <h1>{move || t(Text::SiteTitle)}</h1>
        <p class="lead">{move || t(Text::OverviewIntro)}</p>
        <Suspense fallback=move || view! { <p class="loading">{t(Text::Loading)}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(data) => view! { <OverviewBody data reporting_only /> }.into_any(),
                    Err(_) => view! { <p class="error" role="alert">{t(Text::ErrorBody)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OverviewBody(data: OverviewData, reporting_only: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let counts = [
        (data.figures.to_string(), fill(t(Text::CardFigures), &[])),
        (
            data.reporting_prefectures.to_string(),
            fill(t(Text::CardCitiesReporting), &[("total", data.prefectures.to_string())]),
        ),
        (data.indicators.to_string(), fill(t(Text::CardIndicators), &[("categories", data.categories.to_string())])),
        (data.honours.to_string(), fill(t(Text::CardHonours), &[("national", data.national_honours.to_string())])),
    ];
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t(Text::OverviewSourceHeading)}</h2>
            <ul class="source-list">
                {data.sources.into_iter().map(|source| view! { <li><SourceLine source /></li> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="headline-heading">
            <h2 id="headline-heading">{t(Text::HeadlineHeading)}</h2>
            <ul class="stats">
                {counts
                    .into_iter()
                    .map(|(n, label)| view! { <li class="stat"><span class="stat__number">{n}</span> <span class="stat__label">{label}</span></li> })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="firsts-heading">
            <h2 id="firsts-heading">{t(Text::FirstsHeading)}</h2>
            <p>{t(Text::FirstsIntro)}</p>
            <HeadlineCards figures=data.firsts />
        </section>
        <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t(Text::CoverageHeading)}</h2>
            <p>{t(Text::CoverageIntro)}</p>
            <CoverageTable table=data.coverage reporting_only />
            <DataDownloads resource="observations" />
        </section>
        <section aria-labelledby="honours-heading">
            <h2 id="honours-heading">{t(Text::HonoursTableHeading)}</h2>
            <HonoursTable honours=data.honour_list by_region=true />
            <DataDownloads resource="honours" />
        </section>
        <section aria-labelledby="download-heading">
            <h2 id="download-heading">{t(Text::DownloadHeading)}</h2>
            <p><a href="/downloads/observations.csv" download rel="external">{t(Text::DownloadObservations)}</a></p>
            <p><a href="/api/v1/openapi.json" rel="external" type="application/json">{t(Text::ApiDocument)}</a></p>
        </section>
    }
}
