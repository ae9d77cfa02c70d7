use crate::{
    components::{Flash, SupervisionNav, page_data},
    error::AppError,
    i18n::{Text, fill, use_lang},
    loaders::get_upload,
    model::UploadPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/supervision/uploads/:id`: what the file would change, row by row, or every error; commit
/// applies all rows in one transaction, or none.
#[component]
pub fn UploadPreview() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let page = Resource::new(
        move || (lang.get(), params.get().get("id")),
        |(lang, id)| async move {
            let id = id.and_then(|i| i.parse::<i64>().ok()).ok_or(AppError::NotFound("upload".into()))?;
            get_upload(lang, id).await
        },
    );
    page_data(page, |page| view! { <PreviewBody page /> })
}

#[component]
fn PreviewBody(page: UploadPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let pending = page.status == "pending";
    let can_commit = pending && page.file_error.is_none() && page.errors.is_empty();
    let base = format!("/supervision/uploads/{}", page.id);
    view! {
        <Title text=format!("{} · {}", t(Text::PreviewTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::PreviewTitle)} ": " {page.file_name.clone()}</h1>
        <Flash />
        <p class="upload-status" data-status=page.status.clone()>
            {match page.status.as_str() {
                "committed" => fill(t(Text::UploadCommitted), &[("n", page.applied.to_string())]),
                "discarded" => t(Text::UploadDiscarded).to_owned(),
                _ => t(Text::UploadPending).to_owned(),
            }}
        </p>
        {page.same_as.map(|id| view! { <p class="flash flash--warn">{fill(t(Text::SameFileAs), &[("id", id.to_string())])}</p> })}
        {page.file_error.clone().map(|e| view! { <p class="flash flash--error" role="alert">{e}</p> })}
        {(!page.errors.is_empty()).then(|| view! {
            <p role="alert">{fill(t(Text::UploadHasErrors), &[("n", page.errors.len().to_string())])}</p>
            <table class="errors-table">
                <thead><tr><th scope="col">{t(Text::Row)}</th><th scope="col">{t(Text::Column)}</th><th scope="col">{t(Text::Problem)}</th></tr></thead>
                <tbody>
                    {page.errors.iter().map(|e| view! {
                        <tr><td>{e.row}</td><td><code>{e.column.clone()}</code></td><td>{e.message.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        {(!page.rows.is_empty()).then(|| view! {
            <table class="preview-table">
                <thead><tr>
                    <th scope="col">{t(Text::Row)}</th><th scope="col">{t(Text::ColRegion)}</th>
                    <th scope="col">{t(Text::ColIndicator)}</th><th scope="col">{t(Text::ColPeriod)}</th>
                    <th scope="col" class="num">{t(Text::ColFigure)}</th><th scope="col" class="num">{t(Text::Previous)}</th>
                    <th scope="col">{t(Text::Change)}</th>
                </tr></thead>
                <tbody>
                    {page.rows.iter().map(|r| view! {
                        <tr>
                            <td>{r.row}</td><td>{r.region.clone()}</td><td>{r.indicator.clone()}</td><td>{r.period.clone()}</td>
                            <td class="num">{r.value.clone()}</td><td class="num">{r.previous.clone()}</td><td>{r.change.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        {pending.then(|| view! {
            <div class="form-row">
                {can_commit.then(|| view! {
                    <form method="post" action=format!("{base}/commit") class="stacked-form">
                        <input type="hidden" name="csrf" value=page.me.csrf.clone() />
                        <input type="hidden" name="lang" value=l.tag() />
                        <label for="commit-reason">{t(Text::Reason)}</label>
                        <input id="commit-reason" name="reason" required />
                        <button type="submit">{t(Text::CommitUpload)}</button>
                    </form>
                })}
                <form method="post" action=format!("{base}/discard")>
                    <input type="hidden" name="csrf" value=page.me.csrf.clone() />
                    <input type="hidden" name="lang" value=l.tag() />
                    <button type="submit">{t(Text::DiscardUpload)}</button>
                </form>
            </div>
        })}
    }
}
