use crate::error::AppError;
use leptos::prelude::*;

/// Whether the served data is generated (`server gen`) rather than real: every page says so.
#[server(endpoint = "synthetic", input = server_fn::codec::GetUrl)]
pub async fn get_synthetic() -> Result<bool, AppError> {
    Ok(crate::state::app_state()?.live.dataset().is_synthetic())
}
