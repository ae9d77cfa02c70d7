use crate::{
    error::AppError,
    i18n::{Text, use_lang},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The error page for a failed request: sets the HTTP status on the server and offers a way
/// back. Never shows internals.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    let (status, title, body) = match &error {
        AppError::NotFound(_) => (404, Text::NotFoundTitle, Text::NotFoundBody),
        AppError::BadRequest(_) => (400, Text::BadRequestTitle, Text::BadRequestBody),
        AppError::Unauthorized => (401, Text::LoginRequiredTitle, Text::LoginRequiredBody),
        AppError::Forbidden => (403, Text::ForbiddenTitle, Text::ForbiddenBody),
        AppError::Internal => (500, Text::ErrorTitle, Text::ErrorBody),
    };
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::from_u16(status).unwrap_or_default());
    }
    let _ = status;
    let error_kind = if error == AppError::Unauthorized { Kind::Unauthorized } else { Kind::Other };
    let detail = match error {
        AppError::BadRequest(detail) => Some(detail),
        _ => None,
    };
    let lang = use_lang();
    let l = lang.get_untracked();
    let t = move |text: Text| lang.get().t(text);
    view! {
        <Title text=format!("{} · {}", l.t(title), l.t(Text::SiteTitle)) />
        <section class="message-page" role="alert">
            <h1>{move || t(title)}</h1>
            <p>{move || t(body)}</p>
            {detail.map(|d| view! { <p class="message-page__detail"><code>{d}</code></p> })}
            {matches!(error_kind, Kind::Unauthorized).then(|| view! {
                <p><a href=move || lang.get().href("/login")>{move || t(Text::LoginTitle)}</a></p>
            })}
            <p><a href=move || lang.get().href("/")>{move || t(Text::BackToOverview)}</a></p>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Unauthorized,
    Other,
}
