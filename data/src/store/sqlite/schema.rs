use crate::store::StoreError;
use rusqlite::{Connection, ErrorCode};
use std::{
    path::Path,
    time::{Duration, Instant},
};

/// The migrations in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/0001_init.sql"),
    include_str!("../../../migrations/0002_meta.sql"),
    include_str!("../../../migrations/0003_superseded_index.sql"),
    include_str!("../../../migrations/0004_security.sql"),
    include_str!("../../../migrations/0005_seed_reread.sql"),
    include_str!("../../../migrations/0006_login_attempts.sql"),
];

/// How long a statement waits for another connection's lock before it fails as busy.
const BUSY_WAIT: Duration = Duration::from_secs(5);

/// A connection to the store file (made by `SqliteStore::open`, with its directory).
pub(super) fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)
        .map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
    conn.busy_timeout(BUSY_WAIT)?;
    // WAL: readers never block the writer nor it them. FULL: a committed change survives a
    // crash of the process or the machine. Switching a new file to WAL needs it alone for a
    // moment, and SQLite answers a second connection doing the same "busy" at once, without
    // the busy timeout: servers started together on a new database failed now and then (6 in
    // 100 runs of `servers_starting_at_once_on_a_new_database_all_start`). Tried again here.
    let deadline = Instant::now() + BUSY_WAIT;
    loop {
        match conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;") {
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            done => return done.map(|()| conn).map_err(StoreError::from),
        }
    }
}

/// The store holds password hashes, sessions and unpublished figures: readable by the server's
/// own account only. SQLite gives its `-wal` and `-shm` files the database file's mode. Done
/// once, when the store is opened (before SQLite creates the file), not per connection.
#[cfg(unix)]
pub(super) fn owner_only(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(path)?;
    if file.metadata()?.permissions().mode() & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

#[cfg(not(unix))]
pub(super) fn owner_only(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Runs the migrations not yet run, in one immediate transaction: a second process opening
/// the same new file waits for it and then finds them done (read outside, both ran them).
pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let path = conn.path().unwrap_or_default().to_owned();
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // SQLite keeps the version as a signed 32-bit integer: a negative one is not ours either.
    let latest = MIGRATIONS.len() as i64;
    let done: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let Some(done) = usize::try_from(done).ok().filter(|_| done <= latest) else {
        return Err(StoreError::Open {
            path,
            reason: format!("schema version {done} is not one this program knows (it knows 0 to {latest})"),
        });
    };
    for sql in MIGRATIONS.iter().skip(done) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", latest)?;
    tx.commit()?;
    Ok(())
}
