use crate::{
    i18n::{Text, use_lang},
    model::{CandidateView, Choice, ExtractReview},
};
use leptos::prelude::*;
use std::sync::Arc;

fn options(choices: &[Choice], selected: &str) -> impl IntoView + use<> {
    choices
        .iter()
        .map(|c| {
            let is = c.value == selected;
            view! { <option value=c.value.clone() selected=is>{c.label.clone()}</option> }
        })
        .collect_view()
}

/// One proposed figure of a report under review: its sentence with the number marked, and
/// plain fields (named `<field>_<row>`) for what to save, so the review works without
/// JavaScript. The sentence itself is not sent back: the server reads it from the text again.
#[component]
pub fn CandidateRow(row: CandidateView, choices: Arc<ExtractReview>) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let name = |field: &str| format!("{field}_{}", row.index);
    let id = |field: &str| format!("c{}-{field}", row.index);
    let unmatched = row.indicator.is_empty();
    view! {
        <tr class="candidate" id=format!("candidate-{}", row.index)>
            <td class="candidate__sentence">
                {row.before.clone()}<mark>{row.figure.clone()}</mark>{row.after.clone()}
                {(!row.thing.is_empty()).then(|| view! { <br /><small>{t(Text::ExtractThing)} ": " {row.thing.clone()}</small> })}
            </td>
            <td>
                <label class="visually-hidden" for=id("indicator")>{t(Text::ColIndicator)}</label>
                <select id=id("indicator") name=name("indicator")>
                    <option value="" selected=unmatched>{t(Text::ExtractChoose)}</option>
                    {options(&choices.indicators, &row.indicator)}
                    <option value="new">{t(Text::ExtractNewIndicator)}</option>
                </select>
                {(!row.score.is_empty()).then(|| view! { <small class="candidate__score">{row.score.clone()}</small> })}
                <details>
                    <summary>{t(Text::ExtractNewIndicator)}</summary>
                    <label for=id("new_name")>{t(Text::ExtractNewName)}</label>
                    <input id=id("new_name") name=name("new_name") value=row.thing.clone() />
                    <label for=id("new_category")>{t(Text::ExtractNewCategory)}</label>
                    <select id=id("new_category") name=name("new_category")>{options(&choices.categories, "")}</select>
                </details>
            </td>
            <td>
                <label class="visually-hidden" for=id("qualifier")>{t(Text::ExtractQualifier)}</label>
                <select id=id("qualifier") name=name("qualifier")>{options(&choices.qualifiers, &row.qualifier)}</select>
                <label class="visually-hidden" for=id("value")>{t(Text::ColFigure)}</label>
                <input id=id("value") name=name("value") value=row.value.clone() size="10" inputmode="decimal" />
                <label class="visually-hidden" for=id("unit")>{t(Text::ExtractUnit)}</label>
                <select id=id("unit") name=name("unit")>
                    <option value="" selected=row.unit.is_empty()>"—"</option>
                    {options(&choices.units, &row.unit)}
                </select>
            </td>
            <td>
                <label class="visually-hidden" for=id("period")>{t(Text::ColPeriod)}</label>
                <input id=id("period") name=name("period") value=row.period.clone() size="8" placeholder="2023" />
            </td>
            <td>
                <label class="visually-hidden" for=id("region")>{t(Text::ColRegion)}</label>
                <select id=id("region") name=name("region")>
                    <option value="" selected=row.region.is_empty()>"—"</option>
                    {options(&choices.regions, &row.region)}
                </select>
            </td>
            <td>
                <label class="visually-hidden" for=id("drop")>{t(Text::ExtractDrop)}</label>
                <input id=id("drop") name=name("drop") type="checkbox" value="1" />
            </td>
        </tr>
    }
}
