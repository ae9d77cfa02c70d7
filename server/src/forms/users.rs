use super::{OfficeForm, error_text, location, see_other};
use app::{error::AppError, service, state::AppState};
use axum::{
    extract::{Path, State},
    response::Response,
};

#[derive(serde::Deserialize)]
pub struct NewUserForm {
    name: String,
    role: String,
    #[serde(default)]
    region: String,
    password: String,
}

fn back(lang: app::i18n::Lang, result: Result<String, AppError>) -> Response {
    match result {
        Ok(saved) => see_other(&location(lang, "/admin/users", &[("saved", &saved)])),
        Err(error) => see_other(&location(lang, "/admin/users", &[("error", &error_text(error))])),
    }
}

pub async fn add_user(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields: f }: OfficeForm<NewUserForm>,
) -> Response {
    let account = service::NewAccount { name: f.name, role: f.role, region: f.region, password: f.password };
    back(lang, service::add_user(&state, &signed_in, account).await)
}

#[derive(serde::Deserialize)]
pub struct ActiveForm {
    active: String,
}

pub async fn set_active(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<ActiveForm>,
) -> Response {
    let result = service::set_active(&state, &signed_in, id, form.active == "yes").await;
    back(lang, result.map(|()| id.to_string()))
}

#[derive(serde::Deserialize)]
pub struct PasswordForm {
    password: String,
}

/// Sets a new password; every session of that user ends.
pub async fn set_password(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<PasswordForm>,
) -> Response {
    back(lang, service::set_password(&state, &signed_in, id, form.password).await.map(|()| id.to_string()))
}
