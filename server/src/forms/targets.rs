use super::{OfficeForm, error_text, location, see_other};
use app::{i18n::Text, state::AppState};
use axum::{extract::State, response::Response};
use data::entry::{form_row, target_from_form};

#[derive(serde::Deserialize)]
pub struct TargetForm {
    id: String,
    indicator: String,
    scope: String,
    comparator: String,
    value: String,
    period: String,
    #[serde(default)]
    deadline: String,
    set_by: String,
    #[serde(default)]
    document: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reason: String,
}

/// Sets a target, or changes the one with the same id; refused when unsound for its indicator.
pub async fn save_target(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<TargetForm>,
) -> Response {
    let fields = [
        ("id", form.id.trim()),
        ("indicator", &form.indicator),
        ("scope", &form.scope),
        ("comparator", &form.comparator),
        ("value", &form.value),
        ("period", form.period.trim()),
        ("deadline", &form.deadline),
        ("set_by", form.set_by.trim()),
        ("document", &form.document),
        ("note", &form.note),
    ];
    let mut kept: Vec<(&str, &str)> = fields.to_vec();
    kept.push(("reason", &form.reason));
    if form.reason.trim().is_empty() {
        return super::back_with_draft(&state, &signed_in, lang, "targets", &kept, lang.t(Text::ReasonRequired)).await;
    }
    let row = form_row(&fields);
    let live = state.live.clone();
    let reason = form.reason.trim().to_owned();
    let writer = signed_in.clone();
    let result = app::state::blocking(move || {
        let target = target_from_form(&row, &live.dataset()).map_err(|errors| super::refused(&errors, lang))?;
        live.write(|store| store.save_target(&writer.user.actor(), &data::store::TargetChange { target }, &reason))?;
        Ok(())
    })
    .await;
    match result {
        Ok(()) => see_other(&location(lang, "/supervision/targets", &[("saved", form.id.trim())])),
        Err(error) => super::back_with_draft(&state, &signed_in, lang, "targets", &kept, &error_text(error)).await,
    }
}

#[derive(serde::Deserialize)]
pub struct FreezeForm {
    period: String,
    frozen: String,
    #[serde(default)]
    reason: String,
}

/// Freezes a period (its figures then change only by an explicit correction) or reopens it.
pub async fn set_frozen(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<FreezeForm>,
) -> Response {
    let back = |pairs: &[(&str, &str)]| see_other(&location(lang, "/supervision/targets", pairs));
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() {
        return back(&[("error", lang.t(Text::ReasonRequired))]);
    }
    let period = match form.period.trim().parse::<data::Period>() {
        Ok(period) => period.to_string(),
        Err(e) => return back(&[("error", &e.to_string())]),
    };
    let frozen = form.frozen == "yes";
    let live = state.live.clone();
    let key = period.clone();
    let result = app::state::blocking(move || {
        Ok(live.write(|store| store.set_frozen(&signed_in.user.actor(), &key, frozen, &reason))?)
    })
    .await;
    match result {
        Ok(()) => back(&[("saved", &period)]),
        Err(error) => back(&[("error", &error_text(error))]),
    }
}
