use crate::{
    i18n::{Text, use_lang},
    model::FigureView,
};
use leptos::prelude::*;

/// Figures as a table; each value links to the sentence it came from.
#[component]
pub fn FigureTable(
    figures: Vec<FigureView>,
    /// Show the region column (off on a region's own page).
    #[prop(optional)]
    by_region: bool,
    /// Show the indicator column (off on an indicator's own page).
    #[prop(optional)]
    by_indicator: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let with_rank = figures.iter().any(|f| f.rank.is_some());
    let rows = figures
        .into_iter()
        .map(|f| {
            let region_href = lang.get().href(&format!("/region/{}", f.region.code));
            let indicator_href = lang.get().href(&format!("/indicator/{}", f.indicator_key));
            view! {
                <tr>
                    {by_indicator.then(|| view! { <th scope="row"><a href=indicator_href>{f.indicator}</a></th> })}
                    {by_region.then(|| view! { <td><a href=region_href>{f.region.name}</a></td> })}
                    <td class="num"><a href=f.observation_href>{f.value}</a></td>
                    <td>{f.period}</td>
                    {with_rank.then(|| view! { <td>{f.rank.unwrap_or_default()}</td> })}
                    <td class="figure-table__quote">
                        <details class="quote-details">
                            <summary>{move || t(Text::SourceSentence)}</summary>
                            <blockquote lang="zh-CN">{f.quote}</blockquote>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="figure-table">
                <thead>
                    <tr>
                        {by_indicator.then(|| view! { <th scope="col">{move || t(Text::ColIndicator)}</th> })}
                        {by_region.then(|| view! { <th scope="col">{move || t(Text::ColRegion)}</th> })}
                        <th scope="col" class="num">{move || t(Text::ColValue)}</th>
                        <th scope="col">{move || t(Text::ColPeriod)}</th>
                        {with_rank.then(|| view! { <th scope="col">{move || t(Text::ColRank)}</th> })}
                        <th scope="col">{move || t(Text::SourceSentence)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
