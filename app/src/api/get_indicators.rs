use crate::{error::AppError, i18n::Lang, model::IndicatorsPage};
use leptos::prelude::*;

/// All indicators, grouped by category.
#[server(endpoint = "indicators", input = server_fn::codec::GetUrl)]
pub async fn get_indicators(lang: Lang) -> Result<IndicatorsPage, AppError> {
    crate::state::query(move |data| super::present::indicators(data, lang)).await
}
