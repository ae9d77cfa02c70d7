use crate::{
    components::SourceLine,
    i18n::{Text, use_lang},
    loaders::list_sources,
};
use leptos::prelude::*;

/// The data sources (the article and the census), on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    let sources = Resource::new(|| (), |_| list_sources());
    view! {
        <footer class="site-footer">
            <h2 class="site-footer__heading">{move || t(Text::FooterSource)}</h2>
            <Suspense fallback=|| ()>
                <ul class="site-footer__sources">
                    {move || Suspend::new(async move {
                        sources
                            .await
                            .unwrap_or_default()
                            .into_iter()
                            .map(|source| view! { <li><SourceLine source /></li> })
                            .collect_view()
                    })}
                </ul>
            </Suspense>
            <p>{move || t(Text::FooterLicence)}</p>
        </footer>
    }
}
