use super::SharedStr;
use crate::period::Period;
use std::sync::Arc;

/// One reported figure: a region's value of an indicator for a period, with its provenance.
///
/// Small on purpose (40 bytes): a national dataset holds millions. Codes and keys are shared
/// strings, and figures with the same provenance (one file's note, one generator) share it.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub region: SharedStr,
    pub indicator: SharedStr,
    pub period: Period,
    pub value: f64,
    pub qualifier: Qualifier,
    pub provenance: Arc<Provenance>,
}

/// Where a figure came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Provenance {
    /// The figure as printed in the source, e.g. `1.2万余条`; it occurs in `quote`. Empty for
    /// figures entered without a quote.
    pub figure: String,
    pub source: String,
    /// The exact sentence of the source the figure came from; empty when `note` says where
    /// an entered figure came from instead.
    pub quote: String,
    /// Where in the source the figure is, for figures entered by an office.
    pub note: String,
}

/// How exact a reported value is: "1.2万余条" is at least 12,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [Qualifier::Exact, Qualifier::AtLeast, Qualifier::AtMost, Qualifier::About];

    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::About => "about",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The mark shown before a value: `≥ 98`.
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "≥ ",
            Qualifier::AtMost => "≤ ",
            Qualifier::About => "≈ ",
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_figure_takes_forty_bytes() {
        assert!(size_of::<super::Observation>() <= 40);
    }
}
