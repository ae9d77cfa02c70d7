use super::{OfficeForm, back_with_draft, error_text, location, see_other};
use app::{i18n::Text, service, state::AppState};
use axum::{extract::State, response::Response};

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
        return back_with_draft(&state, &signed_in, lang, "targets", &kept, lang.t(Text::ReasonRequired)).await;
    }
    let reason = form.reason.trim().to_owned();
    match service::save_target(&state, &signed_in, &fields, reason, lang).await {
        Ok(()) => see_other(&location(lang, "/supervision/targets", &[("saved", form.id.trim())])),
        Err(error) => back_with_draft(&state, &signed_in, lang, "targets", &kept, &error_text(error)).await,
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
    match service::set_frozen(&state, &signed_in, &form.period, form.frozen == "yes", reason).await {
        Ok(period) => back(&[("saved", &period)]),
        Err(error) => back(&[("error", &error_text(error))]),
    }
}
