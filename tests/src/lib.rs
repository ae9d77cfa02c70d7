//! Helpers for the integration tests in `tests/`: a state over the embedded seed, and a
//! real server on an ephemeral port.

use std::net::SocketAddr;

/// Server state over the embedded seed data, with the site root of the release build.
pub fn seed_state() -> server::AppState {
    let data = server::load_dataset(None).expect("embedded seed loads");
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
