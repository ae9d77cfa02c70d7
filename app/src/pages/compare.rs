use crate::{
    components::{ChartFigure, CompareControls, DataDownloads, RankTable, SourceLine, TablePager, page_data},
    error::AppError,
    i18n::{Text, fill, use_lang},
    loaders::get_comparison,
    model::ComparePage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/compare?category=&indicator=&period=&per=&q=&page=&region=`: every region ranked on one
/// indicator; with many regions the chart shows both ends and a histogram, the table pages.
#[component]
pub fn Compare() -> impl IntoView {
    let lang = use_lang();
    let page = comparison_of_query();
    view! {
        <h1>{move || lang.get().t(Text::CompareTitle)}</h1>
        <p class="lead">{move || lang.get().t(Text::CompareIntro)}</p>
        {page_data(page, |page| view! { <CompareBody page /> })}
    }
}

/// The comparison the URL's query asks for (`/compare` and `/embed/compare`).
pub(crate) fn comparison_of_query() -> Resource<Result<ComparePage, AppError>> {
    let lang = use_lang();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name);
    let choice = move || (param("category"), param("indicator"), param("period"), param("per"));
    // A page number that is not one shows the first page.
    let table = move || (param("q"), param("page").and_then(|p| p.parse().ok()), param("region"));
    Resource::new(
        move || (lang.get(), choice(), table()),
        |(lang, (category, indicator, period, per), (q, page, region))| {
            get_comparison(lang, category, indicator, period, per, q, page, region)
        },
    )
}

#[component]
fn CompareBody(page: ComparePage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let ComparePage {
        categories, indicators, periods, per_capita_available, per_capita, indicator, rows, ranked, ..
    } = page;
    let summary =
        fill(t(Text::ReportingCount), &[("n", page.reporting.to_string()), ("total", page.total.to_string())]);
    let indicator_href = lang.get().href(&format!("/indicator/{}", indicator.key));
    let caption = format!("{} · {}", indicator.name, summary);
    let embed_href = lang.get().href(&format!("/embed/compare?{}", page.data_query));
    view! {
        <Title text=format!("{} · {} · {}", indicator.name, t(Text::CompareTitle), t(Text::SiteTitle)) />
        <CompareControls categories indicators periods per_capita_available per_capita />
        <section class="compare-result" aria-labelledby="indicator-heading">
            <h2 id="indicator-heading"><a href=indicator_href>{indicator.name.clone()}</a></h2>
            <p class="indicator-meta">
                {indicator.category.clone()} " · " {indicator.kind.clone()} " · " {indicator.unit.clone()} " · "
                <strong class:direction-lower=indicator.lower_is_better>{indicator.direction.clone()}</strong>
            </p>
            <p>{indicator.definition.clone()}</p>
            <p class="summary">{summary}</p>
            {page.only_reporter.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            {page.chart_window.map(|text| view! { <p class="notice">{text}</p> })}
            {page.chart_svg.map(|svg| view! { <ChartFigure svg caption download=page.chart_href embed=embed_href /> })}
            {page.distribution_svg.map(|svg| view! { <div class="chart distribution" inner_html=svg></div> })}
            {page.table.paged.then(|| view! { <TablePager path="/compare" query=page.data_query.clone() table=page.table.clone() /> })}
            <RankTable rows per_capita ranked />
            <DataDownloads resource="compare" query=page.data_query />
            {page.population_source.map(|source| view! {
                <p class="citation">{t(Text::CensusCitation)} " " <SourceLine source /></p>
            })}
        </section>
    }
}
