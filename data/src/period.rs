//! Reference periods: what time a figure describes (not when it was published).

use crate::lang::Lang;
use std::{fmt, str::FromStr};

/// The period a figure refers to, written in seed files as:
/// `2021` (a year), `2022-H1` (a half-year), `2019-2022` (a span of years, inclusive),
/// `asof-2022-09` (a stock as of a month the source states), `undated-2022-09` (a figure the
/// source gives no date for: only the month it was published is known), `4y-running` (the
/// same result N years running, up to the source's date), `9y-cumulative` (a total over the
/// last N years, up to the source's date: not a result of each year). An undated figure is
/// ordered like a stock as of its publication month (it is at least that old) but never
/// labelled as dated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    Year(u16),
    HalfYear { year: u16, half: u8 },
    Span { from: u16, to: u16 },
    AsOf { year: u16, month: u8 },
    Undated { year: u16, month: u8 },
    Running { years: u8 },
    Cumulative { years: u8 },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown period {0:?}: expected 2021, 2022-H1, 2019-2022, asof-2022-09, undated-2022-09, 4y-running or 9y-cumulative"
)]
pub struct PeriodParseError(pub String);

impl Period {
    /// A key that orders periods by when they end; running streaks and running totals count
    /// as current.
    pub fn end_key(self) -> i32 {
        let months = |year: u16, month: u8| i32::from(year) * 12 + i32::from(month);
        match self {
            Period::Year(year) => months(year, 12),
            Period::HalfYear { year, half } => months(year, 6 * half),
            Period::Span { to, .. } => months(to, 12),
            Period::AsOf { year, month } | Period::Undated { year, month } => months(year, month),
            Period::Running { .. } | Period::Cumulative { .. } => i32::MAX,
        }
    }

    /// A number that stands for exactly this period (two periods share it only when they are
    /// equal), for columns that must not hold strings.
    pub fn code(self) -> u64 {
        let pack = |kind: u64, a: u16, b: u16| kind << 32 | u64::from(a) << 16 | u64::from(b);
        match self {
            Period::Year(year) => pack(0, year, 0),
            Period::HalfYear { year, half } => pack(1, year, half.into()),
            Period::Span { from, to } => pack(2, from, to),
            Period::AsOf { year, month } => pack(3, year, month.into()),
            Period::Running { years } => pack(4, years.into(), 0),
            Period::Undated { year, month } => pack(5, year, month.into()),
            Period::Cumulative { years } => pack(6, years.into(), 0),
        }
    }

    /// A key, like [`Period::end_key`], for the month the period starts in; a stock "as of" a
    /// month starts and ends there.
    pub fn start_key(self) -> i32 {
        let months = |year: u16, month: u8| i32::from(year) * 12 + i32::from(month);
        match self {
            Period::Year(year) => months(year, 1),
            Period::HalfYear { year, half } => months(year, 6 * half - 5),
            Period::Span { from, .. } => months(from, 1),
            Period::AsOf { year, month } | Period::Undated { year, month } => months(year, month),
            Period::Running { .. } | Period::Cumulative { .. } => i32::MAX,
        }
    }

    /// Whether the period is a point in a time series (so a trend chart can place it).
    pub fn is_dated(self) -> bool {
        !matches!(self, Period::Running { .. } | Period::Cumulative { .. })
    }

    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Period::Year(y), Lang::Zh) => format!("{y}年"),
            (Period::Year(y), Lang::En) => y.to_string(),
            (Period::HalfYear { year, half: 1 }, Lang::Zh) => format!("{year}年上半年"),
            (Period::HalfYear { year, .. }, Lang::Zh) => format!("{year}年下半年"),
            (Period::HalfYear { year, half }, Lang::En) => format!("{year} H{half}"),
            (Period::Span { from, to }, Lang::Zh) => format!("{from}—{to}年"),
            (Period::Span { from, to }, Lang::En) => format!("{from}–{to}"),
            (Period::AsOf { year, month }, Lang::Zh) => format!("截至{year}年{month}月"),
            (Period::AsOf { year, month }, Lang::En) => {
                format!("as of {}", month_year_en(year, month))
            }
            (Period::Undated { year, month }, Lang::Zh) => format!("未注明时间({year}年{month}月发表)"),
            (Period::Undated { year, month }, Lang::En) => {
                format!("no date stated (published {})", month_year_en(year, month))
            }
            (Period::Running { years }, Lang::Zh) => format!("连续{years}年"),
            (Period::Running { years }, Lang::En) => format!("{years} years running"),
            (Period::Cumulative { years }, Lang::Zh) => format!("累计{years}年"),
            (Period::Cumulative { years }, Lang::En) => format!("cumulative over {years} years"),
        }
    }
}

