use axum::{
    Json,
    extract::rejection::QueryRejection,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use data::{open_data::OpenDataError, query::QueryError};

/// An API error: a status and a message for the caller, as `{"status": 400, "message": "…"}`.
/// Internal failures are logged and answered without their details.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self { status: StatusCode::NOT_FOUND, message: message.into() }
    }

    pub fn method_not_allowed() -> Self {
        Self { status: StatusCode::METHOD_NOT_ALLOWED, message: "the API is read-only: use GET".into() }
    }

    pub fn internal(what: &str, error: impl std::fmt::Display) -> Self {
        tracing::error!("api: {what}: {error}");
        Self { status: StatusCode::INTERNAL_SERVER_ERROR, message: "internal error".into() }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "status": self.status.as_u16(), "message": self.message });
        (self.status, Json(body)).into_response()
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        Self::bad_request(rejection.body_text())
    }
}

impl From<OpenDataError> for ApiError {
    fn from(error: OpenDataError) -> Self {
        Self::bad_request(error.to_string())
    }
}

impl From<QueryError> for ApiError {
    fn from(error: QueryError) -> Self {
        match error {
            QueryError::Polars(e) => Self::internal("query", e),
            other => Self::bad_request(other.to_string()),
        }
    }
}
