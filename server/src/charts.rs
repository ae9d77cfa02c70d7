//! Charts at stable URLs, the same SVG the pages inline, for download and embedding.

use crate::AppState;
use app::{api::present, error::AppError, i18n::Lang};
use axum::{
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct CompareChartQuery {
    category: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    per: Option<String>,
    lang: Option<String>,
}

/// `/charts/compare.svg?indicator=…&period=…&per=capita&lang=en`.
pub(crate) async fn compare_svg(State(state): State<AppState>, Query(query): Query<CompareChartQuery>) -> Response {
    let lang = if query.lang.as_deref() == Some("en") { Lang::En } else { Lang::Zh };
    let params = present::CompareParams {
        category: query.category,
        indicator: query.indicator,
        period: query.period,
        per: query.per,
    };
    let data = state.live.dataset();
    let result = tokio::task::spawn_blocking(move || present::compare_chart_svg(&data, &params, lang)).await;
    match result {
        Ok(Ok(svg)) => svg_response(svg),
        Ok(Err(error)) => error_response(error),
        Err(join_error) => {
            tracing::error!("chart task failed: {join_error}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

/// `/charts/indicator/{key}/trend.svg`: the indicator page's trend chart, 404 when it has
/// fewer than two dated periods.
pub(crate) async fn trend_svg(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = if query.lang.as_deref() == Some("en") { Lang::En } else { Lang::Zh };
    let data = state.live.dataset();
    let result = tokio::task::spawn_blocking(move || present::indicator_trend_svg(&data, &key, lang)).await;
    match result {
        Ok(Ok(Some(svg))) => svg_response(svg),
        Ok(Ok(None)) => error_response(AppError::NotFound("trend".into())),
        Ok(Err(error)) => error_response(error),
        Err(join_error) => {
            tracing::error!("chart task failed: {join_error}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn svg_response(svg: String) -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")], svg).into_response()
}

pub(crate) fn error_response(error: AppError) -> Response {
    let status = match error {
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
        AppError::Unauthorized => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Internal | AppError::Request(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    (status, error.to_string()).into_response()
}
