use crate::{
    i18n::{Text, use_lang},
    model::Me,
};
use leptos::prelude::*;

/// The office's own navigation: what this role may open, who is signed in, and log out.
#[component]
pub fn SupervisionNav(me: Me) -> impl IntoView {
    let lang = use_lang();
    let l = lang.get_untracked();
    let t = move |text: Text| l.t(text);
    let role = me.role.as_str();
    let enters = matches!(role, "supervisor" | "editor");
    let audits = matches!(role, "supervisor" | "admin");
    view! {
        <nav class="office-nav" aria-label=t(Text::OfficeNav)>
            <a href=l.href("/supervision")>{t(Text::BoardTitle)}</a>
            {enters.then(|| view! {
                <a href=l.href("/supervision/entry")>{t(Text::EntryTitle)}</a>
                <a href=l.href("/supervision/upload")>{t(Text::UploadTitle)}</a>
                <a href=l.href("/supervision/extract")>{t(Text::ExtractTitle)}</a>
            })}
            {(role == "supervisor").then(|| view! { <a href=l.href("/supervision/targets")>{t(Text::TargetsTitle)}</a> })}
            {audits.then(|| view! { <a href=l.href("/supervision/audit")>{t(Text::AuditTitle)}</a> })}
            {(role == "admin").then(|| view! { <a href=l.href("/admin/users")>{t(Text::UsersTitle)}</a> })}
            <span class="office-nav__me">{me.name.clone()} " · " {role_label(role, l)}</span>
            <form method="post" action="/logout" class="office-nav__logout">
                <input type="hidden" name="csrf" value=me.csrf.clone() />
                <button type="submit">{t(Text::Logout)}</button>
            </form>
        </nav>
    }
}

pub fn role_label(role: &str, lang: crate::i18n::Lang) -> &'static str {
    lang.t(match role {
        "admin" => Text::RoleAdmin,
        "supervisor" => Text::RoleSupervisor,
        _ => Text::RoleEditor,
    })
}
