//! The reference lists: regions, indicators, sources, honours.

use super::{
    api_query::ApiQuery,
    listing::{Format, Paging, respond, whole},
};
use crate::AppState;
use axum::{extract::State, response::Response};
use data::open_data;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    offset: Option<usize>,
    limit: Option<usize>,
}

impl PageQuery {
    fn paging(&self) -> Paging {
        Paging { offset: self.offset, limit: self.limit }
    }
}

pub async fn regions(State(state): State<AppState>, ApiQuery(q): ApiQuery<PageQuery>, format: Format) -> Response {
    respond(state, "regions", format, q.paging(), |data| Ok(whole(open_data::regions(&data)))).await
}

pub async fn indicators(State(state): State<AppState>, ApiQuery(q): ApiQuery<PageQuery>, format: Format) -> Response {
    respond(state, "indicators", format, q.paging(), |data| Ok(whole(open_data::indicators(&data)))).await
}

pub async fn sources(State(state): State<AppState>, ApiQuery(q): ApiQuery<PageQuery>, format: Format) -> Response {
    respond(state, "sources", format, q.paging(), |data| Ok(whole(open_data::sources(&data)))).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HonoursQuery {
    region: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

pub async fn honours(State(state): State<AppState>, ApiQuery(q): ApiQuery<HonoursQuery>, format: Format) -> Response {
    let paging = Paging { offset: q.offset, limit: q.limit };
    respond(state, "honours", format, paging, move |data| {
        let region = q.region.filter(|r| !r.is_empty());
        open_data::check_region(&data, region.as_deref())?;
        Ok(whole(open_data::honours(&data, region.as_deref())))
    })
    .await
}
