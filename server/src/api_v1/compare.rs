//! `/api/v1/compare`: one indicator across the regions that report it, ranked.

use super::{
    ApiError,
    api_query::ApiQuery,
    listing::{Format, Paging, respond},
};
use crate::AppState;
use axum::{extract::State, response::Response};
use data::{
    Period, open_data,
    query::{Normalisation, PeriodChoice, compare as compare_query},
};
use serde::Deserialize;
use serde_json::json;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareQuery {
    indicator: Option<String>,
    /// `latest` (each region's most recent figure, the default) or a period such as `2021`.
    period: Option<String>,
    /// `capita`: per 10,000 residents.
    per: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

pub async fn compare(State(state): State<AppState>, ApiQuery(q): ApiQuery<CompareQuery>, format: Format) -> Response {
    let paging = Paging { offset: q.offset, limit: q.limit };
    respond(state, "compare", format, paging, move |data| {
        let indicator = q.indicator.filter(|i| !i.is_empty()).ok_or_else(|| {
            ApiError::bad_request("indicator is required: a key from /api/v1/indicators")
        })?;
        let period = match q.period.as_deref() {
            None | Some("" | "latest") => PeriodChoice::Latest,
            Some(text) => PeriodChoice::Exact(text.parse::<Period>().map_err(|e| ApiError::bad_request(e.to_string()))?),
        };
        let normalisation = match q.per.as_deref() {
            None | Some("") => Normalisation::Absolute,
            Some("capita") => Normalisation::PerTenThousand,
            Some(other) => return Err(ApiError::bad_request(format!("per must be \"capita\", not {other:?}"))),
        };
        let c = compare_query(&data, &indicator, period, normalisation)?;
        let about = json!({
            "indicator": {
                "key": c.indicator.key,
                "name_zh": c.indicator.name.zh,
                "name_en": c.indicator.name.en,
                "unit": c.indicator.unit,
                "direction": c.indicator.direction.key(),
            },
            "period": match c.period { PeriodChoice::Latest => "latest".to_owned(), PeriodChoice::Exact(p) => p.to_string() },
            "reporting": c.reporting(),
            "population_source": c.population_source,
        });
        let serde_json::Value::Object(about) = about else { unreachable!("json! of an object") };
        Ok((Box::new(open_data::comparison(&c)), about))
    })
    .await
}
