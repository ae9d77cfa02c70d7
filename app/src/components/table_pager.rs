use crate::{
    i18n::{Text, fill, use_lang},
    model::TableWindowView,
    url::urlencode,
};
use leptos::prelude::*;

/// Search box and pager of a long rank table: a GET form and plain links, so both work without
/// JavaScript. `path` is the page's path, `query` the URL parameters that choose its data.
#[component]
pub fn TablePager(path: &'static str, query: String, table: TableWindowView) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let hidden = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| view! { <input type="hidden" name=name.to_owned() value=value.to_owned() /> })
        .collect_view();
    let search_query = if table.search.is_empty() { String::new() } else { format!("&q={}", urlencode(&table.search)) };
    let page_href = move |page: usize| lang.get().href(&format!("{path}?{query}{search_query}&page={page}"));
    let status = if table.matching == 0 {
        fill(t(Text::NoRegionMatches), &[("q", table.search.clone())])
    } else {
        let values =
            [("page", table.page.to_string()), ("pages", table.pages.to_string()), ("n", table.matching.to_string())];
        fill(t(Text::TablePage), &values)
    };
    let previous = (table.page > 1).then(|| page_href(table.page - 1));
    let next = (table.page < table.pages).then(|| page_href(table.page + 1));
    view! {
        <form method="get" action=lang.get().href(path) class="table-search" role="search">
            {hidden}
            <label for="field-q">{move || t(Text::SearchRegions)}</label>
            <input id="field-q" type="search" name="q" value=table.search.clone() />
            <button type="submit">{move || t(Text::SearchButton)}</button>
        </form>
        <nav class="pager" aria-label=move || t(Text::SearchRegions)>
            <p role="status">{status}</p>
            {previous.map(|href| view! { <a href=href rel="prev">{move || t(Text::PreviousPage)}</a> })}
            {next.map(|href| view! { <a href=href rel="next">{move || t(Text::NextPage)}</a> })}
        </nav>
    }
}
