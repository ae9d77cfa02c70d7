use crate::{error::AppError, i18n::Lang, model::IndicatorPage};
use leptos::prelude::*;

/// An indicator: definition, every region's figures, its charts.
#[server(endpoint = "indicator", input = server_fn::codec::GetUrl)]
pub async fn get_indicator(lang: Lang, key: String) -> Result<IndicatorPage, AppError> {
    crate::state::query(move |data| super::present::indicator(data, &key, lang)).await
}
