//! The office's downloads: the board and the audit trail as CSV, and the upload templates.

use app::{auth::SignedIn, error::AppError, state::AppState};
use axum::{
    Extension,
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use std::collections::HashMap;

fn file(content_type: &'static str, name: &str, bytes: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    ([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response()
}

fn failed(error: AppError) -> Response {
    match error {
        AppError::BadRequest(detail) => (StatusCode::BAD_REQUEST, detail).into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

pub async fn board_csv(State(state): State<AppState>, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).cloned();
    let filter = match app::api::board_filter(
        get("status"),
        get("region"),
        get("category"),
        get("owner"),
        get("overdue"),
        get("sort"),
    ) {
        Ok(filter) => filter,
        Err(e) => return failed(e),
    };
    let lang = if get("lang").as_deref() == Some("en") { data::Lang::En } else { data::Lang::Zh };
    let data = state.live.dataset();
    let result = app::state::blocking(move || {
        let rows = data::supervision::board(&data, &filter, data::supervision::today());
        data::supervision::board_csv(&data, &rows, lang).map_err(|_| AppError::Internal)
    })
    .await;
    match result {
        Ok(bytes) => file("text/csv; charset=utf-8", "supervision-board.csv", bytes),
        Err(e) => failed(e),
    }
}

pub async fn audit_csv(
    State(state): State<AppState>,
    Extension(_signed_in): Extension<SignedIn>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).cloned();
    let mut filter = app::api::audit_filter(get("user"), get("action"), get("region"), get("from"), get("to"));
    filter.limit = usize::MAX >> 1;
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        let entries = live.store().audit(&filter)?;
        data::export::audit_csv(&entries).map_err(|_| AppError::Internal)
    })
    .await;
    match result {
        Ok(bytes) => file("text/csv; charset=utf-8", "audit.csv", bytes),
        Err(e) => failed(e),
    }
}

pub async fn template_csv() -> Response {
    file("text/csv; charset=utf-8", "fazhi-kanban-template.csv", data::entry::template_csv())
}

pub async fn template_xlsx(State(state): State<AppState>) -> Response {
    let data = state.live.dataset();
    match app::state::blocking(move || data::entry::template_xlsx(&data).map_err(|_| AppError::Internal)).await {
        Ok(bytes) => file(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "fazhi-kanban-template.xlsx",
            bytes,
        ),
        Err(e) => failed(e),
    }
}
