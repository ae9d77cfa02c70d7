//! Helpers for the integration tests in `tests/`: a state over the embedded seed, and a
//! real server on an ephemeral port.

use std::net::SocketAddr;

/// Server state over the embedded seed data.
pub fn seed_state() -> server::AppState {
    state_with(data::SeedFiles::embedded())
}

/// Server state over seed files a test has edited.
pub fn state_with(files: data::SeedFiles) -> server::AppState {
    let data = data::load(&files).unwrap_or_else(|e| panic!("fixture must load: {e}"));
    let options = leptos::prelude::LeptosOptions::builder()
        .output_name("fazhi-kanban")
        .site_root(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site"))
        .build();
    server::state(data, options)
}

/// Boots the real server on 127.0.0.1 with an ephemeral port; it stops with the runtime.
pub async fn spawn_server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(server::serve(listener, seed_state()));
    addr
}
