use crate::AppState;
use axum::{Json, extract::State};
use serde_json::{Value, json};

/// 200 once the data is loaded (the server does not start without it).
pub(crate) async fn healthz(State(state): State<AppState>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "observations": state.live.dataset().observations().len(),
        "regions": state.live.dataset().regions().len(),
    }))
}
