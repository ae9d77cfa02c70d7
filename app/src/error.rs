//! The error of every read and write: what the browser may know, and no more. Pages show it
//! as an error page (`components/error_view.rs`); everything else answers it as a response
//! (below), the one place an error becomes a status.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// An unknown region, indicator or page.
    #[error("not found: {0}")]
    NotFound(String),
    /// A malformed or inapplicable parameter.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// No session: the page asks the person to log in.
    #[error("login required")]
    Unauthorized,
    /// Signed in, but the role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// Anything else; details stay in the server log.
    #[error("internal error")]
    Internal,
}

#[cfg(feature = "ssr")]
impl AppError {
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Its status and its words (an internal error says only that), never kept by a cache: the
/// same URL may answer differently once the data or the person changes.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        use axum::http::header;
        (self.status(), [(header::CACHE_CONTROL, "no-store")], self.to_string()).into_response()
    }
}

#[cfg(feature = "ssr")]
impl From<data::QueryError> for AppError {
    fn from(error: data::QueryError) -> Self {
        use data::QueryError::*;
        match error {
            UnknownIndicator(key) => AppError::NotFound(format!("indicator {key}")),
            UnknownRegion(code) => AppError::NotFound(format!("region {code}")),
            e @ PerCapitaNotApplicable(_) => AppError::BadRequest(e.to_string()),
            Polars(e) => {
                leptos::logging::error!("query failed: {e}");
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<data::store::StoreError> for AppError {
    fn from(error: data::store::StoreError) -> Self {
        use data::store::StoreError::*;
        match error {
            e @ (Frozen(_) | NameTaken(_) | Conflict(_)) => AppError::BadRequest(e.to_string()),
            NotFound(what) => AppError::NotFound(what),
            e => {
                leptos::logging::error!("store failed: {e}");
                AppError::Internal
            }
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use axum::{http::header, response::IntoResponse};

    #[test]
    fn an_error_answers_its_status_uncached_and_without_internals() {
        for (error, status) in [
            (AppError::NotFound("region 999999".into()), 404),
            (AppError::BadRequest("per=x".into()), 400),
            (AppError::Unauthorized, 401),
            (AppError::Forbidden, 403),
            (AppError::Internal, 500),
        ] {
            let response = error.clone().into_response();
            assert_eq!(response.status().as_u16(), status, "{error:?}");
            assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
        }
        let from_store: AppError =
            data::store::StoreError::Open { path: "/var/secret/store".into(), reason: "denied".into() }.into();
        assert_eq!(from_store, AppError::Internal, "the store's details stay in the log");
    }
}
