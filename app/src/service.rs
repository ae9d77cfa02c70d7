//! The server's one way to read and write the data: page loaders (public and office), the
//! office's form posts and downloads all call these functions. Each takes the state and, for
//! office work, the person the guard already signed in (the session is looked up once per
//! request), checks what they ask against [`access`], runs store and Polars work on the
//! blocking pool, and answers `Result<_, AppError>`; the callers only decode arguments and
//! turn the outcome into a page, a redirect or a response.

pub mod access;
mod downloads;
mod drafts;
mod entry;
mod extract;
mod extract_confirm;
mod extract_draft;
mod filters;
mod office;
mod public;
mod targets;
mod uploads;
mod users;

pub use access::{Action, allows, page_action, page_roles};
pub use downloads::{audit_csv, board_csv, template_xlsx};
pub use drafts::save_draft;
pub use entry::{add_source, save_entry};
pub use extract::{Refusal, extract_page, extract_review, start_extract};
pub use extract_confirm::confirm_extract;
pub use extract_draft::ExtractDraft;
pub use filters::{audit_filter, audit_query, board_filter, board_query};
pub use office::{audit, board, entry_page, me, report, targets_page, users_page};
pub use public::{
    category, compare, compare_chart_svg, indicator, indicator_trend_svg, indicators, observation, overview, region,
    regions, source_list, sources, synthetic,
};
pub use targets::{save_target, set_frozen};
pub use uploads::{commit_upload, discard_upload, save_upload, upload_page};
pub use users::{NewAccount, add_user, set_active, set_password};

use crate::{
    error::AppError,
    state::{AppState, blocking},
};
use data::{Dataset, Live};
use std::sync::Arc;

/// Runs `f` over the current dataset on the blocking pool: Polars work must not hold up the
/// async workers.
async fn query<T, F>(state: &AppState, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&Dataset) -> Result<T, AppError> + Send + 'static,
{
    let data = state.live.dataset();
    blocking(move || f(&data)).await
}

/// Runs `f` with the live data and its store on the blocking pool.
async fn with_live<T, F>(state: &AppState, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&Live) -> Result<T, AppError> + Send + 'static,
{
    let live: Arc<Live> = state.live.clone();
    blocking(move || f(&live)).await
}
