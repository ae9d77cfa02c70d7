use crate::{
    components::{Flash, SupervisionNav, page_data, role_label},
    i18n::{Text, use_lang},
    loaders::get_users,
    model::UsersPage,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/admin/users`: who may log in; add, deactivate, reset a password.
#[component]
pub fn Users() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_users);
    page_data(page, |page| view! { <UsersBody page /> })
}

#[component]
fn UsersBody(page: UsersPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let csrf = page.me.csrf.clone();
    view! {
        <Title text=format!("{} · {}", t(Text::UsersTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::UsersTitle)}</h1>
        <Flash />
        <table class="users-table">
            <thead><tr>
                <th scope="col">{t(Text::UserName)}</th><th scope="col">{t(Text::Role)}</th>
                <th scope="col">{t(Text::ColRegion)}</th><th scope="col">{t(Text::FilterStatus)}</th><th scope="col"></th>
            </tr></thead>
            <tbody>
                {page.users.into_iter().map(|u| {
                    let csrf = csrf.clone();
                    view! {
                        <tr>
                            <td>{u.name.clone()}</td><td>{role_label(&u.role, l)}</td><td>{u.region.clone()}</td>
                            <td>{if u.active { t(Text::Active) } else { t(Text::Inactive) }}</td>
                            <td>
                                <form method="post" action=format!("/admin/users/{}/active", u.id)>
                                    <input type="hidden" name="csrf" value=csrf.clone() />
                                    <input type="hidden" name="lang" value=l.tag() />
                                    <input type="hidden" name="active" value=if u.active { "no" } else { "yes" } />
                                    <button type="submit">{if u.active { t(Text::Deactivate) } else { t(Text::Activate) }}</button>
                                </form>
                                <form method="post" action=format!("/admin/users/{}/password", u.id)>
                                    <input type="hidden" name="csrf" value=csrf />
                                    <input type="hidden" name="lang" value=l.tag() />
                                    <label for=format!("pw-{}", u.id)>{t(Text::NewPassword)}</label>
                                    <input id=format!("pw-{}", u.id) name="password" type="password" autocomplete="new-password" minlength="12" required />
                                    <button type="submit">{t(Text::ResetPassword)}</button>
                                </form>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h2>{t(Text::AddUser)}</h2>
        <form method="post" action="/admin/users" class="stacked-form">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="lang" value=l.tag() />
            <label for="user-name">{t(Text::UserName)}</label>
            <input id="user-name" name="name" required autocomplete="off" />
            <label for="user-role">{t(Text::Role)}</label>
            <select id="user-role" name="role">
                <option value="editor">{t(Text::RoleEditor)}</option>
                <option value="supervisor">{t(Text::RoleSupervisor)}</option>
                <option value="admin">{t(Text::RoleAdmin)}</option>
            </select>
            <label for="user-region">{t(Text::EditorRegion)}</label>
            <select id="user-region" name="region">
                <option value="">"—"</option>
                {page.regions.into_iter().map(|c| view! { <option value=c.value>{c.label}</option> }).collect_view()}
            </select>
            <label for="user-password">{t(Text::Password)}</label>
            <input id="user-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
            <button type="submit">{t(Text::AddUser)}</button>
        </form>
    }
}
