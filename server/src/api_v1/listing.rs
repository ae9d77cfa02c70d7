//! How a table goes out: JSON, one page of it with its total, or CSV, the whole of it.

use super::ApiError;
use crate::AppState;
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use data::{Dataset, open_data::Table};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;

/// Which rows of a list: JSON pages default to the first [`DEFAULT_LIMIT`]; a CSV download is
/// the whole table unless a page is asked for.
#[derive(Clone, Copy, Debug, Default)]
pub struct Paging {
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

#[derive(Serialize)]
struct Listing<'a> {
    data_version: i64,
    total: usize,
    offset: usize,
    limit: usize,
    #[serde(flatten)]
    about: serde_json::Map<String, serde_json::Value>,
    items: data::open_data::Records<'a>,
}

/// Runs `build` over the current dataset on the blocking pool and sends its table.
pub async fn respond<F>(state: AppState, name: &'static str, format: Format, paging: Paging, build: F) -> Response
where
    F: FnOnce(&Dataset) -> Result<(Table, serde_json::Map<String, serde_json::Value>), ApiError> + Send + 'static,
{
    let result = async move {
        if let Some(limit) = paging.limit
            && !(1..=MAX_LIMIT).contains(&limit)
        {
            return Err(ApiError::bad_request(format!("limit must be between 1 and {MAX_LIMIT}")));
        }
        let limit = match format {
            Format::Json => Some(paging.limit.unwrap_or(DEFAULT_LIMIT)),
            Format::Csv => paging.limit,
        };
        let offset = paging.offset.unwrap_or(0);
        let data = state.live.dataset();
        tokio::task::spawn_blocking(move || {
            let (table, about) = build(&data)?;
            let total = table.rows.len();
            let table = table.page(offset, limit.unwrap_or(usize::MAX));
            match format {
                Format::Json => {
                    let limit = limit.unwrap_or(total);
                    let listing =
                        Listing { data_version: data.version(), total, offset, limit, about, items: table.records() };
                    serde_json::to_vec(&listing).map(json).map_err(|e| ApiError::internal(name, e))
                }
                Format::Csv => table.to_csv().map(|body| csv(name, body)).map_err(|e| ApiError::internal(name, e)),
            }
        })
        .await
        .map_err(|e| ApiError::internal(name, e))?
    };
    result.await.unwrap_or_else(IntoResponse::into_response)
}

fn json(body: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn csv(name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}.csv\"");
    ([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response()
}
