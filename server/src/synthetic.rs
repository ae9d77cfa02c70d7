//! `server gen`: a synthetic national dataset in a data directory of its own.

use crate::{STORE_FILE, StartError};
use data::{
    SeedFiles,
    store::{Figures, SqliteStore},
    synthetic::Spec,
};
use std::path::Path;

/// Generates the dataset of `spec` into a new store in `data_dir` and returns how many figures
/// it holds. Refuses a directory that already has a store, real or synthetic: generated
/// figures never go into, nor replace, existing data.
pub fn generate(data_dir: &Path, spec: &Spec) -> Result<usize, StartError> {
    let path = data_dir.join(STORE_FILE);
    if path.exists() {
        return Err(StartError::NotEmpty(data_dir.display().to_string()));
    }
    let seed = data::validate::tables(&SeedFiles::embedded())?;
    let mut tables = data::synthetic::generate(spec, &seed.categories, &seed.units)?;
    tables.synthetic = true;
    let store = SqliteStore::open(&path)?;
    store.import_catalogue(&tables)?;
    Ok(tables.observations.len())
}
