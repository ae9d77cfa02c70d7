use crate::{
    i18n::{Text, use_lang},
    model::FigureView,
};
use leptos::prelude::*;

/// Figures as cards: the value large, what and where beneath, the sentence one click away.
#[component]
pub fn HeadlineCards(figures: Vec<FigureView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="cards">
            {figures
                .into_iter()
                .map(|f| {
                    let region_href = lang.get().href(&format!("/region/{}", f.region.code));
                    let indicator_href = lang.get().href(&format!("/indicator/{}", f.indicator_key));
                    view! {
                        <li class="card">
                            <p class="card__value"><a href=f.observation_href>{f.value}</a></p>
                            <p class="card__label"><a href=indicator_href>{f.indicator}</a></p>
                            <p class="card__meta"><a href=region_href>{f.region.name}</a> " · " {f.period}</p>
                            <details class="card__quote">
                                <summary>{move || lang.get().t(Text::SourceSentence)}</summary>
                                <blockquote lang="zh-CN">{f.quote}</blockquote>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
