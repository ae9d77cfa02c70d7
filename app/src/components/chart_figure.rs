use crate::i18n::{Text, use_lang};
use leptos::prelude::*;

/// A server-rendered SVG chart with its caption and, when it has one, a download link. The
/// table beside it carries the same numbers.
#[component]
pub fn ChartFigure(
    svg: String,
    #[prop(into)] caption: String,
    #[prop(optional, into)] download: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <figure class="chart-figure">
            <div class="chart-figure__svg" inner_html=svg></div>
            <figcaption>
                {caption}
                {download.map(|href| view! {
                    " · " <a href=href download rel="external">{move || lang.get().t(Text::DownloadSvg)}</a>
                })}
            </figcaption>
        </figure>
    }
}
