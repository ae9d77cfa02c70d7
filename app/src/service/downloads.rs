//! The office's downloads: the board and the audit trail as CSV, and the XLSX template.

use super::{
    access::{Action, check},
    query, with_live,
};
use crate::{auth::SignedIn, error::AppError, i18n::Lang, state::AppState};
use data::{store::AuditFilter, supervision::BoardFilter};

pub async fn board_csv(state: &AppState, who: &SignedIn, filter: BoardFilter, lang: Lang) -> Result<Vec<u8>, AppError> {
    check(who, Action::OpenOffice)?;
    query(state, move |data| {
        let rows = data::supervision::board(data, &filter, data::supervision::today());
        data::supervision::board_csv(data, &rows, lang).map_err(|_| AppError::Internal)
    })
    .await
}

/// Every entry the filter selects, without the page's limit.
pub async fn audit_csv(state: &AppState, who: &SignedIn, mut filter: AuditFilter) -> Result<Vec<u8>, AppError> {
    check(who, Action::ReadAudit)?;
    filter.limit = usize::MAX >> 1;
    with_live(state, move |live| {
        data::export::audit_csv(&live.figures().audit(&filter)?).map_err(|_| AppError::Internal)
    })
    .await
}

/// The upload template, its lists drawn from the current data.
pub async fn template_xlsx(state: &AppState, who: &SignedIn) -> Result<Vec<u8>, AppError> {
    check(who, Action::OpenOffice)?;
    query(state, |data| data::entry::template_xlsx(data).map_err(|_| AppError::Internal)).await
}
