//! Reading a report, step 3: the rows kept, as corrected, become an upload in the upload
//! format, with the sentences as quotes; committing its preview applies them through the same
//! checks, audit entry and all-or-nothing rule as any file.

use super::{
    ExtractDraft,
    access::{Action, allows, check},
    with_live,
};
use crate::{
    auth::SignedIn,
    error::AppError,
    i18n::{Lang, Text},
    state::AppState,
};
use data::{
    Dataset,
    entry::report::{UploadRow, new_indicator, rows_csv},
    extract::Candidate,
    model::Indicator,
};
use std::collections::{BTreeMap, HashMap};

/// Makes the upload of the rows confirmed; its id. A new source, and each new indicator a kept
/// row names, is registered here.
pub async fn confirm_extract(
    state: &AppState,
    who: &SignedIn,
    fields: HashMap<String, String>,
    lang: Lang,
) -> Result<i64, AppError> {
    check(who, Action::Enter)?;
    let who = who.clone();
    with_live(state, move |live| {
        let expired = || AppError::BadRequest(lang.t(Text::ExtractExpired).to_owned());
        let draft = ExtractDraft::read(live.accounts(), &who)?.ok_or_else(expired)?;
        let data = live.dataset();
        let (candidates, _) = draft.candidates(&data);
        // The review listed these rows: a different count means the text or data changed since.
        if fields.get("rows").and_then(|n| n.parse::<usize>().ok()) != Some(candidates.len()) {
            return Err(expired());
        }
        let (rows, indicators) = kept_rows(&data, &who, &draft, &candidates, &fields)?;
        if rows.is_empty() {
            return Err(AppError::BadRequest(lang.t(Text::ExtractNothingConfirmed).to_owned()));
        }
        let actor = who.user.actor();
        if draft.new_source && data.source(&draft.source.id).is_none() {
            live.write(|store| store.add_source(&actor, &draft.source, "cited by figures read from a report"))?;
        }
        for indicator in indicators.values() {
            live.write(|store| store.add_indicator(&actor, indicator, "named for figures read from a report"))?;
        }
        let file_name = format!("{}.csv", draft.source.id);
        Ok(live.figures().save_upload(&actor, &file_name, rows_csv(&rows).as_bytes())?)
    })
    .await
}

/// The rows not dropped, with the fields as the person left them, and the new indicators they
/// name (created only for rows kept).
fn kept_rows(
    data: &Dataset,
    who: &SignedIn,
    draft: &ExtractDraft,
    candidates: &[Candidate],
    fields: &HashMap<String, String>,
) -> Result<(Vec<UploadRow>, BTreeMap<String, Indicator>), AppError> {
    let mut rows = Vec::new();
    let mut indicators = BTreeMap::new();
    for (index, candidate) in candidates.iter().enumerate() {
        let field = |name: &str| fields.get(&format!("{name}_{index}")).map(|v| v.trim().to_owned());
        if field("drop").is_some_and(|v| !v.is_empty()) {
            continue;
        }
        let mut row = UploadRow::proposed(candidate, &draft.source.id);
        for (name, cell) in [
            ("indicator", &mut row.indicator),
            ("value", &mut row.value),
            ("qualifier", &mut row.qualifier),
            ("period", &mut row.period),
            ("region", &mut row.region),
            ("unit", &mut row.unit),
        ] {
            if let Some(value) = field(name) {
                *cell = value;
            }
        }
        if row.indicator == "new" {
            let refused = |detail: String| AppError::BadRequest(format!("#{}: {detail}", index + 1));
            if !allows(who.user.role, Action::NameIndicators) {
                return Err(AppError::Forbidden);
            }
            let name = field("new_name").unwrap_or_default();
            let category = field("new_category").unwrap_or_default();
            let indicator =
                new_indicator(&name, &category, &row.unit, Some(candidate.kind)).map_err(|e| refused(e.to_string()))?;
            if data.category(&indicator.category).is_none() {
                return Err(refused(format!("unknown category {}", indicator.category)));
            }
            if data.unit(&indicator.unit).is_none() {
                return Err(refused(format!("unknown unit {}", indicator.unit)));
            }
            row.indicator = indicator.key.clone();
            if data.indicator(&indicator.key).is_none() {
                indicators.insert(indicator.key.clone(), indicator);
            }
        }
        rows.push(row);
    }
    Ok((rows, indicators))
}
