//! Reads of the whole store and of what changed since a figure, each as of one version of the
//! data: the dataset is built from them.

use super::{SqliteStore, catalogue, observations, version};
use crate::store::{Changes, Snapshot, StoreError};
use rusqlite::Connection;

/// Every current figure and the catalogue, as of one version of the store.
pub(super) fn snapshot(store: &SqliteStore) -> Result<Snapshot, StoreError> {
    // Two readers share out the figures (millions, at national size) by id. Each reads in a
    // transaction of its own; when both saw the same version, they saw the same data, else
    // a write came between their starts and they read again.
    loop {
        let last = store.read(observations::last_id)?;
        let half = last / 2;
        let (first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                store.read(|c| {
                    at_one_version(c, |c| {
                        let (last, mut figures) = (observations::last_id(c)?, Vec::new());
                        observations::current(c, half + 1..=last, &mut figures)?;
                        Ok((last, figures))
                    })
                })
            });
            let first = store.read(|c| {
                at_one_version(c, |c| {
                    let mut tables = catalogue::snapshot(c)?;
                    // Room for every figure, so the second half's join without a copy.
                    tables.observations.reserve_exact(usize::try_from(last).unwrap_or_default());
                    observations::current(c, 0..=half, &mut tables.observations)?;
                    Ok(tables)
                })
            });
            (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        let ((version, mut tables), (second_version, (last_figure, second))) = (first?, second?);
        if version == second_version {
            tables.observations.extend(second);
            tables.observations.shrink_to_fit();
            return Ok(Snapshot { tables, version, last_figure });
        }
    }
}

/// What changed after the figure `last_figure`: the figures added, the keys of those
/// superseded, and the catalogue, as of one version.
pub(super) fn changes_since(store: &SqliteStore, last_figure: i64) -> Result<Changes, StoreError> {
    store.read(|c| {
        let (version, (catalogue, last, added, superseded)) = at_one_version(c, |c| {
            let last = observations::last_id(c)?.max(last_figure);
            let mut added = Vec::new();
            observations::current(c, last_figure + 1..=last, &mut added)?;
            Ok((catalogue::snapshot(c)?, last, added, observations::superseded_after(c, last_figure)?))
        })?;
        Ok(Changes { catalogue, version, last_figure: last, added, superseded })
    })
}

/// Runs `f` in one read transaction and says which version of the store it saw.
fn at_one_version<T>(
    c: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<(i64, T), StoreError> {
    c.execute_batch("BEGIN")?;
    // The first read fixes the transaction's view: the version and `f` see the same data.
    let out = version(c).and_then(|version| Ok((version, f(c)?)));
    c.execute_batch("COMMIT")?;
    out
}
