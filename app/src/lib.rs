//! 法治看板's pages, components and server functions. Built twice: with `ssr` into the
//! server, and with `hydrate` into the browser's wasm (its islands only).

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

/// Entry point of the wasm build. Islands mode: the pages stay the server's HTML and only the
/// `#[island]` components are hydrated (Leptos' island script calls each one after this), so
/// the wasm holds those islands and not the app.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets end-to-end tests wait until the page is interactive: Leptos' island script hydrates
    // the islands right after this returns, in the same task.
    let _ = leptos::tachys::dom::body().set_attribute("data-hydrated", "true");
}
