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
    /// Whether a per-10,000-residents view is meaningful: only counts that grow with the
    /// population (cases, market entities, service points); not counts of regulations,
    /// meetings or officials' study, and never rates or ranks.
    pub per_capita: bool,
    pub definition: Text,
}

impl Indicator {
    /// Whether regions are ranked among those that report ("1st of 6"). Not when the value is
    /// itself a rank (a provincial rank is compared by that rank; ranking the ranks of a few
    /// reporters says less and reads as more), nor when neither way is better.
    pub fn ranks_reporters(&self) -> bool {
        self.kind != IndicatorKind::Rank && self.direction != Direction::Neutral
    }
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
    /// Neither: e.g. problems found, where finding more is not better or worse by itself.
    /// Regions are listed largest first and never ranked.
    Neutral,
}

impl Direction {
    pub const KEYS: &'static str = "higher, lower, neutral";

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "higher" => Some(Direction::HigherIsBetter),
            "lower" => Some(Direction::LowerIsBetter),
            "neutral" => Some(Direction::Neutral),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher",
            Direction::LowerIsBetter => "lower",
            Direction::Neutral => "neutral",
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
