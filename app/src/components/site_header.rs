use crate::{
    i18n::{Lang, Text, other_language_path, use_lang},
    loaders::get_synthetic,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

/// The province's title, the navigation and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let t = move |text: Text| lang.get().t(text);
    let synthetic = OnceResource::new(get_synthetic());
    let switch_href = move || other_language_path(&location.pathname.get(), &location.search.get());
    let other_lang = move || match lang.get() {
        Lang::Zh => Lang::En.tag(),
        Lang::En => Lang::Zh.tag(),
    };
    view! {
        <a class="skip-link" href="#main">{move || t(Text::SkipToContent)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href=move || lang.get().href("/")>
                    <span class="site-header__title">{move || t(Text::SiteTitle)}</span>
                    <span class="site-header__subtitle">{move || t(Text::SiteSubtitle)}</span>
                </a>
                <nav class="site-nav" aria-label=move || t(Text::NavMain)>
                    <A href=move || lang.get().href("/") exact=true>{move || t(Text::NavOverview)}</A>
                    <A href=move || lang.get().href("/compare")>{move || t(Text::NavCompare)}</A>
                    <A href=move || lang.get().href("/regions")>{move || t(Text::NavRegions)}</A>
                    <A href=move || lang.get().href("/indicators")>{move || t(Text::NavIndicators)}</A>
                    <A href=move || lang.get().href("/sources")>{move || t(Text::NavSources)}</A>
                    <a href=switch_href hreflang=other_lang lang=other_lang rel="alternate">
                        {move || t(Text::NavLanguage)}
                    </a>
                </nav>
            </div>
        </header>
        // Generated data must never pass for real: said on every page, before anything else.
        <Suspense>
            {move || Suspend::new(async move {
                synthetic.await.unwrap_or(false).then(|| view! {
                    <p class="synthetic-banner" role="note">{move || t(Text::SyntheticBanner)}</p>
                })
            })}
        </Suspense>
    }
}
