//! Reads of the whole store and of what changed since a figure, each as of one version of the
//! data: the dataset is built from them.

use super::{PostgresStore, catalogue, observations, version};
use crate::store::{Changes, Snapshot, StoreError};
use postgres::{Client, IsolationLevel, Transaction};

/// Every current figure and the catalogue, as of one version of the store. Two connections
/// share out the figures (millions, at national size) by id; the second imports the first's
/// snapshot, so both read the same version.
pub(super) fn snapshot(store: &PostgresStore) -> Result<Snapshot, StoreError> {
    store.read(|c| {
        let mut tx = one_version(c, None)?;
        let id: String = tx.query_one("SELECT pg_export_snapshot()", &[])?.try_get(0)?;
        let version = version(&mut tx)?;
        let last = observations::last_id(&mut tx)?;
        let half = last / 2;
        let (first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                store.read(|c| {
                    let mut tx = one_version(c, Some(&id))?;
                    let mut figures = Vec::new();
                    observations::current(&mut tx, half + 1..=last, &mut figures)?;
                    tx.commit()?;
                    Ok(figures)
                })
            });
            let first = (|| {
                let mut tables = catalogue::snapshot(&mut tx)?;
                // Room for every figure, so the second half's join without a copy.
                tables.observations.reserve_exact(usize::try_from(last).unwrap_or_default());
                observations::current(&mut tx, 0..=half, &mut tables.observations)?;
                Ok::<_, StoreError>(tables)
            })();
            (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        let (mut tables, second) = (first?, second?);
        // Open until the second has imported its snapshot; read only, nothing to keep.
        tx.commit()?;
        tables.observations.extend(second);
        tables.observations.shrink_to_fit();
        Ok(Snapshot { tables, version, last_figure: last })
    })
}

/// What changed after the figure `last_figure`: the figures added, the keys of those
/// superseded, and the catalogue, as of one version.
pub(super) fn changes_since(store: &PostgresStore, last_figure: i64) -> Result<Changes, StoreError> {
    store.read(|c| {
        let mut tx = one_version(c, None)?;
        let version = version(&mut tx)?;
        let last = observations::last_id(&mut tx)?.max(last_figure);
        let mut added = Vec::new();
        observations::current(&mut tx, last_figure + 1..=last, &mut added)?;
        let catalogue = catalogue::snapshot(&mut tx)?;
        let superseded = observations::superseded_after(&mut tx, last_figure)?;
        tx.commit()?;
        Ok(Changes { catalogue, version, last_figure: last, added, superseded })
    })
}

/// A read-only transaction that sees one version of the data from its first read to its end:
/// that of the exported `snapshot`, if given. No JIT: compiling a plain scan costs more than
/// it saves.
fn one_version<'c>(c: &'c mut Client, snapshot: Option<&str>) -> Result<Transaction<'c>, StoreError> {
    let mut tx = c.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
    if let Some(id) = snapshot {
        // Before any query. The id is the server's own (hex digits and dashes).
        tx.batch_execute(&format!("SET TRANSACTION SNAPSHOT '{}'", id.replace('\'', "")))?;
    }
    tx.batch_execute("SET LOCAL jit = off")?;
    Ok(tx)
}
