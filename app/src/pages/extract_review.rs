use crate::{
    components::{CandidateRow, Flash, SupervisionNav, page_data},
    i18n::{Text, fill, use_lang},
    loaders::get_extract_review,
    model::ExtractReview,
};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

/// `/supervision/extract/review`: every figure proposed from the report, each with its
/// sentence and the number marked; correct, drop or keep each, then confirm. Confirmed rows
/// become an upload, previewed and committed as any other.
#[component]
pub fn ExtractReviewPage() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_extract_review);
    page_data(page, |page| view! { <ReviewBody page /> })
}

#[component]
fn ReviewBody(page: ExtractReview) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let found = fill(t(Text::ExtractFound), &[("n", page.rows.len().to_string())]);
    let left_out = page.left_out.then(|| t(Text::ExtractLeftOut));
    let empty = page.rows.is_empty();
    let choices = Arc::new(page.clone());
    view! {
        <Title text=format!("{} · {}", t(Text::ExtractReviewTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::ExtractReviewTitle)}</h1>
        <Flash />
        <p class="extract-source">{t(Text::ColSource)} ": " {page.source.clone()}
            {page.new_source.then(|| view! { " " <small>{t(Text::ExtractSourceAdded)}</small> })}
        </p>
        <p role="status">{found}</p>
        {left_out.map(|text| view! { <p class="flash flash--warn">{text}</p> })}
        <p><a href=l.href("/supervision/extract")>{t(Text::ExtractAgain)}</a></p>
        {(!empty).then(|| view! {
            <form method="post" action="/supervision/extract/confirm" class="extract-review">
                <input type="hidden" name="csrf" value=page.me.csrf.clone() />
                <input type="hidden" name="lang" value=l.tag() />
                <input type="hidden" name="rows" value=page.rows.len().to_string() />
                <table class="extract-table">
                    <thead><tr>
                        <th scope="col">{t(Text::ExtractSentence)}</th><th scope="col">{t(Text::ColIndicator)}</th>
                        <th scope="col">{t(Text::ColFigure)}</th><th scope="col">{t(Text::ColPeriod)}</th>
                        <th scope="col">{t(Text::ColRegion)}</th><th scope="col">{t(Text::ExtractDrop)}</th>
                    </tr></thead>
                    <tbody>
                        {page.rows.iter().cloned().map(|row| view! { <CandidateRow row choices=choices.clone() /> }).collect_view()}
                    </tbody>
                </table>
                <button type="submit">{t(Text::ExtractConfirm)}</button>
            </form>
        })}
    }
}
