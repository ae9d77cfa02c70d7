use crate::{error::AppError, i18n::Lang, model::ComparePage};
use leptos::prelude::*;

/// The compare page for the query as typed (`category`, `indicator`, `period`, `per`); unknown
/// keys are "not found", malformed values "bad request".
#[server(endpoint = "compare", input = server_fn::codec::GetUrl)]
pub async fn get_comparison(
    lang: Lang,
    category: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    per: Option<String>,
) -> Result<ComparePage, AppError> {
    let params = super::present::CompareParams { category, indicator, period, per };
    crate::state::query(move |data| super::present::compare(data, &params, lang)).await
}
