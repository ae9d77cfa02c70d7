use crate::{error::AppError, i18n::Lang, model::CategoryPage};
use leptos::prelude::*;

/// A category: one small chart per indicator, a page of them.
#[server(endpoint = "category", input = server_fn::codec::GetUrl)]
pub async fn get_category(lang: Lang, key: String, page: Option<u32>) -> Result<CategoryPage, AppError> {
    crate::state::query(move |data| super::present::category(data, &key, page, lang)).await
}
