use crate::store::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// The migrations in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/0001_init.sql"),
    include_str!("../../../migrations/0002_meta.sql"),
    include_str!("../../../migrations/0003_superseded_index.sql"),
    // 0004: kept for a migration being written in parallel; renumber on merge so the list has
    // no gap (each entry's place is its `user_version`).
    include_str!("../../../migrations/0005_seed_reread.sql"),
];

pub(super) fn connect(path: &Path) -> Result<Connection, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Open { path: dir.display().to_string(), reason: e.to_string() })?;
    }
    let conn = Connection::open(path)
        .map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
    // WAL: readers never block the writer nor it them. FULL: a committed change survives a
    // crash of the process or the machine.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(conn)
}

pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let done: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if done > MIGRATIONS.len() {
        return Err(StoreError::Open {
            path: conn.path().unwrap_or_default().to_owned(),
            reason: format!("schema version {done} is newer than this program ({})", MIGRATIONS.len()),
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
