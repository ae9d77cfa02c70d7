//! Page loaders: each takes a page's arguments and calls the [`crate::service`]. Pages are
//! rendered on the server only (islands: the browser gets no page code), so these are plain
//! functions, not server functions: there are no JSON endpoints beside the pages. The
//! office's loaders take the person the guard signed in from the request, not the session
//! again.

mod office;

pub use office::{
    get_audit, get_board, get_entry, get_extract, get_extract_review, get_me, get_report, get_targets, get_upload,
    get_users,
};

use crate::present::CompareParams;
use crate::{error::AppError, i18n::Lang, model::*, service, state::app_state};

pub async fn get_overview(lang: Lang) -> Result<Overview, AppError> {
    service::overview(&app_state()?, lang).await
}

/// The compare page for the query as typed (`category`, `indicator`, `period`, `per`, and the
/// table's `q` and `page`, the chart's highlighted `region`).
#[allow(clippy::too_many_arguments)] // one per URL parameter of the page
pub async fn get_comparison(
    lang: Lang,
    category: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    per: Option<String>,
    q: Option<String>,
    page: Option<usize>,
    region: Option<String>,
) -> Result<ComparePage, AppError> {
    let params = CompareParams { category, indicator, period, per, q, page, region };
    service::compare(&app_state()?, params, lang).await
}

pub async fn get_regions(lang: Lang) -> Result<RegionsPage, AppError> {
    service::regions(&app_state()?, lang).await
}

pub async fn get_region(lang: Lang, code: String) -> Result<RegionPage, AppError> {
    service::region(&app_state()?, code, lang).await
}

pub async fn get_indicators(lang: Lang) -> Result<IndicatorsPage, AppError> {
    service::indicators(&app_state()?, lang).await
}

pub async fn get_indicator(lang: Lang, key: String) -> Result<IndicatorPage, AppError> {
    service::indicator(&app_state()?, key, lang).await
}

pub async fn get_category(lang: Lang, key: String, page: Option<u32>) -> Result<CategoryPage, AppError> {
    service::category(&app_state()?, key, page, lang).await
}

pub async fn get_observation(
    lang: Lang,
    region: String,
    indicator: String,
    period: String,
) -> Result<ObservationPage, AppError> {
    service::observation(&app_state()?, [region, indicator, period], lang).await
}

pub async fn get_sources(lang: Lang) -> Result<SourcePage, AppError> {
    service::sources(&app_state()?, lang).await
}

pub async fn list_sources() -> Result<Vec<SourceRef>, AppError> {
    service::source_list(&app_state()?).await
}

pub async fn get_synthetic() -> Result<bool, AppError> {
    Ok(service::synthetic(&app_state()?))
}

/// The login form's CSRF token: the server's `login_csrf` layer chose it for this request and
/// sets its cookie (a header set from inside a render could go missing, see `csp.rs`).
pub async fn get_login() -> Result<String, AppError> {
    let parts: axum::http::request::Parts = leptos::prelude::use_context().ok_or(AppError::Internal)?;
    parts.extensions.get::<crate::auth::LoginCsrf>().map(|token| token.0.clone()).ok_or(AppError::Internal)
}
