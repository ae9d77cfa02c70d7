//! How a table goes out: JSON, one page of it with its total, or CSV, the whole of it.

use super::ApiError;
use crate::AppState;
use axum::body::Body;
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use data::{Dataset, open_data::Rows};
use serde::Serialize;
use std::sync::Arc;

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
    items: data::open_data::Page<'a>,
}

/// A list's rows and what is said about them beside the items.
pub type Built = (Box<dyn Rows>, serde_json::Map<String, serde_json::Value>);

/// A list built whole (the catalogue's: thousands of rows at most).
pub fn whole(table: data::open_data::Table) -> Built {
    (Box::new(table), Default::default())
}

/// CSV goes out in chunks of about this size, each made as the client takes the last.
const CSV_CHUNK: usize = 256 * 1024;

/// Runs `build` over the current dataset on the blocking pool and sends its rows: a JSON page
/// makes only the rows on it; a CSV streams, so the whole national list never sits in memory.
pub async fn respond<F>(state: AppState, name: &'static str, format: Format, paging: Paging, build: F) -> Response
where
    F: FnOnce(Arc<Dataset>) -> Result<Built, ApiError> + Send + 'static,
{
    let result = async move {
        if let Some(limit) = paging.limit
            && !(1..=MAX_LIMIT).contains(&limit)
        {
            return Err(ApiError::bad_request(format!("limit must be between 1 and {MAX_LIMIT}")));
        }
        let limit = match format {
            Format::Json => paging.limit.unwrap_or(DEFAULT_LIMIT),
            Format::Csv => paging.limit.unwrap_or(usize::MAX),
        };
        let offset = paging.offset.unwrap_or(0);
        let data = state.live.dataset();
        let version = data.version();
        let (rows, about) =
            tokio::task::spawn_blocking(move || build(data)).await.map_err(|e| ApiError::internal(name, e))??;
        match format {
            Format::Json => tokio::task::spawn_blocking(move || {
                let total = rows.len();
                let items = data::open_data::Page::new(rows.as_ref(), offset, limit);
                let listing = Listing { data_version: version, total, offset, limit, about, items };
                serde_json::to_vec(&listing).map(json).map_err(|e| ApiError::internal(name, e))
            })
            .await
            .map_err(|e| ApiError::internal(name, e))?,
            Format::Csv => Ok(csv(name, stream_csv(rows, offset, limit))),
        }
    };
    result.await.unwrap_or_else(IntoResponse::into_response)
}

/// The rows as CSV, written on the blocking pool a chunk ahead of the client.
fn stream_csv(rows: Box<dyn Rows>, offset: usize, limit: usize) -> Body {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(1);
    tokio::task::spawn_blocking(move || {
        let written = data::open_data::csv_chunks(rows.as_ref(), offset, limit, CSV_CHUNK, |chunk| {
            sender.blocking_send(Ok(chunk)).is_ok()
        });
        if let Err(error) = written {
            tracing::error!(%error, "writing a CSV download failed");
            let _ = sender.blocking_send(Err(std::io::Error::other("the download was cut short")));
        }
    });
    let chunks = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    });
    Body::from_stream(chunks)
}

fn json(body: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn csv(name: &str, body: Body) -> Response {
    let disposition = format!("attachment; filename=\"{name}.csv\"");
    ([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response()
}
