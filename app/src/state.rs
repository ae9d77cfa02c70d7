//! What the server shares with every request: the options, the live data and its store, and
//! the login throttle.

use crate::error::AppError;
use axum::extract::FromRef;
use data::{Live, auth::LoginThrottle};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub live: Arc<Live>,
    pub throttle: Arc<LoginThrottle>,
    /// Password checks allowed at once: each argon2 hash holds 19 MiB and a core for tens of
    /// milliseconds, so a burst of logins waits here instead of exhausting memory.
    pub password_checks: Arc<tokio::sync::Semaphore>,
    pub config: Arc<WebConfig>,
}

/// Settings of the web layer.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// Largest upload accepted, in bytes.
    pub upload_limit: usize,
    /// How long a session lasts at most.
    pub session_hours: i64,
    /// A session unused for this long ends.
    pub session_idle_minutes: i64,
    /// Password checks at once (see [`AppState::password_checks`]).
    pub password_checks: usize,
    /// The longest a request may take before it is answered 503.
    pub request_timeout: std::time::Duration,
    /// Public pages rendered at once; more wait for a turn (see [`WebConfig::render_queue`]).
    pub renders: usize,
    /// Requests that may wait for a turn to render; the next gets a 503 at once.
    pub render_queue: usize,
    /// The longest a request waits for a turn to render before it gets a 503.
    pub render_wait: std::time::Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            upload_limit: 5 * 1024 * 1024,
            session_hours: 8,
            session_idle_minutes: 30,
            password_checks: 2,
            request_timeout: std::time::Duration::from_secs(30),
            // Renders wait on Polars work in the blocking pool: two per core keep the cores
            // busy without a queue inside the pool.
            renders: 2 * std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
            render_queue: 512,
            render_wait: std::time::Duration::from_secs(10),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        leptos::logging::error!("AppState missing from the render's context");
        AppError::Internal
    })
}

/// Runs `f` on the blocking pool (store and Polars work).
pub async fn blocking<T, F>(f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, AppError> + Send + 'static,
{
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|e| {
        leptos::logging::error!("blocking task failed: {e}");
        Err(AppError::Internal)
    })
}
