//! `/api/v1/targets`: every target and each region's status against it, by the board's rules.

use super::{
    ApiError,
    api_query::ApiQuery,
    listing::{Format, Paging, respond},
};
use crate::AppState;
use axum::{extract::State, response::Response};
use data::{
    open_data,
    supervision::{BoardFilter, Status, today},
};
use serde::Deserialize;
use serde_json::json;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetsQuery {
    region: Option<String>,
    status: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

pub async fn list(State(state): State<AppState>, ApiQuery(q): ApiQuery<TargetsQuery>, format: Format) -> Response {
    let paging = Paging { offset: q.offset, limit: q.limit };
    respond(state, "targets", format, paging, move |data| {
        let region = q.region.filter(|r| !r.is_empty());
        open_data::check_region(&data, region.as_deref())?;
        let status = match q.status.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(key) => Some(Status::parse(key).ok_or_else(|| {
                ApiError::bad_request(format!("unknown status {key:?}: met, on_track, at_risk, missed or no_data"))
            })?),
        };
        let today = today();
        let filter = BoardFilter { region, status, ..BoardFilter::default() };
        let table = open_data::targets(&data, &filter, today);
        let serde_json::Value::Object(about) = json!({ "as_of": today.to_string() }) else { unreachable!() };
        Ok((Box::new(table), about))
    })
    .await
}
