use crate::{error::AppError, i18n::Lang, model::SourcePage};
use leptos::prelude::*;

/// Every source with the figures taken from it.
#[server(endpoint = "sources-page", input = server_fn::codec::GetUrl)]
pub async fn get_sources(lang: Lang) -> Result<SourcePage, AppError> {
    crate::state::query(move |data| super::present::sources(data, lang)).await
}
