use crate::{
    components::{ChartFigure, DataDownloads, page_data},
    i18n::{Text, fill, use_lang},
    loaders::get_category,
    model::CategoryPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/category/{key}?page=`: small multiples, one chart per indicator for the regions reporting
/// it, a page of them at a time.
#[component]
pub fn Category() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let page = Resource::new(
        move || {
            let number = query.read().get("page").and_then(|p| p.parse().ok());
            (lang.get(), params.read().get("key").unwrap_or_default(), number)
        },
        |(lang, key, number)| get_category(lang, key, number),
    );
    page_data(page, |page| view! { <CategoryBody page /> })
}

#[component]
fn CategoryBody(page: CategoryPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let href = move |path: String| lang.get().href(&path);
    view! {
        <Title text=format!("{} · {}", page.name, t(Text::SiteTitle)) />
        <h1>{page.name.clone()}</h1>
        <p class="hint">{page.framework}</p>
        <DataDownloads resource="observations" query=format!("category={}", page.key) />
        <ul class="multiples">
            {page.multiples.into_iter().map(|m| {
                let count = fill(t(Text::CategoryReporting), &[("n", m.reporting.to_string())]);
                view! {
                    <li class="multiple">
                        <h2><a href=href(format!("/indicator/{}", m.indicator_key))>{m.indicator.clone()}</a></h2>
                        <p class="hint">{count.clone()}</p>
                        {m.chart_svg.map(|svg| view! {
                            <ChartFigure svg caption=format!("{} · {count}", m.indicator)
                                download=super::indicator::chart_href(&m.indicator_key, lang.get()) />
                        })}
                        {m.single.map(|f| view! {
                            <p class="single-figure">
                                <a href=href(format!("/region/{}", f.region.code))>{f.region.name}</a> " "
                                <a href=f.observation_href class="num">{f.value}</a> " · " {f.period}
                            </p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <CategoryPager key=page.key.clone() page=page.page pages=page.pages />
        {(!page.unreported.is_empty()).then(|| view! {
            <p>{t(Text::CategoryUnreported)}</p>
            <ul>{page.unreported.into_iter().map(|(key, name)| view! { <li><a href=href(format!("/indicator/{key}"))>{name}</a></li> }).collect_view()}</ul>
        })}
    }
}

/// Links to the previous and next page of a category's charts (none when they fit on one).
#[component]
fn CategoryPager(key: String, page: usize, pages: usize) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let href = move |n: usize| {
        let base = lang.get().href(&format!("/category/{key}"));
        if n == 1 { base } else { format!("{base}?page={n}") }
    };
    (pages > 1).then(|| {
        let status = format!("{page} / {pages}");
        view! {
            <nav class="pager" aria-label=move || t(Text::ChartPages)>
                <p role="status">{status}</p>
                {(page > 1).then(|| view! { <a href=href(page - 1) rel="prev">{move || t(Text::PreviousPage)}</a> })}
                {(page < pages).then(|| view! { <a href=href(page + 1) rel="next">{move || t(Text::NextPage)}</a> })}
            </nav>
        }
    })
}
