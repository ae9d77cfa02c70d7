//! Validation of everything that comes in: the seed files at start-up, and the figures and
//! targets of the office's forms, uploads and imports by the same rules. Every row is checked and
//! every problem reported with file (or form), line and column.

mod annotations;
mod entry;
mod entry_stream;
mod error;
mod indicators;
mod observations;
mod reference;
mod seed_files;
mod table;
mod target_entry;

pub use entry::{ENTRY_COLUMNS, EntryContext, MAX_CELL_CHARS, observation_changes};
pub use entry_stream::{EntryStream, MAX_ERRORS};
pub use error::{LoadError, LoadErrorKind, LoadErrors};
pub use seed_files::SeedFiles;
pub use target_entry::{TARGET_COLUMNS, target_from_form};

use crate::dataset::Dataset;

/// Parses and validates all seed tables into a dataset.
pub fn load(files: &SeedFiles) -> Result<Dataset, LoadErrors> {
    tables(files).map(Dataset::new)
}

/// Parses and validates all seed tables; on any error, returns every error found.
pub fn tables(files: &SeedFiles) -> Result<crate::dataset::Tables, LoadErrors> {
    let mut errors = Vec::new();
    let sources = reference::sources(files, &mut errors);
    let units = reference::units(files, &mut errors);
    let categories = reference::categories(files, &mut errors);
    let regions = reference::regions(files, &sources, &mut errors);
    let indicators = indicators::indicators(files, &categories, &units, &mut errors);
    let known = observations::Known::new(&regions, &indicators, &sources);
    let observations = observations::observations(files, &known, &mut errors);
    let honours = annotations::honours(files, &known, &mut errors);
    let practices = annotations::practices(files, &known, &mut errors);
    let targets = annotations::targets(files, &known, &mut errors);
    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    Ok(crate::dataset::Tables {
        sources,
        units,
        categories,
        regions,
        indicators,
        observations,
        honours,
        practices,
        targets,
        synthetic: false,
    })
}
