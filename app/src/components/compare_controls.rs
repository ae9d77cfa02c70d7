use super::AutoSubmit;
use crate::{
    i18n::{Text, use_lang},
    model::Choice,
};
use leptos::prelude::*;

/// The compare page's controls: a GET form that works without JavaScript (its button) and, with
/// it, submits itself on every change (`AutoSubmit`).
#[component]
pub fn CompareControls(
    categories: Vec<Choice>,
    indicators: Vec<Choice>,
    periods: Vec<Choice>,
    per_capita_available: bool,
    per_capita: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let select = move |name: &'static str, label: Text, choices: Vec<Choice>| {
        let id = format!("field-{name}");
        let options = choices
            .into_iter()
            .map(|c| view! { <option value=c.value selected=c.selected>{c.label}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for=id.clone()>{move || t(label)}</label>
                <select id=id name=name>{options}</select>
            </div>
        }
    };
    view! {
        <form method="get" action=lang.get().href("/compare")>
            <AutoSubmit>
                <div class="controls">
                    {select("category", Text::FieldCategory, categories)}
                    {select("indicator", Text::FieldIndicator, indicators)}
                    {select("period", Text::FieldPeriod, periods)}
                    <div class="field field--check">
                        {if per_capita_available {
                            view! {
                                <input type="checkbox" id="field-per" name="per" value="capita" checked=per_capita />
                                <label for="field-per">{move || t(Text::FieldPerCapita)}</label>
                            }.into_any()
                        } else {
                            view! { <span class="hint">{move || t(Text::PerCapitaUnavailable)}</span> }.into_any()
                        }}
                    </div>
                    <button type="submit" class="button">{move || t(Text::Apply)}</button>
                </div>
            </AutoSubmit>
        </form>
    }
}
