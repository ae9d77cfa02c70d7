use crate::lang::Text;

/// A measure that regions report, e.g. local regulations enacted.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    /// Stable key used in URLs and files, e.g. `local_regulations_enacted`.
    pub key: String,
    pub category: String,
    pub name: Text,
    pub kind: IndicatorKind,
    pub unit: String,
    pub direction: Direction,
    /// Whether a per-10,000-residents view is meaningful (counts of cases or entities, say;
    /// not counts of regulations or meetings, and never rates or ranks).
    pub per_capita: bool,
    pub definition: Text,
}

/// What sort of number an indicator is; it fixes which units are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndicatorKind {
    /// A count of things or events.
    Count,
    /// A rate in percent.
    Rate,
    /// A place in a provincial ranking, 1 being best.
    Rank,
    /// A year-on-year change in percent (negative is a fall).
    Change,
    /// A number of years running.
    Streak,
}

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 5] =
        [IndicatorKind::Count, IndicatorKind::Rate, IndicatorKind::Rank, IndicatorKind::Change, IndicatorKind::Streak];

    pub fn key(self) -> &'static str {
        match self {
            IndicatorKind::Count => "count",
            IndicatorKind::Rate => "rate",
            IndicatorKind::Rank => "rank",
            IndicatorKind::Change => "change",
            IndicatorKind::Streak => "streak",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The unit the kind requires, if it fixes one.
    pub fn required_unit(self) -> Option<&'static str> {
        match self {
            IndicatorKind::Count => None,
            IndicatorKind::Rate | IndicatorKind::Change => Some("percent"),
            IndicatorKind::Rank => Some("rank"),
            IndicatorKind::Streak => Some("years"),
        }
    }
}

/// Which way is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "higher" => Some(Direction::HigherIsBetter),
            "lower" => Some(Direction::LowerIsBetter),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher",
            Direction::LowerIsBetter => "lower",
        }
    }
}

/// A group of indicators, mapped to the national framework (see `data/seed/README.md`).
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub key: String,
    pub name: Text,
    pub framework: Text,
}

/// A unit of measure: `symbol.zh` is what follows a number in Chinese (件, 项, %).
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub key: String,
    pub symbol: Text,
}
