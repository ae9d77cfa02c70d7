use super::{OfficeForm, error_text, location, see_other};
use app::{error::AppError, state::AppState};
use axum::{
    extract::{Path, State},
    response::Response,
};
use data::store::{NewUser, Role};

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
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<NewUserForm>,
) -> Response {
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        let name = form.name.trim().to_owned();
        let role = Role::parse(&form.role).ok_or_else(|| AppError::BadRequest(format!("role {}", form.role)))?;
        let region = Some(form.region.trim().to_owned()).filter(|r| !r.is_empty());
        if name.is_empty() || name.chars().count() > 64 {
            return Err(AppError::BadRequest("a user name of 1 to 64 characters is required".into()));
        }
        match (role, &region) {
            (Role::Editor, None) => return Err(AppError::BadRequest("an editor needs a region".into())),
            (Role::Editor, Some(code)) if live.dataset().region(code).is_none() => {
                return Err(AppError::BadRequest(format!("unknown region {code}")));
            }
            (Role::Admin | Role::Supervisor, Some(_)) => {
                return Err(AppError::BadRequest("only editors belong to a region".into()));
            }
            _ => {}
        }
        let password_hash =
            data::auth::hash_password(&form.password).map_err(|e| AppError::BadRequest(e.to_string()))?;
        let user =
            live.store().add_user(Some(&signed_in.user.actor()), &NewUser { name, role, region, password_hash })?;
        Ok(user.name)
    })
    .await;
    back(lang, result)
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
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        if id == signed_in.user.id {
            return Err(AppError::BadRequest("you cannot deactivate yourself".into()));
        }
        let active = form.active == "yes";
        let reason = if active { "activated by an administrator" } else { "deactivated by an administrator" };
        live.store().set_user_active(&signed_in.user.actor(), id, active, reason)?;
        Ok(id.to_string())
    })
    .await;
    back(lang, result)
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
    let live = state.live.clone();
    let result = app::state::blocking(move || {
        let hash = data::auth::hash_password(&form.password).map_err(|e| AppError::BadRequest(e.to_string()))?;
        live.store().set_password(&signed_in.user.actor(), id, &hash, "reset by an administrator")?;
        Ok(id.to_string())
    })
    .await;
    back(lang, result)
}
