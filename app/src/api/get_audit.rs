use crate::{error::AppError, model::AuditPage};
use leptos::prelude::*;

/// The audit trail, newest first, filtered by user, action, region and date range.
#[server(endpoint = "audit", input = server_fn::codec::GetUrl)]
pub async fn get_audit(
    user: Option<String>,
    action: Option<String>,
    region: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<AuditPage, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Admin]).await?;
    let me = super::get_me::me(&signed_in);
    let filter = super::audit_filter(user, action, region, from, to);
    let csv_query = super::audit_query(&filter);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let entries = live.store().audit(&filter)?;
        Ok(super::present::audit(me, &entries, csv_query))
    })
    .await
}

#[cfg(feature = "ssr")]
pub fn audit_filter(
    user: Option<String>,
    action: Option<String>,
    region: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> data::store::AuditFilter {
    let some = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    data::store::AuditFilter {
        user: some(user),
        action: some(action),
        region: some(region),
        from: some(from),
        to: some(to),
        limit: 500,
    }
}

#[cfg(feature = "ssr")]
pub fn audit_query(filter: &data::store::AuditFilter) -> String {
    let pairs = [
        ("user", &filter.user),
        ("action", &filter.action),
        ("region", &filter.region),
        ("from", &filter.from),
        ("to", &filter.to),
    ];
    pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", super::board_filter::urlencode(v))))
        .collect::<Vec<_>>()
        .join("&")
}
