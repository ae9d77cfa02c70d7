//! One figure from the form, by the same rules as an upload, and a new source for it.

use super::{
    access::{Action, check},
    with_live,
};
use crate::{auth::SignedIn, error::AppError, i18n::Lang, present::load_error_text, state::AppState};
use data::{
    LoadErrors,
    entry::{EntryContext, form_row, new_source, observation_changes},
    store::ChangeReport,
};

/// Adds or corrects one figure: `fields` are the form's cells by column name.
pub async fn save_entry(
    state: &AppState,
    who: &SignedIn,
    fields: &[(&str, &str)],
    reason: String,
    lang: Lang,
) -> Result<ChangeReport, AppError> {
    check(who, Action::Enter)?;
    let row = form_row(fields);
    let user = who.user.clone();
    with_live(state, move |live| {
        let frozen = live.figures().frozen_periods()?;
        let data = live.dataset();
        let ctx = EntryContext { data: &data, user: &user, frozen: &frozen };
        let changes = observation_changes("form", &row, &ctx).map_err(|errors| refused(&errors, lang))?;
        Ok(live.write(|store| store.record_observations(&user.actor(), &changes, &reason))?)
    })
    .await
}

/// Registers a document figures can cite (once: a known one is left as it is); its id.
pub async fn add_source(
    state: &AppState,
    who: &SignedIn,
    [title, publisher, published, url]: [String; 4],
) -> Result<String, AppError> {
    check(who, Action::Enter)?;
    let actor = who.user.actor();
    with_live(state, move |live| {
        let source =
            new_source(&title, &publisher, &published, &url).map_err(|e| AppError::BadRequest(e.to_string()))?;
        if live.dataset().source(&source.id).is_none() {
            live.write(|store| store.add_source(&actor, &source, "cited by a new figure"))?;
        }
        Ok(source.id)
    })
    .await
}

/// Validation errors of a form, each as "column: problem" in the reader's language.
pub(super) fn refused(errors: &LoadErrors, lang: Lang) -> AppError {
    let text: Vec<String> =
        errors.0.iter().map(|e| format!("{}: {}", e.column_name(), load_error_text(&e.kind, lang))).collect();
    AppError::BadRequest(text.join("; "))
}
