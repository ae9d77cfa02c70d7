use crate::lang::Text;

/// A GB/T 2260 administrative division.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// Six-digit GB/T 2260 code, e.g. `410600` for 鹤壁市.
    pub code: String,
    pub name: Text,
    pub level: Level,
    pub parent: Option<String>,
    pub population: Option<Population>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        [Level::Province, Level::Prefecture, Level::County].into_iter().find(|l| l.key() == key)
    }
}

/// Resident population, with the source that counted it (the census, for Henan's cities).
#[derive(Clone, Debug, PartialEq)]
pub struct Population {
    pub residents: u64,
    pub source: String,
}
