//! Which database holds the data: a SQLite file (the default, `make run` needs nothing else)
//! or PostgreSQL, for several servers on one database.

use data::store::{PostgresStore, SqliteStore, Store, StoreError};
use std::{fmt, path::PathBuf, sync::Arc};

/// The database file inside a data directory.
pub const STORE_FILE: &str = "fazhi-kanban.sqlite3";

#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    /// A `postgres://` URL (it may hold a password: never printed), and that of a hot standby
    /// of it to read from.
    Postgres {
        url: String,
        standby: Option<String>,
    },
}

impl Database {
    /// `url` as `--database` takes it: `postgres://…` or `postgresql://…`, `sqlite:PATH`, or
    /// nothing for the file in `data_dir`.
    pub fn choose(url: Option<&str>, data_dir: &std::path::Path) -> Self {
        match url.map(str::trim).filter(|u| !u.is_empty()) {
            None => Self::Sqlite(data_dir.join(STORE_FILE)),
            Some(url) if is_postgres(url) => Self::Postgres { url: url.to_owned(), standby: None },
            Some(url) => Self::Sqlite(PathBuf::from(url.strip_prefix("sqlite:").unwrap_or(url))),
        }
    }

    /// Reads from the hot standby at `standby` (`--read-database`): only beside PostgreSQL.
    pub fn reading_from(self, standby: Option<&str>) -> Result<Self, String> {
        match (self, standby.map(str::trim).filter(|u| !u.is_empty())) {
            (database, None) => Ok(database),
            (Self::Postgres { url, .. }, Some(standby)) if is_postgres(standby) => {
                Ok(Self::Postgres { url, standby: Some(standby.to_owned()) })
            }
            _ => Err("--read-database is a PostgreSQL standby (postgres://…) of a PostgreSQL --database".into()),
        }
    }

    /// Connects (bringing the schema up to date).
    pub fn open(&self) -> Result<Arc<dyn Store>, StoreError> {
        Ok(match self {
            Self::Sqlite(path) => Arc::new(SqliteStore::open(path)?),
            Self::Postgres { url, standby: None } => Arc::new(PostgresStore::open(url)?),
            Self::Postgres { url, standby: Some(standby) } => Arc::new(PostgresStore::open_with_standby(url, standby)?),
        })
    }
}

/// Says where without a password: `SQLite file var/fazhi-kanban.sqlite3`, `PostgreSQL at
/// db.example:5432/fazhi`.
impl fmt::Display for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "SQLite file {}", path.display()),
            Self::Postgres { url, standby } => {
                write!(f, "PostgreSQL at {}", host(url))?;
                standby.as_ref().map_or(Ok(()), |standby| write!(f, ", reading from the standby at {}", host(standby)))
            }
        }
    }
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A URL's host, port and database, without the user and password.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    host.split('?').next().unwrap_or(host)
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_url_chooses_the_engine_and_no_password_is_printed() {
        let dir = Path::new("var");
        assert_eq!(Database::choose(None, dir), Database::Sqlite("var/fazhi-kanban.sqlite3".into()));
        assert_eq!(Database::choose(Some("sqlite:/tmp/x.db"), dir), Database::Sqlite("/tmp/x.db".into()));
        let pg = Database::choose(Some("postgres://app:s3cret@db.example:5432/fazhi?sslmode=disable"), dir);
        assert!(matches!(pg, Database::Postgres { .. }));
        assert_eq!(pg.to_string(), "PostgreSQL at db.example:5432/fazhi");
        assert!(!format!("{pg:?}").contains("s3cret"));
        let read = pg.reading_from(Some("postgres://app:s3cret@standby:5432/fazhi")).unwrap();
        assert_eq!(
            read.to_string(),
            "PostgreSQL at db.example:5432/fazhi, reading from the standby at standby:5432/fazhi"
        );
        assert!(
            Database::choose(None, dir).reading_from(Some("postgres://standby/fazhi")).is_err(),
            "not beside SQLite"
        );
    }
}
