//! Charts at stable URLs: the same SVG the pages inline, and the same chart as a PNG, for
//! download and embedding.

mod png;

use crate::AppState;
use app::{api::present, error::AppError, i18n::Lang};
use axum::{
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChartFormat {
    Svg,
    Png,
}

#[derive(Debug, Deserialize)]
pub(crate) struct CompareChartQuery {
    category: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    per: Option<String>,
    /// A region to highlight.
    region: Option<String>,
    lang: Option<String>,
}

/// `/charts/compare.svg?indicator=…&period=…&per=capita&lang=en` (and `.png`).
pub(crate) async fn compare(
    State(state): State<AppState>,
    Query(query): Query<CompareChartQuery>,
    format: ChartFormat,
) -> Response {
    let lang = lang_of(query.lang.as_deref());
    let params = present::CompareParams {
        category: query.category,
        indicator: query.indicator,
        period: query.period,
        per: query.per,
        region: query.region,
        ..Default::default()
    };
    let data = state.live.dataset();
    render(format, move || present::compare_chart_svg(&data, &params, lang).map(Some)).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

/// `/charts/indicator/{key}/trend.svg` (and `.png`): the indicator page's trend chart, 404
/// when it has fewer than two dated periods.
pub(crate) async fn trend(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<LangQuery>,
    format: ChartFormat,
) -> Response {
    let lang = lang_of(query.lang.as_deref());
    let data = state.live.dataset();
    render(format, move || present::indicator_trend_svg(&data, &key, lang)).await
}

fn lang_of(query: Option<&str>) -> Lang {
    if query == Some("en") { Lang::En } else { Lang::Zh }
}

/// Draws the chart on the blocking pool (Polars and rasterising are CPU work).
async fn render<F>(format: ChartFormat, draw: F) -> Response
where
    F: FnOnce() -> Result<Option<String>, AppError> + Send + 'static,
{
    let result = tokio::task::spawn_blocking(move || {
        let svg = draw()?.ok_or_else(|| AppError::NotFound("chart".into()))?;
        Ok::<_, AppError>(match format {
            ChartFormat::Svg => ([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")], svg).into_response(),
            ChartFormat::Png => match png::svg_to_png(&svg) {
                Ok(bytes) => ([(header::CONTENT_TYPE, "image/png")], bytes).into_response(),
                Err(error @ png::PngError::NoCjkFont) => {
                    tracing::error!("chart png: {error}");
                    (StatusCode::SERVICE_UNAVAILABLE, error.to_string()).into_response()
                }
                Err(error) => {
                    tracing::error!("chart png: {error}");
                    StatusCode::INTERNAL_SERVER_ERROR.into_response()
                }
            },
        })
    })
    .await;
    match result {
        Ok(Ok(response)) => response,
        Ok(Err(error)) => error_response(error),
        Err(join_error) => {
            tracing::error!("chart task failed: {join_error}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn error_response(error: AppError) -> Response {
    let status = match error {
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
        AppError::Unauthorized => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Internal | AppError::Request(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    (status, error.to_string()).into_response()
}
