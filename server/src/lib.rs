//! The axum server: the Leptos pages, the office's forms, open-data downloads and a health
//! check, over a dataset loaded and validated at start-up.

// Leptos view types nest deeply; whole pages exceed the default limit of 128.
#![recursion_limit = "256"]

mod access_log;
pub mod api_v1;
mod caching;
mod canonical_url;
mod charts;
pub mod cli;
pub mod client;
pub mod database;
pub mod extract_cli;
mod forms;
mod guard;
mod health;
pub mod import;
mod loading;
mod login_csrf;
mod office_downloads;
mod page_cache;
mod security_headers;
mod site_files;
pub mod synthetic;

pub use app::state::{AppState, WebConfig};
pub use cli::{Cli, Command, ServeArgs, UserCommand};
pub use database::{Database, STORE_FILE};

use app::{App, csp::no_nonce, shell};
use axum::http::StatusCode;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    middleware,
    routing::{get, post},
};
use charts::ChartFormat;
use data::{Live, LoadErrors, SeedFiles, auth::LoginThrottle, live::OpenError, store::StoreError};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::{path::Path, sync::Arc, time::Duration};
use tower_http::{compression::CompressionLayer, timeout::TimeoutLayer};

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot read the seed directory {path}: {source}")]
    SeedDir { path: String, source: std::io::Error },
    #[error(transparent)]
    InvalidData(#[from] LoadErrors),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0} already holds a store: synthetic data goes into a directory of its own")]
    NotEmpty(String),
    #[error(transparent)]
    Synthetic(#[from] data::synthetic::SpecError),
    #[error("cannot serve: {0}")]
    Serve(#[from] std::io::Error),
}

impl From<OpenError> for StartError {
    fn from(error: OpenError) -> Self {
        match error {
            OpenError::Store(e) => StartError::Store(e),
            OpenError::Seed(e) => StartError::InvalidData(e),
        }
    }
}

/// Reads the seed files from `dir`, or the copy embedded in the binary.
pub fn seed_files(dir: Option<&Path>) -> Result<SeedFiles, StartError> {
    match dir {
        Some(dir) => {
            SeedFiles::from_dir(dir).map_err(|source| StartError::SeedDir { path: dir.display().to_string(), source })
        }
        None => Ok(SeedFiles::embedded()),
    }
}

/// Opens the store in `data_dir` (importing the seed into an empty one) and reads it.
pub fn open_live(data_dir: &Path, seed: SeedFiles) -> Result<Live, StartError> {
    open_database(&Database::choose(None, data_dir), seed)
}

/// Opens `database` (importing the seed into an empty one) and reads it.
pub fn open_database(database: &Database, seed: SeedFiles) -> Result<Live, StartError> {
    Ok(Live::open(database.open()?, || data::validate::tables(&seed))?)
}

/// Shared state for the live data and the site's build output.
pub fn state(live: Live, leptos_options: LeptosOptions, config: WebConfig) -> AppState {
    data::auth::prepare_login_check();
    AppState {
        leptos_options,
        live: Arc::new(live),
        throttle: Arc::new(LoginThrottle::default()),
        password_checks: Arc::new(tokio::sync::Semaphore::new(config.password_checks.max(1))),
        config: Arc::new(config),
    }
}

/// Form posts are small: a figure with its sentence, a target, a login.
const FORM_BODY_LIMIT: usize = 256 * 1024;

/// A review of the most figures proposed at once (500), each row's fields sent back.
const EXTRACT_REVIEW_LIMIT: usize = 2 << 20;

/// The whole application as one router, so tests can drive it with `oneshot`; clients' forwarding
/// headers are believed from `trusted` proxies only.
pub fn app(state: AppState) -> Router {
    app_behind(state, client::TrustedProxies::default())
}

/// [`app`], behind the reverse proxies `trusted`.
pub fn app_behind(state: AppState, trusted: client::TrustedProxies) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    // Room for the multipart framing around a file of the largest size accepted.
    let upload_body_limit = state.config.upload_limit + 64 * 1024;
    let pages = Arc::new(page_cache::PageCache::new(state.config.clone()));
    let policies = security_headers::Policies::new(&options);
    let health_pages = pages.clone();
    let router = Router::new()
        .route("/healthz", get(async move |state| health::healthz(state, health_pages).await))
        .route("/login", post(forms::login))
        .route("/logout", post(forms::logout))
        .route("/supervision/entry", post(forms::save_entry))
        .route("/supervision/sources", post(forms::add_source))
        .route("/supervision/upload", post(forms::upload).layer(DefaultBodyLimit::max(upload_body_limit)))
        .route("/supervision/extract", post(forms::extract).layer(DefaultBodyLimit::max(upload_body_limit)))
        .route(
            "/supervision/extract/confirm",
            post(forms::confirm_extract).layer(DefaultBodyLimit::max(EXTRACT_REVIEW_LIMIT)),
        )
        .route("/supervision/uploads/{id}/commit", post(forms::commit_upload))
        .route("/supervision/uploads/{id}/discard", post(forms::discard_upload))
        .route("/supervision/targets", post(forms::save_target))
        .route("/supervision/periods", post(forms::set_frozen))
        .route("/admin/users", post(forms::add_user))
        .route("/admin/users/{id}/active", post(forms::set_active))
        .route("/admin/users/{id}/password", post(forms::set_password))
        .route("/supervision/board.csv", get(office_downloads::board_csv))
        .route("/supervision/audit.csv", get(office_downloads::audit_csv))
        .route("/supervision/template.csv", get(office_downloads::template_csv))
        .route("/supervision/template.xlsx", get(office_downloads::template_xlsx))
        .nest("/api/v1", api_v1::router())
        .route("/downloads/observations.csv", get(api_v1::observations_csv))
        .route("/charts/compare.svg", get(async |s, q| charts::compare(s, q, ChartFormat::Svg).await))
        .route("/charts/compare.png", get(async |s, q| charts::compare(s, q, ChartFormat::Png).await))
        .route("/charts/indicator/{key}/trend.svg", get(async |s, p, q| charts::trend(s, p, q, ChartFormat::Svg).await))
        .route("/charts/indicator/{key}/trend.png", get(async |s, p, q| charts::trend(s, p, q, ChartFormat::Png).await))
        .merge(site_files::router(Path::new(&*options.site_root)))
        .leptos_routes_with_context(&state, routes, no_nonce, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(no_nonce, shell))
        .layer(middleware::from_fn_with_state(state.clone(), guard::guard))
        .layer(middleware::from_fn(login_csrf::issue))
        .layer(middleware::from_fn_with_state(policies, security_headers::add))
        .layer(middleware::from_fn(canonical_url::redirect))
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        // A request that takes longer is answered 503 and its work dropped (blocking work already
        // started finishes on its own, with nobody waiting).
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, state.config.request_timeout))
        .layer(middleware::from_fn_with_state(Arc::new(trusted), client::identify))
        // Outside everything but compression and the log: a kept page is answered here, headers
        // and all, without the layers above; a miss goes through them and is kept as it left.
        .layer(middleware::from_fn_with_state((state.clone(), pages), caching::conditional))
        // Compresses what the page cache does not hold (its pages carry their encoding).
        .layer(CompressionLayer::new())
        .layer(access_log::layer());
    router.with_state(state)
}

