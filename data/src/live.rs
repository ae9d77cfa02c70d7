//! The current dataset, brought up to date after every accepted change (what changed is read
//! from the store and applied) and swapped in whole: readers get the old data or the new, never
//! a mix, and never wait on a writer.

use crate::{
    dataset::{Dataset, Tables},
    store::{Accounts, Figures, Store, StoreError},
    validate::LoadErrors,
};
use arc_swap::ArcSwap;
use std::sync::{Arc, Mutex, PoisonError};

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seed(#[from] LoadErrors),
}

pub struct Live {
    store: Arc<dyn Store>,
    current: ArcSwap<Dataset>,
    /// Held through a write and the rebuild after it, so a slower rebuild of older data can
    /// never replace a newer one.
    writing: Mutex<()>,
}

impl std::fmt::Debug for Live {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live").field("version", &self.current.load().version()).finish_non_exhaustive()
    }
}

impl Live {
    /// Opens the data: an empty store is first filled from `seed`, then read into frames.
    pub fn open(store: Arc<dyn Store>, seed: impl FnOnce() -> Result<Tables, LoadErrors>) -> Result<Self, OpenError> {
        if store.is_empty()? {
            store.import_catalogue(&seed()?)?;
        }
        let dataset = Arc::new(Dataset::from_snapshot(store.snapshot()?));
        warm(&dataset);
        Ok(Self { store, current: ArcSwap::new(dataset), writing: Mutex::new(()) })
    }

    /// The data as of now; it stays valid (and unchanged) however long the caller holds it.
    pub fn dataset(&self) -> Arc<Dataset> {
        self.current.load_full()
    }

    /// The figures' store, for reads that are not in the frames (history, uploads, audit).
    /// Writes go through [`Live::write`].
    pub fn figures(&self) -> &dyn Figures {
        self.store.as_ref()
    }

    /// The accounts beside the data: people, sessions, the login throttle's counts.
    pub fn accounts(&self) -> &dyn Accounts {
        self.store.as_ref()
    }

    /// Runs a write; when it succeeds, brings the dataset up to date and swaps it in before
    /// returning, so the writer's next page shows the change. Once the write has committed
    /// it is reported as done even if reading it back fails: [`Live::refresh`] (which the
    /// server runs every second) catches up then.
    pub fn write<T>(&self, f: impl FnOnce(&dyn Figures) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let out = f(self.store.as_ref())?;
        if let Err(error) = self.catch_up() {
            tracing::error!("a write was committed but the dataset could not be brought up to date: {error}");
        }
        Ok(out)
    }

    /// Brings the dataset up to date with writes made beside this process (`server import`,
    /// another server on the same store). Costs one read of the store's version when nothing
    /// changed; says whether anything did.
    pub fn refresh(&self) -> Result<bool, StoreError> {
        if self.store.version()? == self.current.load().version() {
            return Ok(false);
        }
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        self.catch_up()
    }

    /// Applies what changed since the current dataset was read (figures after its last id, and
    /// those they superseded), whoever wrote it; says whether anything had. The caller holds
    /// `writing`, so a slower catch-up of older data can never replace a newer one.
    fn catch_up(&self) -> Result<bool, StoreError> {
        let current = self.current.load_full();
        let changes = self.store.changes_since(current.last_figure())?;
        if changes.version == current.version() {
            return Ok(false);
        }
        let next = Arc::new(current.with_changes(changes));
        warm(&next);
        drop(current);
        let previous = self.current.swap(next);
        // Freeing millions of figures takes a tenth of a second: not on the writer's way back.
        std::thread::spawn(move || drop(previous));
        Ok(true)
    }
}

/// Ranks the dataset beside whoever goes on to use it.
fn warm(dataset: &Arc<Dataset>) {
    let dataset = dataset.clone();
    std::thread::spawn(move || dataset.warm());
}
