//! Charts at stable URLs: the same SVG the pages inline, and the same chart as a PNG, for
//! download and embedding.

mod png;

use crate::AppState;
use app::{error::AppError, i18n::Lang, present::CompareParams, service};
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
    let lang = Lang::of_tag(query.lang.as_deref().unwrap_or_default());
    let params = CompareParams {
        category: query.category,
        indicator: query.indicator,
        period: query.period,
        per: query.per,
        region: query.region,
        ..Default::default()
    };
    render(format, service::compare_chart_svg(&state, params, lang).await).await
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
    let lang = Lang::of_tag(query.lang.as_deref().unwrap_or_default());
    render(format, service::indicator_trend_svg(&state, key, lang).await).await
}

/// The chart as asked; a PNG is rasterised on the blocking pool (CPU work).
async fn render(format: ChartFormat, svg: Result<String, AppError>) -> Response {
    let svg = match svg {
        Ok(svg) => svg,
        Err(error) => return error.into_response(),
    };
    let result = tokio::task::spawn_blocking(move || match format {
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
    .await;
    match result {
        Ok(response) => response,
        Err(join_error) => {
            tracing::error!("chart task failed: {join_error}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
