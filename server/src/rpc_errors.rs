//! Server functions (`/api/<name>`, not the open-data `/api/v1/`) answer every error with a
//! 500, as `server_fn` does: this layer gives each its own status from the error itself (not
//! signed in 401, forbidden 403, unknown 404, bad argument 400) and marks every answer
//! `no-store`, since office answers hold names, unpublished figures and CSRF tokens.

use app::error::AppError;
use axum::{
    body::Body,
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};

/// Errors are a short JSON object; anything longer is passed on as it is.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn statuses(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if !path.starts_with("/api/") || path.starts_with("/api/v1/") {
        return next.run(request).await;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let failed = response.status() == StatusCode::INTERNAL_SERVER_ERROR
        && response.headers().contains_key(leptos::server_fn::error::SERVER_FN_ERROR_HEADER);
    if !failed {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    parts.status = match serde_json::from_slice::<AppError>(&bytes) {
        Ok(AppError::NotFound(_)) => StatusCode::NOT_FOUND,
        Ok(AppError::BadRequest(_) | AppError::Request(_)) => StatusCode::BAD_REQUEST,
        Ok(AppError::Unauthorized) => StatusCode::UNAUTHORIZED,
        Ok(AppError::Forbidden) => StatusCode::FORBIDDEN,
        Ok(AppError::Internal) | Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    Response::from_parts(parts, Body::from(bytes))
}
