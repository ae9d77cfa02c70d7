use super::{OfficeForm, back_with_draft, error_text, location, see_other};
use app::{i18n::Text, service, state::AppState};
use axum::{extract::State, response::Response};

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
        return back_with_draft(&state, &signed_in, lang, "entry", &kept, lang.t(Text::ReasonRequired)).await;
    }
    match service::save_entry(&state, &signed_in, &fields, reason, lang).await {
        Ok(report) => {
            let saved = format!("+{} / ~{} / ={}", report.added, report.corrected, report.unchanged);
            let figure = [("region", &*form.region), ("indicator", &form.indicator), ("period", &form.period)];
            see_other(&location(lang, "/supervision/entry", &[&figure[..], &[("saved", &saved)]].concat()))
        }
        Err(error) => back_with_draft(&state, &signed_in, lang, "entry", &kept, &error_text(error)).await,
    }
}
