use crate::{
    components::{ChartFigure, RankTable, SourceLine, page_data},
    i18n::{Text, fill, use_lang},
    model::ComparePage,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/embed/compare?indicator=…`: one comparison, chart and table, with no site chrome, for
/// other sites' iframes (the only route that may be framed). Links open in the top window.
#[component]
pub fn EmbedCompare() -> impl IntoView {
    let page = super::compare::comparison_of_query();
    page_data(page, |page| view! { <EmbedBody page /> })
}

#[component]
fn EmbedBody(page: ComparePage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let ComparePage { per_capita, indicator, rows, ranked, .. } = page;
    let summary =
        fill(t(Text::ReportingCount), &[("n", page.reporting.to_string()), ("total", page.total.to_string())]);
    let full_href = lang.get().href(&format!("/compare?{}", page.data_query));
    view! {
        <Title text=format!("{} · {}", indicator.name, t(Text::SiteTitle)) />
        <article class="embed" aria-labelledby="embed-heading">
            <h1 id="embed-heading" class="embed__title">{indicator.name.clone()}</h1>
            <p class="summary">{indicator.unit.clone()} " · " {summary.clone()}</p>
            {page.only_reporter.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            {page.chart_svg.map(|svg| view! { <ChartFigure svg caption=format!("{} · {summary}", indicator.name) /> })}
            <RankTable rows per_capita ranked link_target="_top" />
            {page.population_source.map(|source| view! {
                <p class="citation">{t(Text::CensusCitation)} " " <SourceLine source /></p>
            })}
            <p class="embed__credit">
                <a href=full_href target="_top">{t(Text::EmbedFullPage)}</a> " · " {t(Text::SiteTitle)}
            </p>
        </article>
    }
}
