//! The server before its data is loaded: it listens, and answers every request 503 with
//! `Retry-After` (`/healthz` with a JSON body saying so), so a load balancer waits for it.

use axum::{
    Json, Router,
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// Hands `request` to the app once it is ready; until then, 503.
pub(crate) async fn dispatch(ready: Arc<OnceLock<Router>>, request: Request) -> Response {
    match ready.get() {
        Some(app) => app.clone().oneshot(request).await.unwrap_or_else(|never| match never {}),
        None => loading(request.uri().path()),
    }
}

fn loading(path: &str) -> Response {
    let mut response = if path == "/healthz" {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "loading" }))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "starting: the data is being loaded\n").into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{body::Body, routing::get};

    fn request(path: &str) -> Request {
        Request::builder().uri(path).body(Body::empty()).unwrap()
    }

    #[tokio::test]
    async fn until_the_app_is_ready_every_request_is_503_and_then_it_is_served() {
        let ready = Arc::new(OnceLock::new());
        for path in ["/healthz", "/", "/compare"] {
            let response = dispatch(ready.clone(), request(path)).await;
            assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE, "{path}");
            assert_eq!(response.headers()[header::RETRY_AFTER], "5");
        }
        let _ = ready.set(Router::new().route("/healthz", get(|| async { "ok" })));
        assert_eq!(dispatch(ready, request("/healthz")).await.status(), StatusCode::OK);
    }
}
