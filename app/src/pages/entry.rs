use crate::{
    components::{Flash, SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_entry,
    model::{Choice, EntryPage},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/supervision/entry`: add or correct one figure. A source and a quote or a note are
/// required; the figure's earlier versions are listed once region, indicator and period are
/// chosen. After a refused post, the form comes back filled in with the reason.
#[component]
pub fn Entry() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let page = Resource::new(
        move || (lang.get(), query.get()),
        |(lang, q)| get_entry(lang, q.get("region"), q.get("indicator"), q.get("period"), q.get("draft").is_some()),
    );
    page_data(page, |page| view! { <EntryBody page /> })
}

fn options(choices: Vec<Choice>, selected: Option<String>) -> impl IntoView {
    choices
        .into_iter()
        .map(|c| {
            let is = selected.as_deref() == Some(c.value.as_str());
            view! { <option value=c.value selected=is>{c.label}</option> }
        })
        .collect_view()
}

#[component]
fn EntryBody(page: EntryPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let q = use_query_map().read_untracked().clone();
    // A refused post comes back as a draft kept with the session; a link may name the figure.
    let draft = page.draft.clone();
    let field = move |name: &str| {
        let kept = draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        kept.or_else(|| q.get(name)).unwrap_or_default()
    };
    let error = page.draft.iter().find(|(n, _)| n == "error").map(|(_, v)| v.clone());
    let history = page.history.clone();
    view! {
        <Title text=format!("{} · {}", t(Text::EntryTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::EntryTitle)}</h1>
        <Flash error />
        <form method="get" class="filters">
            <label for="pick-region">{t(Text::ColRegion)}</label>
            <select id="pick-region" name="region">{options(page.regions.clone(), Some(field("region")))}</select>
            <label for="pick-indicator">{t(Text::ColIndicator)}</label>
            <select id="pick-indicator" name="indicator">{options(page.indicators.clone(), Some(field("indicator")))}</select>
            <label for="pick-period">{t(Text::ColPeriod)}</label>
            <input id="pick-period" name="period" value=field("period") placeholder="2023" />
            <button type="submit">{t(Text::ShowPrevious)}</button>
        </form>
        {(!history.is_empty()).then(|| view! {
            <table class="history-table">
                <caption>{t(Text::PreviousValues)}</caption>
                <thead><tr>
                    <th scope="col">{t(Text::ColFigure)}</th><th scope="col">{t(Text::EnteredBy)}</th>
                    <th scope="col">{t(Text::EnteredAt)}</th><th scope="col">{t(Text::Reason)}</th>
                </tr></thead>
                <tbody>
                    {history.into_iter().map(|h| view! {
                        <tr class:current=h.current>
                            <td>{h.value} {h.current.then(|| format!(" ({})", t(Text::Current)))}</td>
                            <td>{h.entered_by}</td><td>{h.entered_at}</td><td>{h.reason}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        <form method="post" action="/supervision/entry" class="stacked-form">
            <input type="hidden" name="csrf" value=page.me.csrf.clone() />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="entry-region">{t(Text::ColRegion)}</label>
            <select id="entry-region" name="region" required>{options(page.regions, Some(field("region")))}</select>
            <label for="entry-indicator">{t(Text::ColIndicator)}</label>
            <select id="entry-indicator" name="indicator" required>{options(page.indicators, Some(field("indicator")))}</select>
            <label for="entry-period">{t(Text::ColPeriod)}</label>
            <input id="entry-period" name="period" required value=field("period") aria-describedby="entry-period-help" />
            <small id="entry-period-help">{t(Text::PeriodHelp)}</small>
            <label for="entry-value">{t(Text::ColFigure)}</label>
            <input id="entry-value" name="value" required inputmode="decimal" value=field("value") />
            <label for="entry-qualifier">{t(Text::ColQualifier)}</label>
            <select id="entry-qualifier" name="qualifier">
                <option value="exact">{t(Text::QualifierExact)}</option>
                <option value="at_least" selected=field("qualifier") == "at_least">{t(Text::QualifierAtLeast)}</option>
                <option value="at_most" selected=field("qualifier") == "at_most">{t(Text::QualifierAtMost)}</option>
                <option value="about" selected=field("qualifier") == "about">{t(Text::QualifierAbout)}</option>
            </select>
            <label for="entry-source">{t(Text::ColSource)}</label>
            <select id="entry-source" name="source" required>{options(page.sources, Some(field("source")))}</select>
            <label for="entry-quote">{t(Text::ColQuote)}</label>
            <textarea id="entry-quote" name="quote">{field("quote")}</textarea>
            <label for="entry-figure">{t(Text::ColPrintedFigure)}</label>
            <input id="entry-figure" name="figure" value=field("figure") />
            <label for="entry-note">{t(Text::ColNote)}</label>
            <input id="entry-note" name="note" value=field("note") />
            <label for="entry-reason">{t(Text::Reason)}</label>
            <input id="entry-reason" name="reason" required value=field("reason") />
            <label><input type="checkbox" name="correction" value="yes" /> {t(Text::FrozenCorrection)}</label>
            <p class="hint">{t(Text::FrozenPeriods)} " " {page.frozen.join(", ")}</p>
            <button type="submit">{t(Text::Save)}</button>
        </form>
        <h2>{t(Text::NewSourceHeading)}</h2>
        <form method="post" action="/supervision/sources" class="stacked-form">
            <input type="hidden" name="csrf" value=page.me.csrf.clone() />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="source-title">{t(Text::SourceTitle)}</label>
            <input id="source-title" name="title" required />
            <label for="source-publisher">{t(Text::SourcePublisher)}</label>
            <input id="source-publisher" name="publisher" required />
            <label for="source-published">{t(Text::SourcePublished)}</label>
            <input id="source-published" name="published" required placeholder="2024-03-15" />
            <label for="source-url">{t(Text::SourceUrl)}</label>
            <input id="source-url" name="url" type="url" />
            <button type="submit">{t(Text::AddSource)}</button>
        </form>
    }
}
