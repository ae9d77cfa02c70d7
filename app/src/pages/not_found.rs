use crate::{components::ErrorView, error::AppError};
use leptos::prelude::*;

/// 404 for any path no route matches.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorView error=AppError::NotFound("page".into()) /> }
}
