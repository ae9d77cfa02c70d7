//! The status of one region against one target. The rules, as the board page states them:
//!
//! - A figure for the target's own period decides: **met** if it meets the target, **missed**
//!   if not. A value printed as "at least X" counts as met only when X itself meets the target
//!   (and "at most X" likewise); when the bound cannot decide, the status is **at risk**.
//! - Without it, the latest figure for a part of the period (a half-year of a year, say) is
//!   compared with the target, pro rata for counts (half the year, half the count): **on
//!   track** if it meets that, **at risk** if not.
//! - Without either, **no data**.
//! - A target not met by its deadline is **overdue**. A target without a stated deadline is
//!   never overdue: a deadline is the setter's to state, not ours to invent.
//! - The gap is in the indicator's unit (percentage points for rates), positive when better
//!   than the target, whichever way is better.

use crate::{
    model::{Comparator, Direction, Indicator, IndicatorKind, Observation, Qualifier, Target},
    period::Period,
};
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Missed,
    AtRisk,
    NoData,
    OnTrack,
    Met,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Met, Status::OnTrack, Status::AtRisk, Status::Missed, Status::NoData];

    pub fn key(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::Missed => "missed",
            Status::NoData => "no_data",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// A symbol, so status never rests on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Met => "✔",
            Status::OnTrack => "↗",
            Status::AtRisk => "⚠",
            Status::Missed => "✘",
            Status::NoData => "—",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub status: Status,
    /// The figure judged: the period's own, or the latest interim one.
    pub figure: Option<(Period, f64, Qualifier)>,
    /// What the figure was compared with: the target, or its pro-rata share for an interim count.
    pub compared_with: f64,
    /// Positive when better than `compared_with`, in the indicator's unit.
    pub gap: Option<f64>,
    pub deadline: Option<NaiveDate>,
    pub overdue: bool,
}

/// Whether a target is sound for its indicator: its comparator points the way that is better
/// (either way on a neutral indicator, where the setter decides), and a rate target lies
/// within 0–100%.
pub fn check_target(target: &Target, indicator: &Indicator) -> Result<(), String> {
    let wrong_way = matches!(
        (target.comparator, indicator.direction),
        (Comparator::AtLeast, Direction::LowerIsBetter) | (Comparator::AtMost, Direction::HigherIsBetter)
    );
    if wrong_way {
        return Err(format!(
            "a {} target on an indicator where {} is better",
            target.comparator.symbol(),
            indicator.direction.key()
        ));
    }
    if indicator.kind == IndicatorKind::Rate && !(0.0..=100.0).contains(&target.value) {
        return Err(format!("a rate target must lie between 0 and 100%, not {}", target.value));
    }
    if !target.value.is_finite() {
        return Err("the target value is not a number".to_owned());
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Judgement {
    Meets,
    Fails,
    Undecided,
}

const EPSILON: f64 = 1e-9;

fn judge(value: f64, qualifier: Qualifier, comparator: Comparator, target: f64) -> Judgement {
    let meets = |v: f64| match comparator {
        Comparator::AtLeast => v >= target - EPSILON,
        Comparator::AtMost => v <= target + EPSILON,
        Comparator::Equal => (v - target).abs() <= EPSILON,
    };
    match qualifier {
        Qualifier::Exact | Qualifier::About => {
            if meets(value) {
                Judgement::Meets
            } else {
                Judgement::Fails
            }
        }
        // The true value is value or more: a ≥ target is met if the bound meets it; a ≤ or =
        // target fails if the bound already exceeds it; otherwise nothing is known.
        Qualifier::AtLeast => match comparator {
            Comparator::AtLeast if meets(value) => Judgement::Meets,
            Comparator::AtMost | Comparator::Equal if value > target + EPSILON => Judgement::Fails,
            _ => Judgement::Undecided,
        },
        Qualifier::AtMost => match comparator {
            Comparator::AtMost if meets(value) => Judgement::Meets,
            Comparator::AtLeast | Comparator::Equal if value < target - EPSILON => Judgement::Fails,
            _ => Judgement::Undecided,
        },
    }
}

fn gap(value: f64, comparator: Comparator, target: f64) -> f64 {
    match comparator {
        Comparator::AtLeast => value - target,
        Comparator::AtMost => target - value,
        Comparator::Equal => -(value - target).abs(),
    }
}

/// Judges `region_figures` (one region's figures of the target's indicator) against `target`.
pub fn assess<'a>(
    target: &Target,
    indicator: &Indicator,
    region_figures: impl IntoIterator<Item = &'a Observation>,
    today: NaiveDate,
) -> Assessment {
    let period = target.period;
    let mut own = None;
    let mut interim: Option<&Observation> = None;
    for o in region_figures {
        if o.period == period {
            own = Some(o);
        } else if o.period.is_dated()
            && o.period.start_key() >= period.start_key()
            && o.period.end_key() < period.end_key()
            && interim.is_none_or(|i| o.period.end_key() > i.period.end_key())
        {
            interim = Some(o);
        }
    }
    let (status, figure, compared_with) = if let Some(o) = own {
        let status = match judge(o.value, o.qualifier, target.comparator, target.value) {
            Judgement::Meets => Status::Met,
            Judgement::Fails => Status::Missed,
            Judgement::Undecided => Status::AtRisk,
        };
        (status, Some(o), target.value)
    } else if let Some(o) = interim {
        let expected = if indicator.kind == IndicatorKind::Count && target.comparator != Comparator::Equal {
            let whole = f64::from(period.end_key() - period.start_key() + 1);
            let elapsed = f64::from(o.period.end_key() - period.start_key() + 1);
            target.value * elapsed / whole
        } else {
            target.value
        };
        let status = match judge(o.value, o.qualifier, target.comparator, expected) {
            Judgement::Meets => Status::OnTrack,
            _ => Status::AtRisk,
        };
        (status, Some(o), expected)
    } else {
        (Status::NoData, None, target.value)
    };
    let deadline = target.deadline.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    Assessment {
        status,
        figure: figure.map(|o| (o.period, o.value, o.qualifier)),
        compared_with,
        gap: figure.map(|o| gap(o.value, target.comparator, compared_with)),
        deadline,
        overdue: status != Status::Met && deadline.is_some_and(|d| today > d),
    }
}

/// Today in China (UTC+8), where deadlines are set.
pub fn today() -> NaiveDate {
    let beijing = chrono::FixedOffset::east_opt(8 * 3600).expect("a valid offset");
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).with_timezone(&beijing).date_naive()
}
