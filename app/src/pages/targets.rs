use crate::{
    components::{Flash, SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_targets,
    model::{Choice, TargetsPage},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/supervision/targets`: set or change a target, and freeze or reopen a period.
#[component]
pub fn Targets() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let page = Resource::new(
        move || (lang.get(), query.get().get("draft").is_some()),
        |(lang, draft)| get_targets(lang, draft),
    );
    page_data(page, |page| view! { <TargetsBody page /> })
}

fn options(choices: Vec<Choice>, selected: String) -> impl IntoView {
    choices
        .into_iter()
        .map(|c| {
            let is = c.value == selected;
            view! { <option value=c.value selected=is>{c.label}</option> }
        })
        .collect_view()
}

#[component]
fn TargetsBody(page: TargetsPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let q = use_query_map().read_untracked().clone();
    // `?edit=ID` fills the form with that target; a refused post comes back as a draft kept
    // with the session.
    let editing = q.get("edit").and_then(|id| page.targets.iter().find(|x| x.id == id).cloned());
    let field = |name: &str, f: fn(&crate::model::TargetView) -> String| {
        let kept = page.draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        kept.or_else(|| editing.as_ref().map(f)).unwrap_or_default()
    };
    let error = page.draft.iter().find(|(n, _)| n == "error").map(|(_, v)| v.clone());
    let csrf = page.me.csrf.clone();
    view! {
        <Title text=format!("{} · {}", t(Text::TargetsTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::TargetsTitle)}</h1>
        <Flash error />
        <table class="targets-table">
            <thead><tr>
                <th scope="col">ID</th><th scope="col">{t(Text::ColIndicator)}</th><th scope="col">{t(Text::Scope)}</th>
                <th scope="col">{t(Text::ColTarget)}</th><th scope="col">{t(Text::ColPeriod)}</th>
                <th scope="col">{t(Text::ColDeadline)}</th><th scope="col">{t(Text::FilterOwner)}</th><th scope="col"></th>
            </tr></thead>
            <tbody>
                {page.targets.iter().map(|x| view! {
                    <tr>
                        <td><code>{x.id.clone()}</code></td><td>{x.indicator.clone()}</td><td>{x.scope.clone()}</td>
                        <td>
                            {x.label.clone()}
                            {x.derivation.clone().map(|how| view! {
                                <details class="derived">
                                    <summary>{t(Text::DerivedTarget)}</summary>
                                    <p>{how}</p>
                                </details>
                            })}
                        </td>
                        <td>{x.period_label.clone()}</td><td>{x.deadline.clone()}</td>
                        <td>{x.set_by.clone()} " " {x.document.clone()}</td>
                        <td><a href=format!("{}?edit={}", l.href("/supervision/targets"), x.id)>{t(Text::Edit)}</a></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2>{t(Text::TargetFormHeading)}</h2>
        <form method="post" action="/supervision/targets" class="stacked-form">
            <input type="hidden" name="csrf" value=csrf.clone() />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="target-id">ID</label>
            <input id="target-id" name="id" required pattern="[a-z0-9-]+" value=field("id", |x| x.id.clone()) />
            <label for="target-indicator">{t(Text::ColIndicator)}</label>
            <select id="target-indicator" name="indicator">{options(page.indicators, field("indicator", |x| x.indicator_key.clone()))}</select>
            <label for="target-scope">{t(Text::Scope)}</label>
            <select id="target-scope" name="scope">{options(page.regions, field("scope", |x| x.scope_code.clone()))}</select>
            <label for="target-comparator">{t(Text::Comparator)}</label>
            <select id="target-comparator" name="comparator">
                {[">=", "<=", "="].map(|c| view! { <option value=c selected=field("comparator", |x| x.comparator.clone()) == c>{c}</option> })}
            </select>
            <label for="target-value">{t(Text::ColTarget)}</label>
            <input id="target-value" name="value" required inputmode="decimal" value=field("value", |x| x.value.clone()) />
            <label for="target-period">{t(Text::ColPeriod)}</label>
            <input id="target-period" name="period" required value=field("period", |x| x.period.clone()) />
            <label for="target-deadline">{t(Text::ColDeadline)}</label>
            <input id="target-deadline" name="deadline" type="date" value=field("deadline", |x| x.deadline.clone()) />
            <label for="target-set-by">{t(Text::FilterOwner)}</label>
            <input id="target-set-by" name="set_by" required value=field("set_by", |x| x.set_by.clone()) />
            <label for="target-document">{t(Text::Document)}</label>
            <input id="target-document" name="document" value=field("document", |x| x.document.clone()) />
            <label for="target-note">{t(Text::ColNote)}</label>
            <input id="target-note" name="note" value=field("note", |x| x.note.clone()) />
            <label for="target-reason">{t(Text::Reason)}</label>
            <input id="target-reason" name="reason" required />
            <button type="submit">{t(Text::Save)}</button>
        </form>
        <h2>{t(Text::FreezeHeading)}</h2>
        <p>{t(Text::FreezeIntro)} " " {t(Text::FrozenPeriods)} " " {page.frozen.join(", ")}</p>
        <form method="post" action="/supervision/periods" class="stacked-form">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="freeze-period">{t(Text::ColPeriod)}</label>
            <input id="freeze-period" name="period" required placeholder="2023" />
            <label for="freeze-action">{t(Text::Action)}</label>
            <select id="freeze-action" name="frozen">
                <option value="yes">{t(Text::Freeze)}</option>
                <option value="no">{t(Text::Unfreeze)}</option>
            </select>
            <label for="freeze-reason">{t(Text::Reason)}</label>
            <input id="freeze-reason" name="reason" required />
            <button type="submit">{t(Text::Save)}</button>
        </form>
    }
}
