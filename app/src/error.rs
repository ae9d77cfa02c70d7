//! The error type at the server-function boundary: what the browser may know, and no more.

use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
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
    /// Transport failures of the server-function machinery itself.
    #[error("request failed: {0}")]
    Request(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
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
