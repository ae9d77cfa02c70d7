use crate::{error::AppError, i18n::Lang, model::ReportPage};
use leptos::prelude::*;

/// One region's printable report: its status against each target, its figures, the sources.
#[server(endpoint = "report", input = server_fn::codec::GetUrl)]
pub async fn get_report(lang: Lang, code: String) -> Result<ReportPage, AppError> {
    let signed_in = crate::auth::require(&data::store::Role::ALL).await?;
    let me = super::get_me::me(&signed_in);
    crate::state::query(move |data| super::present::report(data, me, &code, lang)).await
}
