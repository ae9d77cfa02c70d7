use crate::i18n::{Text, fill, use_lang};
use leptos::prelude::*;

/// Says that a list stops short of all the figures, and where the rest are.
#[component]
pub fn FiguresShown(shown: usize, total: usize) -> impl IntoView {
    let lang = use_lang();
    let text =
        move || fill(lang.get().t(Text::FiguresShown), &[("n", shown.to_string()), ("total", total.to_string())]);
    (total > shown).then(|| view! { <p class="hint" role="note">{text}</p> })
}
