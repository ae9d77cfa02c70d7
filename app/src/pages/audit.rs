use crate::{
    components::{SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_audit,
    model::AuditPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/supervision/audit`: every write, newest first: who, when, what, before → after, why.
#[component]
pub fn Audit() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new(move || query.get(), get_audit);
    page_data(page, |page| view! { <AuditBody page /> })
}

#[component]
fn AuditBody(page: AuditPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let q = use_query_map().read_untracked().clone();
    let fields = q.clone();
    let field = move |name: &str| fields.get(name).unwrap_or_default();
    view! {
        <Title text=format!("{} · {}", t(Text::AuditTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::AuditTitle)}</h1>
        <form method="get" class="filters">
            <label for="audit-user">{t(Text::UserName)}</label>
            <input id="audit-user" name="user" value=field("user") />
            <label for="audit-action">{t(Text::Action)}</label>
            <input id="audit-action" name="action" value=field("action") placeholder="observation" />
            <label for="audit-region">{t(Text::ColRegion)}</label>
            <input id="audit-region" name="region" value=field("region") placeholder="410600" />
            <label for="audit-from">{t(Text::From)}</label>
            <input id="audit-from" name="from" type="date" value=field("from") />
            <label for="audit-to">{t(Text::To)}</label>
            <input id="audit-to" name="to" type="date" value=field("to") />
            <button type="submit">{t(Text::Apply)}</button>
        </form>
        <p><a href=format!("/supervision/audit.csv?{}", page.csv_query) download>{t(Text::DownloadCsv)}</a></p>
        <div class="table-scroll">
            <table class="audit-table">
                <thead><tr>
                    <th scope="col">{t(Text::EnteredAt)}</th><th scope="col">{t(Text::UserName)}</th>
                    <th scope="col">{t(Text::Action)}</th><th scope="col">{t(Text::Entity)}</th>
                    <th scope="col">{t(Text::Before)}</th><th scope="col">{t(Text::After)}</th>
                    <th scope="col">{t(Text::Reason)}</th>
                </tr></thead>
                <tbody>
                    {page.rows.into_iter().map(|r| view! {
                        <tr>
                            <td>{r.at}</td><td>{r.user}</td><td><code>{r.action}</code></td><td>{r.entity}</td>
                            <td><code>{r.before}</code></td><td><code>{r.after}</code></td><td>{r.reason}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
