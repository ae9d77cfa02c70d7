use crate::AppState;
use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

/// `/downloads/observations.csv`: the whole dataset, UTF-8.
pub(crate) async fn observations_csv(State(state): State<AppState>) -> Response {
    match data::export::observations_csv(&state.live.dataset()) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"observations.csv\""),
            ],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::error!("observations.csv: {e}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
