// Each argument is one flat URL parameter of the page, so the server function's GET URL reads
// like the page's own; the macro's generated client and server functions take them all.
#![allow(clippy::too_many_arguments)]

use crate::{error::AppError, i18n::Lang, model::ComparePage};
use leptos::prelude::*;

/// The compare page for the query as typed (`category`, `indicator`, `period`, `per`, and the
/// table's `q` and `page`, the chart's highlighted `region`); unknown
/// keys are "not found", malformed values "bad request".
#[server(endpoint = "compare", input = server_fn::codec::GetUrl)]
pub async fn get_comparison(
    lang: Lang,
    category: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    per: Option<String>,
    q: Option<String>,
    page: Option<usize>,
    region: Option<String>,
) -> Result<ComparePage, AppError> {
    let params = super::present::CompareParams { category, indicator, period, per, q, page, region };
    crate::state::query(move |data| super::present::compare(data, &params, lang)).await
}
