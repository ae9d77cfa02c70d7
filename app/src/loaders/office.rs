//! The office's page loaders.

use crate::{
    auth::SignedIn,
    error::AppError,
    i18n::Lang,
    model::*,
    service,
    state::{AppState, app_state},
};
use leptos_router::params::ParamsMap;

/// The state and the person the guard signed in for this request (`server/src/guard.rs` put
/// them in the request's extensions, which leptos_axum hands the render as `Parts`).
fn office() -> Result<(AppState, SignedIn), AppError> {
    let parts: axum::http::request::Parts = leptos::prelude::use_context().ok_or(AppError::Internal)?;
    let who = parts.extensions.get::<SignedIn>().cloned().ok_or(AppError::Unauthorized)?;
    Ok((app_state()?, who))
}

pub async fn get_me() -> Result<Me, AppError> {
    Ok(service::me(&office()?.1))
}

/// The board as the query filters it (see [`service::board_filter`]).
pub async fn get_board(lang: Lang, query: ParamsMap) -> Result<BoardPage, AppError> {
    let (state, who) = office()?;
    let filter = service::board_filter(|key| query.get(key))?;
    service::board(&state, &who, filter, lang).await
}

pub async fn get_report(lang: Lang, code: String) -> Result<ReportPage, AppError> {
    let (state, who) = office()?;
    service::report(&state, &who, code, lang).await
}

pub async fn get_audit(query: ParamsMap) -> Result<AuditPage, AppError> {
    let (state, who) = office()?;
    service::audit(&state, &who, service::audit_filter(|key| query.get(key))).await
}

pub async fn get_entry(
    lang: Lang,
    region: Option<String>,
    indicator: Option<String>,
    period: Option<String>,
    draft: bool,
) -> Result<EntryPage, AppError> {
    let (state, who) = office()?;
    service::entry_page(&state, &who, [region, indicator, period], draft, lang).await
}

pub async fn get_extract(lang: Lang) -> Result<ExtractPage, AppError> {
    let (state, who) = office()?;
    service::extract_page(&state, &who, lang).await
}

pub async fn get_extract_review(lang: Lang) -> Result<ExtractReview, AppError> {
    let (state, who) = office()?;
    service::extract_review(&state, &who, lang).await
}

pub async fn get_targets(lang: Lang, draft: bool) -> Result<TargetsPage, AppError> {
    let (state, who) = office()?;
    service::targets_page(&state, &who, draft, lang).await
}

pub async fn get_upload(lang: Lang, id: i64) -> Result<UploadPage, AppError> {
    let (state, who) = office()?;
    service::upload_page(&state, &who, id, lang).await
}

pub async fn get_users(lang: Lang) -> Result<UsersPage, AppError> {
    let (state, who) = office()?;
    service::users_page(&state, &who, lang).await
}
