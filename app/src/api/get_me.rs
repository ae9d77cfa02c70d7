use crate::{error::AppError, model::Me};
use leptos::prelude::*;

/// The signed-in person, or `None`.
#[server(endpoint = "me", input = server_fn::codec::GetUrl)]
pub async fn get_me() -> Result<Option<Me>, AppError> {
    Ok(crate::auth::current().await?.as_ref().map(me))
}

#[cfg(feature = "ssr")]
pub(crate) fn me(signed_in: &crate::auth::SignedIn) -> Me {
    Me {
        name: signed_in.user.name.clone(),
        role: signed_in.user.role.key().to_owned(),
        region: signed_in.user.region.clone(),
        csrf: signed_in.csrf.clone(),
    }
}
