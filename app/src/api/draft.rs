//! A refused form's fields, kept with the session by the server's form handlers (see
//! `server::forms::back_with_draft`) and read back when the form is shown with `?draft=1`.

use crate::{auth::SignedIn, error::AppError};

/// The fields (and `error`, why the form was refused) kept for `form`, or none.
pub fn read_draft(
    store: &dyn data::store::Store,
    signed_in: &SignedIn,
    form: &str,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(store.draft(&signed_in.token_hash, form)?.map(|draft| data::store::decode_draft(&draft)).unwrap_or_default())
}
