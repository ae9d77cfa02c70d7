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
) -> Result<EntryPage, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Editor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let store = live.store();
        let history = match (region, indicator, period) {
            (Some(r), Some(i), Some(p)) if !r.is_empty() && !i.is_empty() && !p.is_empty() => {
                store.observation_history(&r, &i, &p)?
            }
            _ => vec![],
        };
        let frozen = store.frozen_periods()?;
        Ok(super::present::entry(&live.dataset(), me, frozen, &history, lang))
    })
    .await
}
