//! Targets and frozen periods, set by a supervisor.

use super::{
    access::{Action, check},
    entry::refused,
    with_live,
};
use crate::{auth::SignedIn, error::AppError, i18n::Lang, state::AppState};
use data::{
    entry::{form_row, target_from_form},
    store::TargetChange,
};

/// Sets a target, or changes the one with the same id; refused when unsound for its indicator.
pub async fn save_target(
    state: &AppState,
    who: &SignedIn,
    fields: &[(&str, &str)],
    reason: String,
    lang: Lang,
) -> Result<(), AppError> {
    check(who, Action::ManageTargets)?;
    let row = form_row(fields);
    let actor = who.user.actor();
    with_live(state, move |live| {
        let target = target_from_form(&row, &live.dataset()).map_err(|errors| refused(&errors, lang))?;
        Ok(live.write(|store| store.save_target(&actor, &TargetChange { target }, &reason))?)
    })
    .await
}

/// Freezes a period (its figures then change only by an explicit correction) or reopens it;
/// the period as it is kept.
pub async fn set_frozen(
    state: &AppState,
    who: &SignedIn,
    period: &str,
    frozen: bool,
    reason: String,
) -> Result<String, AppError> {
    check(who, Action::ManageTargets)?;
    let period = period.trim().parse::<data::Period>().map_err(|e| AppError::BadRequest(e.to_string()))?.to_string();
    let actor = who.user.actor();
    with_live(state, move |live| {
        live.write(|store| store.set_frozen(&actor, &period, frozen, &reason))?;
        Ok(period)
    })
    .await
}
