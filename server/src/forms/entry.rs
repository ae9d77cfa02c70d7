use super::{OfficeForm, error_text, location, see_other};
use app::{i18n::Text, state::AppState};
use axum::{extract::State, response::Response};
use data::entry::{EntryContext, form_row, observation_changes};

#[derive(serde::Deserialize)]
pub struct EntryForm {
    region: String,
    indicator: String,
    period: String,
    value: String,
    #[serde(default)]
    qualifier: String,
    source: String,
    #[serde(default)]
    quote: String,
    #[serde(default)]
    figure: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    correction: String,
}

/// Adds or corrects one figure, by the same rules as an upload; a refused form comes back
/// filled in, with the reason.
pub async fn save_entry(
    State(state): State<AppState>,
    OfficeForm { signed_in, lang, fields: form }: OfficeForm<EntryForm>,
) -> Response {
    let fields = [
        ("region", form.region.as_str()),
        ("indicator", &form.indicator),
        ("period", &form.period),
        ("value", &form.value),
        ("qualifier", &form.qualifier),
        ("figure", &form.figure),
        ("source", &form.source),
        ("quote", &form.quote),
        ("note", &form.note),
        ("correction", &form.correction),
    ];
    let mut kept: Vec<(&str, &str)> = fields.to_vec();
    kept.push(("reason", &form.reason));
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() {
        return super::back_with_draft(&state, &signed_in, lang, "entry", &kept, lang.t(Text::ReasonRequired)).await;
    }
    let row = form_row(&fields);
    let live = state.live.clone();
    let user = signed_in.user.clone();
    let result = app::state::blocking(move || {
        let frozen = live.store().frozen_periods()?;
        let data = live.dataset();
        let ctx = EntryContext { data: &data, user: &user, frozen: &frozen };
        let changes = observation_changes("form", &row, &ctx).map_err(|errors| super::refused(&errors, lang))?;
        Ok(live.write(|store| store.record_observations(&user.actor(), &changes, &reason))?)
    })
    .await;
    match result {
        Ok(report) => {
            let saved = format!("+{} / ~{} / ={}", report.added, report.corrected, report.unchanged);
            see_other(&location(
                lang,
                "/supervision/entry",
                &[
                    ("region", &form.region),
                    ("indicator", &form.indicator),
                    ("period", &form.period),
                    ("saved", &saved),
                ],
            ))
        }
        Err(error) => super::back_with_draft(&state, &signed_in, lang, "entry", &kept, &error_text(error)).await,
    }
}
