use crate::{
    components::{SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_board,
    model::{BoardPage, Choice},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/supervision`: regions × targets with status as symbol and word, the gap in the
/// indicator's unit, filters, and the rules that decide each status.
#[component]
pub fn Board() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let page = Resource::new(move || (lang.get(), query.get()), |(lang, q)| get_board(lang, q));
    page_data(page, |page| view! { <BoardBody page /> })
}

fn select(name: &'static str, label: &'static str, choices: Vec<Choice>, all: &'static str) -> impl IntoView {
    let id = format!("board-{name}");
    view! {
        <label for=id.clone()>{label}</label>
        <select id=id name=name>
            <option value="">{all}</option>
            {choices.into_iter().map(|c| view! { <option value=c.value selected=c.selected>{c.label}</option> }).collect_view()}
        </select>
    }
}

#[component]
fn BoardBody(page: BoardPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let csv_href = format!("/supervision/board.csv?lang={}&{}", l.tag(), page.csv_query);
    view! {
        <Title text=format!("{} · {}", t(Text::BoardTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::BoardTitle)}</h1>
        <ul class="status-counts">
            {page.counts.into_iter().map(|(key, label, n)| view! {
                <li class=format!("status status--{key}")>{label} ": " <strong>{n}</strong></li>
            }).collect_view()}
        </ul>
        <form method="get" class="filters">
            {select("status", t(Text::FilterStatus), page.statuses, t(Text::AllOptions))}
            {select("region", t(Text::ColRegion), page.regions, t(Text::AllOptions))}
            {select("category", t(Text::FilterCategory), page.categories, t(Text::AllOptions))}
            {select("owner", t(Text::FilterOwner), page.owners, t(Text::AllOptions))}
            <label><input type="checkbox" name="overdue" value="1" checked=page.overdue_only /> {t(Text::OverdueOnly)}</label>
            <label for="board-sort">{t(Text::SortBy)}</label>
            <select id="board-sort" name="sort">
                <option value="gap">{t(Text::SortGap)}</option>
                <option value="region" selected=page.sort_by_region>{t(Text::ColRegion)}</option>
            </select>
            <button type="submit">{t(Text::Apply)}</button>
        </form>
        <p><a href=csv_href download>{t(Text::DownloadCsv)}</a></p>
        <div class="table-scroll">
            <table class="board-table">
                <caption>{t(Text::BoardCaption)} " " {page.today}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Text::ColRegion)}</th>
                        <th scope="col">{t(Text::ColIndicator)}</th>
                        <th scope="col">{t(Text::FilterStatus)}</th>
                        <th scope="col" class="num">{t(Text::ColFigure)}</th>
                        <th scope="col" class="num">{t(Text::ColTarget)}</th>
                        <th scope="col" class="num">{t(Text::ColGap)}</th>
                        <th scope="col">{t(Text::ColDeadline)}</th>
                        <th scope="col">{t(Text::FilterOwner)}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.rows.into_iter().map(|r| view! {
                        <tr data-region=r.region_code.clone() data-status=r.status_key.clone()>
                            <th scope="row">
                                <a href=l.href(&format!("/supervision/report/{}", r.region_code))>{r.region}</a>
                            </th>
                            <td><a href=l.href(&format!("/indicator/{}", r.indicator_key))>{r.indicator}</a></td>
                            <td class=format!("status status--{}", r.status_key)>
                                <span aria-hidden="true">{r.symbol} " "</span>{r.status}
                            </td>
                            <td class="num">{r.figure}</td>
                            <td class="num">
                                {r.target}
                                {r.derivation.map(|how| view! {
                                    <details class="derived">
                                        <summary>{t(Text::DerivedTarget)}</summary>
                                        <p>{how}</p>
                                    </details>
                                })}
                            </td>
                            <td class="num">{r.gap}</td>
                            <td>{r.deadline} {r.overdue.then(|| view! { " " <strong class="overdue">{t(Text::Overdue)}</strong> })}</td>
                            <td>{r.set_by}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <section class="rules">
            <h2>{t(Text::RulesHeading)}</h2>
            <ul>
                <li>{t(Text::RuleMet)}</li>
                <li>{t(Text::RuleBound)}</li>
                <li>{t(Text::RuleInterim)}</li>
                <li>{t(Text::RuleNoData)}</li>
                <li>{t(Text::RuleOverdue)}</li>
                <li>{t(Text::RuleGap)}</li>
            </ul>
        </section>
    }
}
