use crate::i18n::{Text, use_lang};
use leptos::prelude::*;

/// A server-rendered SVG chart with its caption and, when it has a stable URL, links to it as
/// SVG and PNG and to its embeddable view. The table beside it carries the same numbers.
#[component]
pub fn ChartFigure(
    svg: String,
    #[prop(into)] caption: String,
    /// The chart's SVG address; the PNG is the same address ending in `.png`.
    #[prop(optional, into)]
    download: Option<String>,
    #[prop(optional, into)] embed: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    view! {
        <figure class="chart-figure">
            <div class="chart-figure__svg" inner_html=svg></div>
            <figcaption>
                {caption}
                {download.map(|svg_href| {
                    let png_href = svg_href.replacen(".svg", ".png", 1);
                    view! {
                        " · " <a href=svg_href download rel="external">{move || t(Text::DownloadSvg)}</a>
                        " · " <a href=png_href download rel="external">{move || t(Text::DownloadPng)}</a>
                    }
                })}
                {embed.map(|href| view! { " · " <a href=href rel="external">{move || t(Text::EmbedChart)}</a> })}
            </figcaption>
        </figure>
    }
}
