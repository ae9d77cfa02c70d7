use crate::{AppState, page_cache::PageCache};
use axum::{Json, extract::State};
use serde_json::{Value, json};
use std::sync::{Arc, atomic::Ordering};

/// 200 once the data is loaded (the server does not start without it), with the data version
/// and what the page cache did since the start (hits, renders, requests refused as busy).
pub(crate) async fn healthz(State(state): State<AppState>, pages: Arc<PageCache>) -> Json<Value> {
    let data = state.live.dataset();
    let count = |counter: &std::sync::atomic::AtomicU64| counter.load(Ordering::Relaxed);
    Json(json!({
        "status": "ok",
        "data_version": data.version(),
        "observations": data.observations().len(),
        "regions": data.regions().len(),
        "page_cache": {
            "hits": count(&pages.counts.hits),
            "renders": count(&pages.counts.renders),
            "busy": count(&pages.counts.busy),
        },
    }))
}
