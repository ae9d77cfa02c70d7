//! `/api/v1/`: the read-only open-data API. Every list is JSON (paged) and CSV (whole), from
//! the same `data::open_data` tables; `openapi.json` describes all of it and the contract
//! tests hold the two together. Errors are JSON with a message; CORS is open for GET.

mod api_query;
mod catalogue;
mod compare;
mod error;
mod listing;
mod observations;
mod targets;

pub use error::ApiError;

use crate::AppState;
use axum::{
    Router,
    http::{Method, header},
    response::IntoResponse,
    routing::get,
};
use tower_http::cors::{Any, CorsLayer};

/// The OpenAPI document, served as written.
pub const OPENAPI: &str = include_str!("api_v1/openapi.json");

/// Every path the API serves, relative to `/api/v1`; the contract tests check the OpenAPI
/// document lists exactly these.
pub const PATHS: [&str; 15] = [
    "/openapi.json",
    "/regions",
    "/regions.csv",
    "/indicators",
    "/indicators.csv",
    "/sources",
    "/sources.csv",
    "/honours",
    "/honours.csv",
    "/observations",
    "/observations.csv",
    "/compare",
    "/compare.csv",
    "/targets",
    "/targets.csv",
];

/// The API's routes, to be nested under `/api/v1`.
pub fn router() -> Router<AppState> {
    use listing::Format::{Csv, Json};
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/regions", get(async |s, q| catalogue::regions(s, q, Json).await))
        .route("/regions.csv", get(async |s, q| catalogue::regions(s, q, Csv).await))
        .route("/indicators", get(async |s, q| catalogue::indicators(s, q, Json).await))
        .route("/indicators.csv", get(async |s, q| catalogue::indicators(s, q, Csv).await))
        .route("/sources", get(async |s, q| catalogue::sources(s, q, Json).await))
        .route("/sources.csv", get(async |s, q| catalogue::sources(s, q, Csv).await))
        .route("/honours", get(async |s, q| catalogue::honours(s, q, Json).await))
        .route("/honours.csv", get(async |s, q| catalogue::honours(s, q, Csv).await))
        .route("/observations", get(async |s, q| observations::list(s, q, Json).await))
        .route("/observations.csv", get(async |s, q| observations::list(s, q, Csv).await))
        .route("/compare", get(async |s, q| compare::compare(s, q, Json).await))
        .route("/compare.csv", get(async |s, q| compare::compare(s, q, Csv).await))
        .route("/targets", get(async |s, q| targets::list(s, q, Json).await))
        .route("/targets.csv", get(async |s, q| targets::list(s, q, Csv).await))
        .fallback(async || ApiError::not_found("no such API path; see /api/v1/openapi.json"))
        .method_not_allowed_fallback(async || ApiError::method_not_allowed())
        .layer(CorsLayer::new().allow_origin(Any).allow_methods([Method::GET, Method::HEAD]))
}

/// `/downloads/observations.csv`: every current figure, the file `/observations.csv` gives.
pub async fn observations_csv(state: axum::extract::State<AppState>) -> axum::response::Response {
    observations::list(state, api_query::ApiQuery(Default::default()), listing::Format::Csv).await
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
