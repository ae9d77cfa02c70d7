use crate::{error::AppError, i18n::Lang, model::RegionPage};
use leptos::prelude::*;

/// A region's profile: figures by category, ranks, honours, practices.
#[server(endpoint = "region", input = server_fn::codec::GetUrl)]
pub async fn get_region(lang: Lang, code: String) -> Result<RegionPage, AppError> {
    crate::state::query(move |data| super::present::region(data, &code, lang)).await
}
