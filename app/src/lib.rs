//! 法治看板's pages, components and server functions. Built twice: with `ssr` into the
//! server, and with `hydrate` into the browser's wasm.

// Leptos view types nest deeply; whole pages exceed the default limit of 128.
#![recursion_limit = "256"]

pub mod api;
mod app;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod charts;
pub mod components;
pub mod csp;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod url;

pub use app::App;
pub use shell::shell;

/// Entry point of the wasm build: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // Lets end-to-end tests wait until the page is interactive.
    let _ = leptos::tachys::dom::body().set_attribute("data-hydrated", "true");
}
