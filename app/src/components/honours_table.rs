use crate::{
    i18n::{Text, use_lang},
    model::HonourView,
};
use leptos::prelude::*;

/// Honours and nominations, with the sentence each came from.
#[component]
pub fn HonoursTable(honours: Vec<HonourView>, #[prop(optional)] by_region: bool) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let rows = honours
        .into_iter()
        .map(|h| {
            let region_href = lang.get().href(&format!("/region/{}", h.region.code));
            let year = h.year.map_or_else(|| t(Text::YearUnknown).to_owned(), |y| y.to_string());
            view! {
                <tr>
                    {by_region.then(|| view! { <td><a href=region_href>{h.region.name}</a></td> })}
                    <th scope="row">
                        {h.title}
                        <details class="quote-details">
                            <summary>{move || t(Text::SourceSentence)}</summary>
                            <blockquote lang="zh-CN">{h.quote}</blockquote>
                        </details>
                    </th>
                    <td>{h.level}</td>
                    <td>{h.status}</td>
                    <td>{year}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="honours-table">
                <thead>
                    <tr>
                        {by_region.then(|| view! { <th scope="col">{move || t(Text::ColRegion)}</th> })}
                        <th scope="col">{move || t(Text::ColHonour)}</th>
                        <th scope="col">{move || t(Text::ColLevel)}</th>
                        <th scope="col">{move || t(Text::ColStatus)}</th>
                        <th scope="col">{move || t(Text::ColYear)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
