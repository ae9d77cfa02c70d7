//! Helpers for the integration tests in `tests/`: a state over a fresh store filled from the
//! seed, users to log in as, and a real server on an ephemeral port.

pub mod browser;
pub mod cluster;
pub mod counting_store;
pub mod http;
pub mod json_schema;
pub mod over_http;

use std::net::SocketAddr;

/// A state over a fresh store in its own temporary directory, removed when the fixture and
/// every router made by [`Fixture::app`] are dropped.
pub struct Fixture {
    pub state: server::AppState,
    pub dir: std::sync::Arc<tempfile::TempDir>,
}

impl Fixture {
    /// The app over this fixture's state; it keeps the store's directory while it lives.
    pub fn app(&self) -> axum::Router {
        server::app(self.state.clone()).layer(axum::Extension(self.dir.clone()))
    }
}

/// A fixture over the embedded seed data, in a fresh store.
pub fn seed_fixture() -> Fixture {
    fixture_with(data::SeedFiles::embedded())
}

/// A fixture over seed files a test has edited.
pub fn fixture_with(files: data::SeedFiles) -> Fixture {
    let dir = tempfile::tempdir().expect("temporary directory");
    let live = server::open_live(dir.path(), files).unwrap_or_else(|e| panic!("fixture must load: {e}"));
    let state =
        server::state(live, site_options(), server::WebConfig { upload_limit: 64 * 1024, ..Default::default() });
    Fixture { state, dir: std::sync::Arc::new(dir) }
}

pub fn site_options() -> leptos::prelude::LeptosOptions {
    leptos::prelude::LeptosOptions::builder()
        .output_name("fazhi-kanban")
        .site_root(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site"))
        .build()
}

/// The release `server` binary beside the test executable (`cargo test --release` builds it).
pub fn server_binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe.parent().and_then(|deps| deps.parent()).expect("target profile directory");
    let binary = dir.join("server");
    assert!(binary.exists(), "{} is missing: build it with `cargo build --release -p server`", binary.display());
    binary
}

/// The password every test user gets.
pub const PASSWORD: &str = "a long test password";

/// Adds a user straight to the store.
pub fn add_user(state: &server::AppState, name: &str, role: data::store::Role, region: Option<&str>) {
    let password_hash = data::auth::hash_password(PASSWORD).expect("hash");
    let user = data::store::NewUser { name: name.to_owned(), role, region: region.map(str::to_owned), password_hash };
    state.live.accounts().add_user(None, &user).expect("add user");
}

/// A fresh office: a supervisor `sup`, an editor `hebi` for 鹤壁市 (410600) and an admin
/// `root`, all with [`PASSWORD`], and a browser on the router.
pub fn office() -> (Fixture, browser::Browser) {
    let fixture = fixture_with(data::SeedFiles::embedded());
    add_user(&fixture.state, "sup", data::store::Role::Supervisor, None);
    add_user(&fixture.state, "hebi", data::store::Role::Editor, Some("410600"));
    add_user(&fixture.state, "root", data::store::Role::Admin, None);
    let browser = browser::Browser::new(fixture.app());
    (fixture, browser)
}

/// [`office`] over a store that counts its session look-ups (the count it returns) and can be
/// cut off.
pub fn counting_office() -> (Fixture, browser::Browser, counting_store::Handles) {
    use std::sync::{Arc, atomic::AtomicUsize};
    // The seed goes in first, through the server's own start-up; then the file is opened again.
    let Fixture { dir, .. } = fixture_with(data::SeedFiles::embedded());
    let sqlite = data::store::SqliteStore::open(&dir.path().join(server::STORE_FILE)).expect("store");
    let sessions = Arc::new(AtomicUsize::new(0));
    let cut_off = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let store =
        counting_store::CountingStore { inner: Arc::new(sqlite), sessions: sessions.clone(), cut_off: cut_off.clone() };
    let live = data::Live::open(Arc::new(store), || panic!("the store holds the seed already")).expect("fixture");
    let state = server::state(live, site_options(), server::WebConfig::default());
    add_user(&state, "sup", data::store::Role::Supervisor, None);
    let fixture = Fixture { state, dir };
    let browser = browser::Browser::new(fixture.app());
    (fixture, browser, counting_store::Handles { sessions, cut_off })
}

/// Boots the real server on 127.0.0.1 with an ephemeral port; it stops with the runtime.
pub async fn spawn_server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local addr");
    let fixture = seed_fixture();
    tokio::spawn(async move {
        let served = server::serve(listener, fixture.state.clone(), Default::default()).await;
        drop(fixture); // the store's directory goes with the server
        served
    });
    addr
}
