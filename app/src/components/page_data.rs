use crate::{
    components::ErrorView,
    error::AppError,
    i18n::{Text, use_lang},
};
use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

/// Awaits a page's data and renders it, or the error page (404 / 400 / 500) for its error.
pub fn page_data<T, F, V>(resource: Resource<Result<T, AppError>>, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let lang = use_lang();
    view! {
        <Suspense fallback=move || view! { <p class="loading">{lang.get().t(Text::Loading)}</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => view! { <ErrorView error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
