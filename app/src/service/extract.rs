//! Reading a report for its figures, steps 1 and 2: the form, the text kept with the session,
//! the figures proposed for review. Nothing is saved to the data here.

use super::{
    ExtractDraft,
    access::{Action, check},
    office::me,
    with_live,
};
use crate::{
    auth::SignedIn,
    error::AppError,
    i18n::{Lang, Text},
    model::{ExtractPage, ExtractReview},
    present::{self, document_error_text},
    state::AppState,
};
use data::entry::{
    SourceError, new_source,
    report::{read_document, read_text},
};
use std::collections::HashMap;

/// Step 1: the sources a report may be, and the regions this person may enter.
pub async fn extract_page(state: &AppState, who: &SignedIn, lang: Lang) -> Result<ExtractPage, AppError> {
    check(who, Action::Enter)?;
    let me = me(who);
    with_live(state, move |live| Ok(present::extract_form(&live.dataset(), me, lang))).await
}

/// Step 2: the figures proposed from the text sent in step 1 (read again from the session's
/// draft), or not found when there is none.
pub async fn extract_review(state: &AppState, who: &SignedIn, lang: Lang) -> Result<ExtractReview, AppError> {
    check(who, Action::Enter)?;
    let (who, me) = (who.clone(), me(who));
    with_live(state, move |live| {
        let draft = ExtractDraft::read(live.accounts(), &who)?.ok_or_else(|| AppError::NotFound("extract".into()))?;
        let data = live.dataset();
        let found = draft.candidates(&data);
        Ok(present::extract_review(&data, me, &draft.source, draft.new_source, found, lang))
    })
    .await
}

/// Why step 1 was refused, for the form's flash.
#[derive(Debug)]
pub enum Refusal {
    Text(Text),
    Detail(String),
    NotYourRegion,
    Failed(AppError),
}

/// Step 1 sent: the text (a file wins over a pasted one), its source and region, checked and
/// kept with the session for the review.
pub async fn start_extract(
    state: &AppState,
    who: &SignedIn,
    fields: HashMap<String, String>,
    file: Option<(String, Vec<u8>)>,
    lang: Lang,
) -> Result<(), Refusal> {
    check(who, Action::Enter).map_err(Refusal::Failed)?;
    let who = who.clone();
    let kept = with_live(state, move |live| {
        Ok(checked(live, &who, &fields, file, lang).map(|d| d.save(live.accounts(), &who)))
    })
    .await;
    match kept {
        Ok(Ok(Ok(()))) => Ok(()),
        Ok(Ok(Err(error))) | Err(error) => Err(Refusal::Failed(error)),
        Ok(Err(refusal)) => Err(refusal),
    }
}

fn checked(
    live: &data::Live,
    who: &SignedIn,
    fields: &HashMap<String, String>,
    file: Option<(String, Vec<u8>)>,
    lang: Lang,
) -> Result<ExtractDraft, Refusal> {
    let field = |name: &str| fields.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
    let pasted = fields.get("text").map(String::as_str).unwrap_or_default();
    let text = match file.filter(|(_, bytes)| !bytes.is_empty()) {
        Some((name, bytes)) => read_document(&name, &bytes),
        None if pasted.trim().is_empty() => return Err(Refusal::Text(Text::ExtractNoText)),
        None => read_text(pasted),
    }
    .map_err(|e| Refusal::Detail(document_error_text(&e, lang)))?;
    let data = live.dataset();
    // Left empty, an editor's report is their region's; a supervisor's is the text's to say.
    let region = match field("region") {
        code if code.is_empty() => who.user.region.clone(),
        code if data.region(&code).is_none() || !who.user.may_edit_region(&code) => {
            return Err(Refusal::NotYourRegion);
        }
        code => Some(code),
    };
    let (source, new_source) =
        match field("source") {
            id if !id.is_empty() => (data.source(&id).cloned().ok_or(Refusal::Text(Text::ExtractNoSource))?, false),
            _ => {
                let source = new_source(&field("title"), &field("publisher"), &field("published"), &field("url"))
                    .map_err(|e| match e {
                        SourceError::Missing => Refusal::Text(Text::ExtractNoSource),
                        other => Refusal::Detail(other.to_string()),
                    })?;
                let known = data.source(&source.id).is_some();
                (source, !known)
            }
        };
    Ok(ExtractDraft { text, source, new_source, region })
}
