//! The axum server: the Leptos pages and server functions, open-data downloads and a health
//! check, over a dataset loaded and validated at start-up.

// Leptos view types nest deeply; whole pages exceed the default limit of 128.
#![recursion_limit = "256"]

mod charts;
mod cli;
mod downloads;
mod health;

pub use app::state::AppState;
pub use cli::{Cli, Command, ServeArgs};

use app::{App, shell};
use axum::{Router, routing::get};
use data::{Dataset, LoadErrors, SeedFiles};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::{path::Path, sync::Arc};

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot read the seed directory {path}: {source}")]
    SeedDir { path: String, source: std::io::Error },
    #[error(transparent)]
    InvalidData(#[from] LoadErrors),
}

/// Loads the seed from `dir`, or the copy embedded in the binary.
pub fn load_dataset(dir: Option<&Path>) -> Result<Dataset, StartError> {
    let files = match dir {
        Some(dir) => SeedFiles::from_dir(dir)
            .map_err(|source| StartError::SeedDir { path: dir.display().to_string(), source })?,
        None => SeedFiles::embedded(),
    };
    Ok(data::load(&files)?)
}

/// Shared state for a dataset and the site's build output.
pub fn state(data: Dataset, leptos_options: LeptosOptions) -> AppState {
    AppState { leptos_options, data: Arc::new(data) }
}

/// The whole application as one router, so tests can drive it with `oneshot`.
pub fn app(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/downloads/observations.csv", get(downloads::observations_csv))
        .route("/charts/compare.svg", get(charts::compare_svg))
        .route("/charts/indicator/{key}/trend.svg", get(charts::trend_svg))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state)
}

/// Serves `app` until Ctrl-C or SIGTERM.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, app(state)).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
