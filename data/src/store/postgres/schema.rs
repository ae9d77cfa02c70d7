use crate::store::StoreError;
use postgres::Client;

/// The migrations in order; the table `schema_version` records how many have run. The list
/// starts at the schema SQLite reached at its 0005; each later migration comes in both
/// dialects with the same number.
const MIGRATIONS: &[&str] = &[include_str!("../../../migrations/postgres/0001_init.sql")];

/// Taken while migrating, so two replicas starting at once do not both migrate.
const MIGRATE_LOCK: i64 = 0x6661_7a68_6900;

/// Brings the schema up to date, all migrations in one transaction (PostgreSQL's DDL is
/// transactional): a failed one leaves the schema as it was.
pub(super) fn migrate(client: &mut Client, url: &str) -> Result<(), StoreError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATE_LOCK])?;
    // Quietly: "already exists, skipping" is a notice every server would log at every start.
    tx.batch_execute(
        "SET LOCAL client_min_messages = warning;
         CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)",
    )?;
    let done: Option<i64> = tx.query_one("SELECT MAX(version) FROM schema_version", &[])?.try_get(0)?;
    let done = done.unwrap_or(0);
    let known = MIGRATIONS.len() as i64;
    if done > known {
        return Err(StoreError::Open {
            path: url.to_owned(),
            reason: format!("schema version {done} is newer than this program ({known})"),
        });
    }
    if done == known {
        return Ok(());
    }
    for sql in MIGRATIONS.iter().skip(usize::try_from(done).unwrap_or_default()) {
        tx.batch_execute(sql)?;
    }
    tx.execute("DELETE FROM schema_version", &[])?;
    tx.execute("INSERT INTO schema_version VALUES ($1)", &[&known])?;
    tx.commit()?;
    Ok(())
}
