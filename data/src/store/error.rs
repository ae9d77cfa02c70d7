/// Why a store operation failed. Messages are for logs and operators: the web layer maps
/// them to plain words and never shows database details to the browser.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("database error: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("cannot open the store at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("period {0} is frozen: only an explicit correction may change its figures")]
    Frozen(String),
    #[error("the user name {0:?} is taken")]
    NameTaken(String),
    #[error("{0} not found")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the figures were refused: nothing was recorded")]
    Refused,
    #[error("the store holds a value it cannot read: {0}")]
    Corrupt(String),
}
