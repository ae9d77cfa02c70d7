use crate::{
    components::{Flash, page_data},
    i18n::{Text, use_lang},
    loaders::get_login,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/login`: name and password; a plain form, so it works without JavaScript.
#[component]
pub fn Login() -> impl IntoView {
    let page = Resource::new(|| (), |_| get_login());
    page_data(page, |csrf| view! { <LoginForm csrf /> })
}

#[component]
fn LoginForm(csrf: String) -> impl IntoView {
    let lang = use_lang();
    let l = lang.get_untracked();
    let t = move |text: Text| l.t(text);
    let next = use_query_map().read_untracked().get("next").unwrap_or_else(|| l.href("/supervision"));
    view! {
        <Title text=format!("{} · {}", t(Text::LoginTitle), t(Text::SiteTitle)) />
        <h1>{t(Text::LoginTitle)}</h1>
        <p>{t(Text::LoginIntro)}</p>
        <Flash />
        <form method="post" action="/login" class="stacked-form">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="next" value=next />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="login-name">{t(Text::UserName)}</label>
            <input id="login-name" name="name" type="text" autocomplete="username" required />
            <label for="login-password">{t(Text::Password)}</label>
            <input id="login-password" name="password" type="password" autocomplete="current-password" required />
            <button type="submit">{t(Text::LoginButton)}</button>
        </form>
    }
}