fn month_year_en(year: u16, month: u8) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let name = MONTHS.get(usize::from(month).saturating_sub(1)).copied().unwrap_or("?");
    format!("{name} {year}")
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::HalfYear { year, half } => write!(f, "{year}-H{half}"),
            Period::Span { from, to } => write!(f, "{from}-{to}"),
            Period::AsOf { year, month } => write!(f, "asof-{year}-{month:02}"),
            Period::Undated { year, month } => write!(f, "undated-{year}-{month:02}"),
            Period::Running { years } => write!(f, "{years}y-running"),
            Period::Cumulative { years } => write!(f, "{years}y-cumulative"),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || PeriodParseError(text.to_owned());
        let year = |s: &str| s.parse::<u16>().ok().filter(|y| (1949..=2100).contains(y));
        if let Some(years) = text.strip_suffix("y-running") {
            let years = years.parse::<u8>().ok().filter(|n| *n >= 2).ok_or_else(err)?;
            return Ok(Period::Running { years });
        }
        if let Some(years) = text.strip_suffix("y-cumulative") {
            let years = years.parse::<u8>().ok().filter(|n| *n >= 2).ok_or_else(err)?;
            return Ok(Period::Cumulative { years });
        }
        let month_of = |rest: &str| {
            let (y, m) = rest.split_once('-')?;
            let month = m.parse::<u8>().ok().filter(|n| (1..=12).contains(n) && m.len() == 2)?;
            Some((year(y)?, month))
        };
        if let Some(rest) = text.strip_prefix("asof-") {
            let (year, month) = month_of(rest).ok_or_else(err)?;
            return Ok(Period::AsOf { year, month });
        }
        if let Some(rest) = text.strip_prefix("undated-") {
            let (year, month) = month_of(rest).ok_or_else(err)?;
            return Ok(Period::Undated { year, month });
        }
        match text.split_once('-') {
            None => year(text).map(Period::Year).ok_or_else(err),
            Some((y, "H1")) => Ok(Period::HalfYear { year: year(y).ok_or_else(err)?, half: 1 }),
            Some((y, "H2")) => Ok(Period::HalfYear { year: year(y).ok_or_else(err)?, half: 2 }),
            Some((a, b)) => match (year(a), year(b)) {
                (Some(from), Some(to)) if from < to => Ok(Period::Span { from, to }),
                _ => Err(err()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_form() {
        for text in [
            "2021",
            "2022-H1",
            "2022-H2",
            "2019-2022",
            "asof-2022-09",
            "undated-2022-09",
            "4y-running",
            "9y-cumulative",
        ] {
            let period: Period = text.parse().unwrap();
            assert_eq!(period.to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_periods() {
        let bad = ["", "21", "2022-H3", "2022-2019", "asof-2022-9", "asof-2022-13", "1y-running", "abc"];
        for text in bad.into_iter().chain(["undated-2022-9", "undated-22-09", "1y-cumulative", "y-cumulative"]) {
            assert!(text.parse::<Period>().is_err(), "{text} should not parse");
        }
    }

    #[test]
    fn codes_tell_every_period_apart() {
        let texts = ["2021", "2022", "2022-H1", "2022-H2", "2021-2022", "2020-2022", "asof-2022-01", "asof-2022-02"];
        let mut codes: Vec<u64> = texts.iter().map(|t| t.parse::<Period>().unwrap().code()).collect();
        let more = ["4y-running", "5y-running", "undated-2022-01", "undated-2022-02", "4y-cumulative", "5y-cumulative"];
        codes.extend(more.map(|t| t.parse::<Period>().unwrap().code()));
        let distinct: std::collections::HashSet<u64> = codes.iter().copied().collect();
        assert_eq!(distinct.len(), codes.len());
        assert_eq!(Period::Year(2022).code(), "2022".parse::<Period>().unwrap().code());
    }

    #[test]
    fn orders_by_end_and_labels_both_languages() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert!(p("2021").end_key() < p("2022-H1").end_key());
        assert!(p("2022-H1").end_key() < p("asof-2022-09").end_key());
        assert!(p("2019-2022").end_key() > p("asof-2022-09").end_key());
        assert_eq!(p("4y-running").label(Lang::Zh), "连续4年");
        assert_eq!(p("asof-2022-09").label(Lang::En), "as of Sep 2022");
        assert_eq!(p("2019-2022").label(Lang::Zh), "2019—2022年");
    }

    /// A figure the source gives no date for is never labelled as if it were dated ("as of").
    #[test]
    fn undated_figures_say_so() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert_eq!(p("undated-2022-09").label(Lang::Zh), "未注明时间(2022年9月发表)");
        assert_eq!(p("undated-2022-09").label(Lang::En), "no date stated (published Sep 2022)");
        assert_eq!(p("undated-2022-09").end_key(), p("asof-2022-09").end_key());
    }

    /// A total over N years is not the same result N years running.
    #[test]
    fn cumulative_periods_have_their_own_kind() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert_eq!(p("9y-cumulative").label(Lang::Zh), "累计9年");
        assert_eq!(p("9y-cumulative").label(Lang::En), "cumulative over 9 years");
        assert_ne!(p("9y-cumulative").code(), p("9y-running").code());
        assert!(!p("9y-cumulative").is_dated());
    }
}
