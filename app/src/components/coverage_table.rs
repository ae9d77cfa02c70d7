use crate::{
    i18n::{Text, use_lang},
    model::CoverageTable as Table,
};
use leptos::prelude::*;
use leptos_router::components::A;

/// Regions × categories, counting reported indicators; a link filters to reporting regions
/// (a plain link without JavaScript, an instant client-side update with it).
#[component]
pub fn CoverageTable(table: Table, #[prop(into)] reporting_only: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let Table { categories, rows } = table;
    let header = categories
        .iter()
        .map(|(key, name)| {
            let href = lang.get().href(&format!("/category/{key}"));
            view! { <th scope="col"><a href=href>{name.clone()}</a></th> }
        })
        .collect_view();
    let keys: Vec<String> = categories.into_iter().map(|(key, _)| key).collect();
    let toggle = move || {
        let (href, text) = if reporting_only.get() {
            (lang.get().href("/"), Text::CoverageShowAll)
        } else {
            (format!("{}?reporting=only", lang.get().href("/")), Text::CoverageShowReporting)
        };
        view! { <A href=href attr:class="button-link" attr:id="coverage-toggle">{t(text)}</A> }
    };
    let body = move || {
        rows.iter()
            .filter(|row| !reporting_only.get() || row.total > 0)
            .map(|row| {
                let region_href = lang.get().href(&format!("/region/{}", row.code));
                let counts = row
                    .counts
                    .iter()
                    .zip(&keys)
                    .map(|(n, key)| match n {
                        0 => view! { <td class="num num--zero">"–"</td> }.into_any(),
                        n => {
                            let href = format!("{region_href}#{key}");
                            view! { <td class="num"><a href=href>{*n}</a></td> }.into_any()
                        }
                    })
                    .collect_view();
                let total = match row.total {
                    0 => view! { <td class="status-none">{t(Text::NotReported)}</td> }.into_any(),
                    n => view! { <td class="num num--total">{n}</td> }.into_any(),
                };
                view! {
                    <tr data-region=row.code.clone()>
                        <th scope="row"><a href=region_href.clone()>{row.name.clone()}</a></th>
                        {counts}
                        {total}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <p class="table-actions">{toggle}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-heading">
            <table class="coverage-table">
                <caption class="visually-hidden">{move || t(Text::CoverageIntro)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(Text::CoverageRegion)}</th>
                        {header}
                        <th scope="col">{move || t(Text::CoverageTotal)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
