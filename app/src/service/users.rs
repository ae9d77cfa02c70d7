//! Accounts, managed by an administrator.

use super::{
    access::{Action, check, has_region},
    with_live,
};
use crate::{auth::SignedIn, error::AppError, state::AppState};
use data::{
    auth::hash_password,
    store::{NewUser, Role},
};

/// The add-user form as sent.
pub struct NewAccount {
    pub name: String,
    pub role: String,
    pub region: String,
    pub password: String,
}

/// Adds an account; its name.
pub async fn add_user(state: &AppState, who: &SignedIn, account: NewAccount) -> Result<String, AppError> {
    check(who, Action::ManageUsers)?;
    let actor = who.user.actor();
    with_live(state, move |live| {
        let name = account.name.trim().to_owned();
        let role = Role::parse(&account.role).ok_or_else(|| AppError::BadRequest(format!("role {}", account.role)))?;
        let region = Some(account.region.trim().to_owned()).filter(|r| !r.is_empty());
        if name.is_empty() || name.chars().count() > 64 {
            return Err(AppError::BadRequest("a user name of 1 to 64 characters is required".into()));
        }
        match (has_region(role), &region) {
            (true, None) => return Err(AppError::BadRequest("an editor needs a region".into())),
            (true, Some(code)) if live.dataset().region(code).is_none() => {
                return Err(AppError::BadRequest(format!("unknown region {code}")));
            }
            (false, Some(_)) => return Err(AppError::BadRequest("only editors belong to a region".into())),
            _ => {}
        }
        let password_hash = hash_password(&account.password).map_err(|e| AppError::BadRequest(e.to_string()))?;
        Ok(live.accounts().add_user(Some(&actor), &NewUser { name, role, region, password_hash })?.name)
    })
    .await
}

/// Activates or deactivates an account (never one's own).
pub async fn set_active(state: &AppState, who: &SignedIn, id: i64, active: bool) -> Result<(), AppError> {
    check(who, Action::ManageUsers)?;
    if id == who.user.id {
        return Err(AppError::BadRequest("you cannot deactivate yourself".into()));
    }
    let actor = who.user.actor();
    let reason = if active { "activated by an administrator" } else { "deactivated by an administrator" };
    with_live(state, move |live| Ok(live.accounts().set_user_active(&actor, id, active, reason)?)).await
}

/// Sets a new password; every session of that user ends.
pub async fn set_password(state: &AppState, who: &SignedIn, id: i64, password: String) -> Result<(), AppError> {
    check(who, Action::ManageUsers)?;
    let actor = who.user.actor();
    with_live(state, move |live| {
        let hash = hash_password(&password).map_err(|e| AppError::BadRequest(e.to_string()))?;
        Ok(live.accounts().set_password(&actor, id, &hash, "reset by an administrator")?)
    })
    .await
}
