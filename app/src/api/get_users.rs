use crate::{error::AppError, i18n::Lang, model::UsersPage};
use leptos::prelude::*;

/// Everyone who may log in, for the administrator.
#[server(endpoint = "users", input = server_fn::codec::GetUrl)]
pub async fn get_users(lang: Lang) -> Result<UsersPage, AppError> {
    let signed_in = crate::auth::require(&[data::store::Role::Admin]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let users = live.store().users()?;
        Ok(super::present::users(&live.dataset(), me, &users, lang))
    })
    .await
}
