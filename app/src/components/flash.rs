use crate::i18n::{Text, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The outcome of the last form post, carried in the redirect's query (`?saved=…` or
/// `?error=…`) or, for a refused form kept as a draft, given as `error`. Announced to screen
/// readers.
#[component]
pub fn Flash(#[prop(optional_no_strip)] error: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    move || {
        let q = query.read();
        let t = |text: Text| lang.get().t(text);
        if let Some(error) = error.clone().or_else(|| q.get("error")) {
            Some(view! { <p class="flash flash--error" role="alert">{error}</p> }.into_any())
        } else {
            q.get("saved").map(|saved| {
                view! { <p class="flash flash--ok" role="status">{t(Text::Saved)} " " {saved}</p> }.into_any()
            })
        }
    }
}
