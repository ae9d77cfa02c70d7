use crate::{error::AppError, i18n::Lang, model::Overview};
use leptos::prelude::*;

/// The overview page's data, in `lang`.
#[server(endpoint = "overview", input = server_fn::codec::GetUrl)]
pub async fn get_overview(lang: Lang) -> Result<Overview, AppError> {
    crate::state::query(move |data| super::present::overview(data, lang)).await
}
