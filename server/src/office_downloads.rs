//! The office's downloads: the board and the audit trail as CSV, and the upload templates.

use app::{auth::SignedIn, error::AppError, service, state::AppState};
use axum::{
    Extension,
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use std::collections::HashMap;

fn file(content_type: &'static str, name: &str, bytes: Result<Vec<u8>, AppError>) -> Response {
    match bytes {
        Ok(bytes) => {
            let disposition = format!("attachment; filename=\"{name}\"");
            ([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)], bytes)
                .into_response()
        }
        Err(error) => error.into_response(),
    }
}

const CSV: &str = "text/csv; charset=utf-8";

pub async fn board_csv(
    State(state): State<AppState>,
    Extension(who): Extension<SignedIn>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).cloned();
    let lang = app::i18n::Lang::of_tag(q.get("lang").map_or("", String::as_str));
    let bytes = match service::board_filter(get) {
        Ok(filter) => service::board_csv(&state, &who, filter, lang).await,
        Err(error) => Err(error),
    };
    file(CSV, "supervision-board.csv", bytes)
}

pub async fn audit_csv(
    State(state): State<AppState>,
    Extension(who): Extension<SignedIn>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let filter = service::audit_filter(|k| q.get(k).cloned());
    file(CSV, "audit.csv", service::audit_csv(&state, &who, filter).await)
}

pub async fn template_csv() -> Response {
    file(CSV, "fazhi-kanban-template.csv", Ok(data::entry::template_csv()))
}

pub async fn template_xlsx(State(state): State<AppState>, Extension(who): Extension<SignedIn>) -> Response {
    let bytes = service::template_xlsx(&state, &who).await;
    file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "fazhi-kanban-template.xlsx", bytes)
}
