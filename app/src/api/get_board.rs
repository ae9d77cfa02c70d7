use crate::{error::AppError, i18n::Lang, model::BoardPage};
use leptos::prelude::*;

/// The supervision board, filtered: status, region, category, owner (the body that set the
/// target), overdue only; sorted by gap (most behind first) or region.
#[server(endpoint = "board", input = server_fn::codec::GetUrl)]
pub async fn get_board(
    lang: Lang,
    status: Option<String>,
    region: Option<String>,
    category: Option<String>,
    owner: Option<String>,
    overdue: Option<String>,
    sort: Option<String>,
) -> Result<BoardPage, AppError> {
    let signed_in = crate::auth::require(&data::store::Role::ALL).await?;
    let filter = super::board_filter(status, region, category, owner, overdue, sort)?;
    let csv_query = super::board_query(&filter);
    let me = super::get_me::me(&signed_in);
    crate::state::query(move |data| Ok(super::present::board(data, me, &filter, csv_query, lang))).await
}
