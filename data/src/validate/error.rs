use std::fmt;

/// One problem in a seed file, located precisely enough to fix it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct LoadError {
    pub file: String,
    /// 1-based line of the record (the header is line 1).
    pub line: u64,
    /// 1-based column number and its header name, when one field is at fault.
    pub column: Option<(usize, String)>,
    pub kind: LoadErrorKind,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some((number, name)) = &self.column {
            write!(f, ":{number} ({name})")?;
        }
        write!(f, ": {}", self.kind)
    }
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadErrorKind {
    #[error("file is missing")]
    MissingFile,
    #[error("not valid CSV: {0}")]
    Csv(String),
    #[error("missing column {0:?}")]
    MissingColumn(String),
    #[error("required value is empty")]
    Empty,
    #[error("unknown region {0:?}")]
    UnknownRegion(String),
    #[error("unknown indicator {0:?}")]
    UnknownIndicator(String),
    #[error("unknown category {0:?}")]
    UnknownCategory(String),
    #[error("unknown unit {0:?}")]
    UnknownUnit(String),
    #[error("unknown source {0:?}")]
    UnknownSource(String),
    #[error("wrong unit {found:?}: indicator {indicator:?} is measured in {expected:?}")]
    WrongUnit { indicator: String, expected: String, found: String },
    #[error("{kind} indicators must be measured in {expected:?}, not {found:?}")]
    UnitDoesNotFitKind { kind: &'static str, expected: &'static str, found: String },
    #[error("per-capita views only make sense for counts")]
    PerCapitaNotCount,
    #[error("duplicate {what}: first defined on line {first_line}")]
    Duplicate { what: String, first_line: u64 },
    #[error("bad qualifier {0:?}: expected exact, at_least, at_most or about")]
    BadQualifier(String),
    #[error("not a number: {0:?}")]
    BadNumber(String),
    #[error("{0}")]
    BadPeriod(String),
    #[error("bad value {value:?}: expected one of {expected}")]
    BadChoice { value: String, expected: &'static str },
    #[error("bad region code {0:?}: expected six digits (GB/T 2260)")]
    BadRegionCode(String),
    #[error("figure {0:?} does not occur in the quote")]
    FigureNotInQuote(String),
    #[error("figure {figure:?} reads as {read}, but the row says {recorded}")]
    FigureMismatch { figure: String, read: String, recorded: String },
    #[error("figure {0:?} holds no number")]
    FigureWithoutNumber(String),
    #[error("not a date: {0:?}: expected YYYY-MM-DD")]
    BadDate(String),
    #[error("a rate is a percentage from 0 to 100, not {0}")]
    RateOutOfRange(f64),
    #[error("you may enter figures for region {allowed} only, not {region}")]
    NotYourRegion { region: String, allowed: String },
    #[error("a quote from the source or a note saying where the figure is, is required")]
    NoQuoteOrNote,
    #[error("period {0} is frozen: only a supervisor's explicit correction may change it")]
    Frozen(String),
    #[error("bad target id {0:?}: use lower-case letters, digits and hyphens")]
    BadTargetId(String),
    #[error("unsound target: {0}")]
    UnsoundTarget(String),
    #[error("a rank must be a whole number of 1 or more")]
    BadRank,
    #[error("the cell holds more than {0} characters")]
    CellTooLong(usize),
    #[error("the file has more than {0} rows: split it into parts")]
    TooManyRows(usize),
    /// Stands last, after the first [`crate::validate::MAX_ERRORS`] problems.
    #[error("{0} more problem(s) not listed")]
    MoreErrors(u64),
}

/// Every error found in one load, in file order.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct LoadErrors(pub Vec<LoadError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} error(s) in the seed data:", self.0.len())?;
        for error in &self.0 {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}
