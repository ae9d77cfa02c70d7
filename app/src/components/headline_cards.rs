use crate::{
    i18n::{Text, use_lang},
    model::Headline,
};
use leptos::prelude::*;

/// Figures as cards: the value large, what and where beneath, the source sentence on demand.
#[component]
pub fn HeadlineCards(headlines: Vec<Headline>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="cards">
            {headlines
                .into_iter()
                .map(|h| {
                    view! {
                        <li class="card">
                            <p class="card__value">{h.value}</p>
                            <p class="card__label">{h.indicator}</p>
                            <p class="card__meta">{h.region} " · " {h.period}</p>
                            <details class="card__quote">
                                <summary>{move || lang.get().t(Text::SourceSentence)}</summary>
                                <blockquote lang="zh-CN">{h.quote}</blockquote>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
