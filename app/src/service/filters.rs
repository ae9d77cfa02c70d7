//! The board's and the audit trail's filters, from query parameters (the pages, their CSV
//! downloads), and back into a query for links that keep them.

use crate::{error::AppError, url::urlencode};
use data::supervision::{BoardFilter, BoardSort, Status};

/// The board's filter from its query's `status`, `region`, `category`, `owner` (the body
/// that set the target), `overdue` (only those) and `sort` (by gap, most behind first, or
/// region), read by `param`.
pub fn board_filter(param: impl Fn(&str) -> Option<String>) -> Result<BoardFilter, AppError> {
    let some = |key: &str| param(key).filter(|s| !s.is_empty());
    let status = match some("status") {
        Some(key) => Some(Status::parse(&key).ok_or_else(|| AppError::BadRequest(format!("status={key}")))?),
        None => None,
    };
    let sort = match some("sort").as_deref() {
        None | Some("gap") => BoardSort::Gap,
        Some("region") => BoardSort::Region,
        Some(other) => return Err(AppError::BadRequest(format!("sort={other}: expected gap or region"))),
    };
    Ok(BoardFilter {
        status,
        region: some("region"),
        category: some("category"),
        owner: some("owner"),
        overdue_only: some("overdue").is_some(),
        sort,
    })
}

/// The filter as a query string, for links that keep it.
pub fn board_query(filter: &BoardFilter) -> String {
    let mut pairs = Vec::new();
    let mut push = |k: &str, v: &str| pairs.push(format!("{k}={}", urlencode(v)));
    if let Some(s) = filter.status {
        push("status", s.key());
    }
    for (k, v) in [("region", &filter.region), ("category", &filter.category), ("owner", &filter.owner)] {
        if let Some(v) = v {
            push(k, v);
        }
    }
    if filter.overdue_only {
        push("overdue", "1");
    }
    if filter.sort == BoardSort::Region {
        push("sort", "region");
    }
    pairs.join("&")
}

/// The audit trail's filter from its query's `user`, `action`, `region`, `from` and `to`, read
/// by `param`.
pub fn audit_filter(param: impl Fn(&str) -> Option<String>) -> data::store::AuditFilter {
    let some = |key: &str| param(key).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    data::store::AuditFilter {
        user: some("user"),
        action: some("action"),
        region: some("region"),
        from: some("from"),
        to: some("to"),
        limit: 500,
    }
}

pub fn audit_query(filter: &data::store::AuditFilter) -> String {
    let pairs = [
        ("user", &filter.user),
        ("action", &filter.action),
        ("region", &filter.region),
        ("from", &filter.from),
        ("to", &filter.to),
    ];
    pairs.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", urlencode(v)))).collect::<Vec<_>>().join("&")
}
