use std::{collections::BTreeMap, io, path::Path};

/// The seed tables, by file name. The embedded set is compiled into the binary so a fresh
/// server needs nothing beside it; a directory of the same files can replace it.
#[derive(Clone, Debug, Default)]
pub struct SeedFiles {
    files: BTreeMap<String, String>,
}

/// The files a seed directory holds, in load order.
pub const SEED_FILE_NAMES: [&str; 9] = [
    "sources.csv",
    "units.csv",
    "categories.csv",
    "regions.csv",
    "indicators.csv",
    "observations.csv",
    "honours.csv",
    "practices.csv",
    "targets.csv",
];

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../../seed/", $name)))),*]
    };
}

impl SeedFiles {
    /// The seed data shipped in `data/seed/`.
    pub fn embedded() -> Self {
        let files = embedded!(
            "sources.csv",
            "units.csv",
            "categories.csv",
            "regions.csv",
            "indicators.csv",
            "observations.csv",
            "honours.csv",
            "practices.csv",
            "targets.csv",
        );
        Self { files: files.into_iter().map(|(n, c)| (n.to_owned(), c.to_owned())).collect() }
    }

    /// Reads the seed files from a directory; a missing file is reported by [`crate::validate`].
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let mut files = BTreeMap::new();
        for name in SEED_FILE_NAMES {
            match std::fs::read_to_string(dir.join(name)) {
                Ok(text) => {
                    files.insert(name.to_owned(), text);
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io::Error::new(e.kind(), format!("{name}: {e}"))),
            }
        }
        Ok(Self { files })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Replaces one file's text; for tests and tools that edit a copy of the seed.
    pub fn set(&mut self, name: &str, text: impl Into<String>) {
        self.files.insert(name.to_owned(), text.into());
    }
}
