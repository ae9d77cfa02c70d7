//! Public reads: the dataset queried and presented as a page's view model.

use super::query;
use crate::{
    error::AppError,
    i18n::Lang,
    model::{
        CategoryPage, ComparePage, IndicatorPage, IndicatorsPage, ObservationPage, Overview, RegionPage, RegionsPage,
        SourcePage, SourceRef,
    },
    present::{self, CompareParams},
    state::AppState,
};

pub async fn overview(state: &AppState, lang: Lang) -> Result<Overview, AppError> {
    query(state, move |data| present::overview(data, lang)).await
}

/// Unknown keys are "not found", malformed values "bad request".
pub async fn compare(state: &AppState, params: CompareParams, lang: Lang) -> Result<ComparePage, AppError> {
    query(state, move |data| present::compare(data, &params, lang)).await
}

pub async fn regions(state: &AppState, lang: Lang) -> Result<RegionsPage, AppError> {
    query(state, move |data| present::regions(data, lang)).await
}

pub async fn region(state: &AppState, code: String, lang: Lang) -> Result<RegionPage, AppError> {
    query(state, move |data| present::region(data, &code, lang)).await
}

pub async fn indicators(state: &AppState, lang: Lang) -> Result<IndicatorsPage, AppError> {
    query(state, move |data| present::indicators(data, lang)).await
}

pub async fn indicator(state: &AppState, key: String, lang: Lang) -> Result<IndicatorPage, AppError> {
    query(state, move |data| present::indicator(data, &key, lang)).await
}

pub async fn category(state: &AppState, key: String, page: Option<u32>, lang: Lang) -> Result<CategoryPage, AppError> {
    query(state, move |data| present::category(data, &key, page, lang)).await
}

pub async fn observation(
    state: &AppState,
    [region, indicator, period]: [String; 3],
    lang: Lang,
) -> Result<ObservationPage, AppError> {
    query(state, move |data| present::observation(data, &region, &indicator, &period, lang)).await
}

pub async fn sources(state: &AppState, lang: Lang) -> Result<SourcePage, AppError> {
    query(state, move |data| present::sources(data, lang)).await
}

/// Every source the dataset cites, including the census behind per-capita figures.
pub async fn source_list(state: &AppState) -> Result<Vec<SourceRef>, AppError> {
    query(state, |data| Ok(data.sources().iter().map(present::source_ref).collect())).await
}

/// Whether the served data is generated (`server gen`) rather than real: every page says so.
pub fn synthetic(state: &AppState) -> bool {
    state.live.dataset().is_synthetic()
}

/// The compare page's chart as SVG (also served at a stable URL).
pub async fn compare_chart_svg(state: &AppState, params: CompareParams, lang: Lang) -> Result<String, AppError> {
    query(state, move |data| present::compare_chart_svg(data, &params, lang)).await
}

/// An indicator's trend chart, not found when it has fewer than two dated periods.
pub async fn indicator_trend_svg(state: &AppState, key: String, lang: Lang) -> Result<String, AppError> {
    query(state, move |data| {
        present::indicator_trend_svg(data, &key, lang)?.ok_or_else(|| AppError::NotFound("chart".into()))
    })
    .await
}
