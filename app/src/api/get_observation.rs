use crate::{error::AppError, i18n::Lang, model::ObservationPage};
use leptos::prelude::*;

/// One figure with the sentence it came from and its source.
#[server(endpoint = "observation", input = server_fn::codec::GetUrl)]
pub async fn get_observation(
    lang: Lang,
    region: String,
    indicator: String,
    period: String,
) -> Result<ObservationPage, AppError> {
    crate::state::query(move |data| super::present::observation(data, &region, &indicator, &period, lang)).await
}
