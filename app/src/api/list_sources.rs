use crate::{error::AppError, model::SourceRef};
use leptos::prelude::*;

/// Every source the dataset cites, including the census behind per-capita figures.
#[server(endpoint = "sources", input = server_fn::codec::GetUrl)]
pub async fn list_sources() -> Result<Vec<SourceRef>, AppError> {
    crate::state::query(|data| Ok(data.sources().iter().map(super::present::source_ref).collect())).await
}
