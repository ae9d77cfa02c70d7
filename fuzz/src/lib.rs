//! What the fuzz targets share: the seed dataset, built once per process, and a supervisor
//! (who may enter any region) to check uploaded rows as.

use data::{
    Dataset, SeedFiles,
    entry::EntryContext,
    store::{Role, User},
};
use std::sync::OnceLock;

pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| data::load(&SeedFiles::embedded()).expect("the seed loads"))
}

pub fn supervisor() -> &'static User {
    static USER: OnceLock<User> = OnceLock::new();
    USER.get_or_init(|| User { id: 1, name: "fuzz".into(), role: Role::Supervisor, region: None, active: true })
}

pub fn context() -> EntryContext<'static> {
    EntryContext { data: dataset(), user: supervisor(), frozen: &[] }
}
