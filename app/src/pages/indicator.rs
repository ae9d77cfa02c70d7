use crate::{
    components::{ChartFigure, DataDownloads, FigureTable, FiguresShown, page_data},
    i18n::{Text, fill, use_lang},
    loaders::get_indicator,
    model::IndicatorPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/indicator/{key}`: what it measures, every region's figures and sentences, its charts.
#[component]
pub fn Indicator() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let page = Resource::new(
        move || (lang.get(), params.read().get("key").unwrap_or_default()),
        |(lang, key)| get_indicator(lang, key),
    );
    page_data(page, |page| view! { <IndicatorBody page /> })
}

#[component]
fn IndicatorBody(page: IndicatorPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let i = page.indicator;
    let category_href = lang.get().href(&format!("/category/{}", i.category_key));
    let summary = fill(t(Text::CategoryReporting), &[("n", page.reporting.to_string())]);
    let compare_chart = chart_href(&i.key, lang.get());
    view! {
        <Title text=format!("{} · {}", i.name, t(Text::SiteTitle)) />
        <h1>{i.name.clone()}</h1>
        <dl class="definition-list">
            <dt>{t(Text::FieldCategory)}</dt><dd><a href=category_href>{i.category.clone()}</a></dd>
            <dt>{t(Text::Definition)}</dt><dd>{i.definition.clone()}</dd>
            <dt>{t(Text::Unit)}</dt><dd>{i.unit.clone()}</dd>
            <dt>{t(Text::Kind)}</dt><dd>{i.kind.clone()}</dd>
            <dt>{t(Text::Direction)}</dt><dd><strong>{i.direction.clone()}</strong></dd>
        </dl>
        <p class="summary">{summary} " · " <a href=page.compare_href>{t(Text::SeeCompare)}</a></p>
        {page.chart_svg.map(|svg| view! { <ChartFigure svg caption=i.name.clone() download=compare_chart /> })}
        {page.trend_svg.map(|svg| view! {
            <section aria-labelledby="trend-heading">
                <h2 id="trend-heading">{t(Text::TrendHeading)}</h2>
                <ChartFigure svg caption=format!("{} · {}", i.name, t(Text::TrendHeading)) download=page.trend_href />
            </section>
        })}
        <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t(Text::AllFigures)}</h2>
            <FiguresShown shown=page.figures.len() total=page.figures_total />
            <FigureTable figures=page.figures by_region=true />
            <DataDownloads resource="observations" query=format!("indicator={}", i.key) />
        </section>
    }
}

/// The comparison chart of `key` as a file (the page shows the regions that report).
pub(crate) fn chart_href(key: &str, lang: crate::i18n::Lang) -> String {
    let suffix = if lang == crate::i18n::Lang::En { "&lang=en" } else { "" };
    format!("/charts/compare.svg?indicator={key}{suffix}")
}
