use crate::{
    components::{SourceLine, page_data},
    i18n::{Text, use_lang},
    loaders::get_report,
    model::ReportPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/supervision/report/:code`: one region on one printed page: targets, figures, sources.
#[component]
pub fn Report() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let page = Resource::new(
        move || (lang.get(), params.get().get("code").unwrap_or_default()),
        |(lang, code)| get_report(lang, code),
    );
    page_data(page, |page| view! { <ReportBody page /> })
}

#[component]
fn ReportBody(page: ReportPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    view! {
        <Title text=format!("{} · {}", page.region, t(Text::ReportTitle)) />
        <article class="report">
            <h1>{page.region.clone()} " · " {t(Text::ReportTitle)}</h1>
            <p class="report__meta">{t(Text::BoardCaption)} " " {page.today.clone()} " · " {page.me.name.clone()}</p>
            <h2>{t(Text::BoardTitle)}</h2>
            <table class="board-table">
                <thead><tr>
                    <th scope="col">{t(Text::ColIndicator)}</th><th scope="col">{t(Text::FilterStatus)}</th>
                    <th scope="col" class="num">{t(Text::ColFigure)}</th><th scope="col" class="num">{t(Text::ColTarget)}</th>
                    <th scope="col" class="num">{t(Text::ColGap)}</th><th scope="col">{t(Text::ColDeadline)}</th>
                </tr></thead>
                <tbody>
                    {page.rows.into_iter().map(|r| view! {
                        <tr data-status=r.status_key.clone()>
                            <td>{r.indicator}</td>
                            <td><span aria-hidden="true">{r.symbol} " "</span>{r.status}</td>
                            <td class="num">{r.figure}</td>
                            <td class="num">
                                {r.target}
                                {r.derivation.map(|how| view! { " " <small class="derived" title=how>"(" {t(Text::DerivedTarget)} ")"</small> })}
                            </td>
                            <td class="num">{r.gap}</td>
                            <td>{r.deadline} {r.overdue.then(|| view! { " " <strong>{t(Text::Overdue)}</strong> })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{t(Text::AllFigures)}</h2>
            <table class="figure-table">
                <thead><tr>
                    <th scope="col">{t(Text::ColIndicator)}</th><th scope="col" class="num">{t(Text::ColValue)}</th>
                    <th scope="col">{t(Text::ColPeriod)}</th>
                </tr></thead>
                <tbody>
                    {page.figures.into_iter().map(|f| view! {
                        <tr><td>{f.indicator}</td><td class="num">{f.value}</td><td>{f.period}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{t(Text::SourcesTitle)}</h2>
            <ul>{page.sources.into_iter().map(|source| view! { <li><SourceLine source /></li> }).collect_view()}</ul>
        </article>
    }
}
