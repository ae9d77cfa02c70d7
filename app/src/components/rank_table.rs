use crate::{
    i18n::{Text, use_lang},
    model::CompareRowView,
};
use leptos::prelude::*;

/// The ranking beneath the compare chart: the same numbers, with ties, bounds and sources.
#[component]
pub fn RankTable(
    rows: Vec<CompareRowView>,
    per_capita: bool,
    /// Whether the rank-among-reporters column is shown: not for an indicator whose value is
    /// itself a rank, nor for a neutral one.
    ranked: bool,
    /// `_top` in an embedded view, so links leave the frame.
    #[prop(optional)]
    link_target: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let body = rows
        .into_iter()
        .map(|r| {
            let region_href = lang.get().href(&format!("/region/{}", r.region_code));
            let value = if r.reported {
                view! { <a href=r.observation_href.clone() target=link_target>{r.value}</a> }.into_any()
            } else {
                view! { <span class="status-none">{r.value}</span> }.into_any()
            };
            let note =
                (!r.rank_note.is_empty()).then(|| view! { " " <span class="rank-note">"(" {r.rank_note} ")"</span> });
            view! {
                <tr data-region=r.region_code.clone() class:not-reported=!r.reported>
                    {ranked.then(|| view! { <td class="num">{r.rank}{note}</td> })}
                    <th scope="row"><a href=region_href target=link_target>{r.region}</a></th>
                    <td class="num">{value}</td>
                    {per_capita.then(|| view! { <td class="num">{r.reported_value}</td> })}
                    <td>{r.period}</td>
                    <td>{(r.reported).then(|| view! { <a href=r.observation_href target=link_target>{r.source}</a> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="rank-table">
                <thead>
                    <tr>
                        {ranked.then(|| view! { <th scope="col" class="num">{move || t(Text::ColRank)}</th> })}
                        <th scope="col">{move || t(Text::ColRegion)}</th>
                        <th scope="col" class="num">{move || t(Text::ColValue)}</th>
                        {per_capita.then(|| view! { <th scope="col" class="num">{move || t(Text::ColReported)}</th> })}
                        <th scope="col">{move || t(Text::ColPeriod)}</th>
                        <th scope="col">{move || t(Text::ColSource)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
