use crate::{
    AppState,
    page_cache::{CAPACITY, PageCache},
};
use axum::{
    Json,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};
use std::{
    sync::{Arc, atomic::Ordering},
    time::Duration,
};

/// How long the database may take to say its version before the server counts as cut off.
const STORE_WAIT: Duration = Duration::from_secs(2);

/// For a load balancer: 200 while the data is served and the database answers, with the data
/// version served, the database's (a server behind it has not yet applied the difference), the
/// standby's version and lag when the server reads from one, and
/// what the page cache did since the start (hits, renders, requests refused as busy) and what
/// it holds (pages, bytes of its budget); 503 when
/// the database does not answer. Before the data is loaded, `loading.rs` answers 503.
pub(crate) async fn healthz(State(state): State<AppState>, pages: Arc<PageCache>) -> Response {
    let data = state.live.dataset();
    let live = state.live.clone();
    let stored = tokio::time::timeout(
        STORE_WAIT,
        tokio::task::spawn_blocking(move || {
            Ok::<_, data::store::StoreError>((live.figures().version()?, live.figures().standby()))
        }),
    )
    .await;
    let count = |counter: &std::sync::atomic::AtomicU64| counter.load(Ordering::Relaxed);
    let (kept_pages, kept_bytes) = pages.kept();
    let mut body = json!({
        "status": "ok",
        "data_version": data.version(),
        "observations": data.observations().len(),
        "regions": data.regions().len(),
        "page_cache": {
            "hits": count(&pages.counts.hits),
            "renders": count(&pages.counts.renders),
            "busy": count(&pages.counts.busy),
            "pages": kept_pages,
            "bytes": kept_bytes,
            "capacity_bytes": CAPACITY,
        },
    });
    match stored {
        Ok(Ok(Ok((version, standby)))) => {
            body["store_version"] = Value::from(version);
            // The standby's lag is news, not a failure: reads fall back to the primary.
            match standby {
                Ok(Some(lag)) => body["standby"] = json!({ "version": lag.version, "lag_seconds": lag.seconds }),
                Ok(None) => {}
                Err(error) => {
                    tracing::warn!("health: the standby does not answer: {error}");
                    body["standby"] = json!({ "status": "unreachable" });
                }
            }
            (StatusCode::OK, Json(body)).into_response()
        }
        failed => {
            if let Ok(Ok(Err(error))) = failed {
                tracing::warn!("health: the database does not answer: {error}");
            }
            body["status"] = Value::from("database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
        }
    }
}
