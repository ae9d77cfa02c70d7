use crate::{error::AppError, i18n::Lang, model::EntryPage};
use leptos::prelude::*;

/// The data-entry form's choices, and every version of the chosen figure so the editor sees
/// what they are about to correct.
#[server(endpoint = "entry", input = server_fn::codec::GetUrl)]
pub async fn get_entry(
    lang: Lang,
    region: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    draft: bool,
) -> Result<EntryPage, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Editor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let store = live.store();
        // Who entered what and why is for the people who may edit the figure: an editor sees
        // the history of their own region's figures only.
        let history = match (region, indicator, period) {
            (Some(r), Some(i), Some(p))
                if !r.is_empty() && !i.is_empty() && !p.is_empty() && signed_in.user.may_edit_region(&r) =>
            {
                store.observation_history(&r, &i, &p)?
            }
            _ => vec![],
        };
        let frozen = store.frozen_periods()?;
        let mut page = super::present::entry(&live.dataset(), me, frozen, &history, lang);
        if draft {
            page.draft = super::draft::read_draft(store, &signed_in, "entry")?;
        }
        Ok(page)
    })
    .await
}
