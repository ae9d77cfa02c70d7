//! What a region reports besides figures: honours, named practices, and targets set for it.

use crate::{lang::Text, period::Period};

#[derive(Clone, Debug, PartialEq)]
pub struct Honour {
    pub region: String,
    pub level: HonourLevel,
    pub status: HonourStatus,
    pub year: Option<u16>,
    pub title: Text,
    pub source: String,
    pub quote: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HonourLevel {
    National,
    Provincial,
}

impl HonourLevel {
    pub fn key(self) -> &'static str {
        match self {
            HonourLevel::National => "national",
            HonourLevel::Provincial => "provincial",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "national" => Some(HonourLevel::National),
            "provincial" => Some(HonourLevel::Provincial),
            _ => None,
        }
    }
}

/// Whether the honour was conferred, or the region was only put forward for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HonourStatus {
    Awarded,
    Nominated,
}

impl HonourStatus {
    pub fn key(self) -> &'static str {
        match self {
            HonourStatus::Awarded => "awarded",
            HonourStatus::Nominated => "nominated",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "awarded" => Some(HonourStatus::Awarded),
            "nominated" => Some(HonourStatus::Nominated),
            _ => None,
        }
    }
}

/// A named working mechanism such as the "1211" mechanism, in our own short words.
#[derive(Clone, Debug, PartialEq)]
pub struct Practice {
    pub region: String,
    pub name: Text,
    pub summary: Text,
    pub source: String,
    pub quote: String,
}

/// A target set by a supervising body, e.g. the provincial 70% for service time cuts.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub id: String,
    pub indicator: String,
    /// The region the target applies to; a province applies to all its regions.
    pub scope: String,
    pub comparator: Comparator,
    pub value: f64,
    pub period: Period,
    /// When the figure is due, `YYYY-MM-DD`, as the setter states it; after it an unmet target
    /// is overdue. Without one a target is never overdue.
    pub deadline: Option<String>,
    /// The body that set it, e.g. 河南省.
    pub set_by: String,
    pub document: String,
    pub note: String,
    /// Where the target was published, if it was.
    pub source: Option<String>,
    pub quote: String,
    /// Set when no document states the target and it was worked out from the source's
    /// sentence (e.g. 82.7% "高于省定目标12.7个百分点" → 70%): how, in both languages.
    pub derivation: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparator {
    AtLeast,
    AtMost,
    Equal,
}

impl Comparator {
    pub fn parse(key: &str) -> Option<Self> {
        match key {
            ">=" => Some(Comparator::AtLeast),
            "<=" => Some(Comparator::AtMost),
            "=" => Some(Comparator::Equal),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::Equal => "=",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => "≥",
            Comparator::AtMost => "≤",
            Comparator::Equal => "=",
        }
    }
}