/// Serves `app` until Ctrl-C or SIGTERM, keeping the data up to date with writes made beside
/// this process.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    trusted: client::TrustedProxies,
) -> Result<(), StartError> {
    let refresher = tokio::spawn(keep_up_to_date(state.live.clone()));
    // Connection info gives the login throttle each client's address.
    let service = app_behind(state, trusted).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await;
    refresher.abort();
    Ok(served?)
}

/// Listens at once and answers 503 (`/healthz` says "loading") while `load` reads the data on
/// the blocking pool, then serves the whole app: a load balancer sees a starting server as not
/// ready instead of as refusing connections, and sends it nothing until it is.
pub async fn serve_once_loaded(
    listener: tokio::net::TcpListener,
    load: impl FnOnce() -> Result<AppState, StartError> + Send + 'static,
    trusted: client::TrustedProxies,
) -> Result<(), StartError> {
    let ready = Arc::new(std::sync::OnceLock::<Router>::new());
    let front = Router::new().fallback({
        let ready = ready.clone();
        move |request: axum::extract::Request| loading::dispatch(ready.clone(), request)
    });
    let service = front.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = tokio::spawn(axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).into_future());
    let state = match tokio::task::spawn_blocking(load).await {
        Ok(Ok(state)) => state,
        Ok(Err(error)) => {
            served.abort();
            return Err(error);
        }
        Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
    };
    let refresher = tokio::spawn(keep_up_to_date(state.live.clone()));
    let _ = ready.set(app_behind(state, trusted));
    tracing::info!("the data is loaded: serving every page");
    let result = served.await;
    refresher.abort();
    match result {
        Ok(served) => Ok(served?),
        Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
    }
}

/// The longest a server goes without asking the store whether someone else wrote to it.
const REFRESH_INTERVAL: Duration = Duration::from_secs(1);

/// Applies writes made beside this process (another server on the database, `server import`)
/// as soon as the store says there may be some (PostgreSQL notifies at once), and within
/// [`REFRESH_INTERVAL`] in any case: without it, pages kept the old data, and the old ETag,
/// until the next edit through the web.
async fn keep_up_to_date(live: Arc<Live>) {
    let mut failing = false;
    loop {
        let live = live.clone();
        let refreshed = tokio::task::spawn_blocking(move || {
            live.figures().wait_for_change(REFRESH_INTERVAL)?;
            live.refresh()
        });
        match refreshed.await {
            Ok(Ok(changed)) => {
                if changed {
                    tracing::info!("applied changes written beside this server");
                }
                failing = false;
                continue;
            }
            Ok(Err(error)) if !failing => {
                tracing::error!("cannot read changes from the store: {error}");
                failing = true;
            }
            Ok(Err(_)) => {}
            Err(error) => tracing::error!("the refresh task failed: {error}"),
        }
        // The database is away: ask again in a while, not in a loop.
        tokio::time::sleep(REFRESH_INTERVAL).await;
    }
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
