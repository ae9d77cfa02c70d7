//! The board's filter, from query parameters (the page, its CSV download).

use crate::error::AppError;
use data::supervision::{BoardFilter, BoardSort, Status};

pub fn board_filter(
    status: Option<String>,
    region: Option<String>,
    category: Option<String>,
    owner: Option<String>,
    overdue: Option<String>,
    sort: Option<String>,
) -> Result<BoardFilter, AppError> {
    let some = |v: Option<String>| v.filter(|s| !s.is_empty());
    let status = match some(status) {
        Some(key) => Some(Status::parse(&key).ok_or_else(|| AppError::BadRequest(format!("status={key}")))?),
        None => None,
    };
    let sort = match some(sort).as_deref() {
        None | Some("gap") => BoardSort::Gap,
        Some("region") => BoardSort::Region,
        Some(other) => return Err(AppError::BadRequest(format!("sort={other}: expected gap or region"))),
    };
    Ok(BoardFilter {
        status,
        region: some(region),
        category: some(category),
        owner: some(owner),
        overdue_only: some(overdue).is_some(),
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

pub use crate::url::urlencode;
