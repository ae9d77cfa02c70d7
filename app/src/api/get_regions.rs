use crate::{error::AppError, i18n::Lang, model::RegionsPage};
use leptos::prelude::*;

/// All prefecture-level regions, with what each reports.
#[server(endpoint = "regions", input = server_fn::codec::GetUrl)]
pub async fn get_regions(lang: Lang) -> Result<RegionsPage, AppError> {
    crate::state::query(move |data| super::present::regions(data, lang)).await
}
