//! 法治看板's pages, components, page loaders and the service they and the server's forms
//! share. Built twice: with `ssr` into the server (everything), and with `hydrate` into the
//! browser's wasm (the islands only: pages are the server's HTML).

// Leptos view types nest deeply; whole pages exceed the default limit of 128.
#![recursion_limit = "256"]

#[cfg(feature = "ssr")]
mod app;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod charts;
pub mod components;
pub mod csp;
pub mod error;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod loaders;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod present;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod url;

#[cfg(feature = "ssr")]
pub use app::App;
#[cfg(feature = "ssr")]
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
