use crate::{
    error::AppError,
    i18n::Lang,
    model::{ExtractPage, ExtractReview},
};
use leptos::prelude::*;

/// Step 1 of reading a report: the sources it may be, and the regions this person may enter.
#[server(endpoint = "extract", input = server_fn::codec::GetUrl)]
pub async fn get_extract(lang: Lang) -> Result<ExtractPage, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Editor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || Ok(super::present::extract_form(&live.dataset(), me, lang))).await
}

/// Step 2: the figures proposed from the text sent in step 1 (read again from the session's
/// draft), or not found when there is none.
#[server(endpoint = "extract_review", input = server_fn::codec::GetUrl)]
pub async fn get_extract_review(lang: Lang) -> Result<ExtractReview, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Editor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let draft = super::extract_draft::ExtractDraft::read(live.store(), &signed_in)?
            .ok_or_else(|| AppError::NotFound("extract".into()))?;
        let data = live.dataset();
        let found = draft.candidates(&data);
        Ok(super::present::extract_review(&data, me, &draft.source, draft.new_source, found, lang))
    })
    .await
}
