//! What the server shares with every request: the options and the loaded dataset.

use crate::error::AppError;
use axum::extract::FromRef;
use data::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub data: Arc<Dataset>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Runs a query over the dataset on the blocking pool: Polars work must not hold up the
/// async workers (and Polars' own `block_in_place` is not allowed on them in every runtime).
pub async fn query<T, F>(f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&Dataset) -> Result<T, AppError> + Send + 'static,
{
    let data = use_context::<AppState>().map(|s| s.data).ok_or_else(|| {
        leptos::logging::error!("AppState missing from the server-function context");
        AppError::Internal
    })?;
    tokio::task::spawn_blocking(move || f(&data)).await.unwrap_or_else(|e| {
        leptos::logging::error!("query task failed: {e}");
        Err(AppError::Internal)
    })
}
