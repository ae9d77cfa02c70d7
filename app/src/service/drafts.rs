//! A refused form's fields, kept with the session (`Store::save_draft`) and read back when
//! the form is shown with `?draft=1`, so figures typed never end up in a URL or a log.

use super::with_live;
use crate::{auth::SignedIn, error::AppError, state::AppState};
use data::store::{Accounts, decode_draft, encode_draft};

/// Keeps `fields` (and `error`, why the form was refused) for the session's `form`.
pub async fn save_draft(
    state: &AppState,
    who: &SignedIn,
    form: &'static str,
    fields: &[(&str, &str)],
    error: &str,
) -> Result<(), AppError> {
    let mut fields = fields.to_vec();
    fields.push(("error", error));
    let draft = encode_draft(&fields);
    let token_hash = who.token_hash.clone();
    with_live(state, move |live| Ok(live.accounts().save_draft(&token_hash, form, &draft)?)).await
}

/// The fields kept for `form`, or none.
pub(super) fn read_kept(
    accounts: &dyn Accounts,
    who: &SignedIn,
    form: &str,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(accounts.draft(&who.token_hash, form)?.map(|draft| decode_draft(&draft)).unwrap_or_default())
}
