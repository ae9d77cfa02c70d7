use crate::{error::AppError, i18n::Lang, model::TargetsPage};
use leptos::prelude::*;

/// Targets and frozen periods, for the supervisor's forms.
#[server(endpoint = "targets", input = server_fn::codec::GetUrl)]
pub async fn get_targets(lang: Lang, draft: bool) -> Result<TargetsPage, AppError> {
    let signed_in = crate::auth::require(&[data::store::Role::Supervisor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let frozen = live.store().frozen_periods()?;
        let mut page = super::present::targets(&live.dataset(), me, frozen, lang);
        if draft {
            page.draft = super::draft::read_draft(live.store(), &signed_in, "targets")?;
        }
        Ok(page)
    })
    .await
}
