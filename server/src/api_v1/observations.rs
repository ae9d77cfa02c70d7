//! `/api/v1/observations`: current figures, filtered and paged.

use super::{
    api_query::ApiQuery,
    listing::{Format, Paging, respond},
};
use crate::AppState;
use axum::{extract::State, response::Response};
use data::open_data::{self, ObservationFilter};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObservationsQuery {
    region: Option<String>,
    indicator: Option<String>,
    category: Option<String>,
    period: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

pub async fn list(State(state): State<AppState>, ApiQuery(q): ApiQuery<ObservationsQuery>, format: Format) -> Response {
    let paging = Paging { offset: q.offset, limit: q.limit };
    // An empty parameter (a blank form field) means "any".
    let given = |value: Option<String>| value.filter(|v| !v.is_empty());
    let filter = ObservationFilter {
        region: given(q.region),
        indicator: given(q.indicator),
        category: given(q.category),
        period: given(q.period),
    };
    respond(state, "observations", format, paging, move |data| {
        Ok((Box::new(open_data::ObservationRows::new(data, &filter)?), Default::default()))
    })
    .await
}
