//! Validation errors in the reader's language (the English wording is `data`'s own).

use crate::i18n::{Lang, Text, fill};
use data::LoadErrorKind;

pub fn load_error_text(kind: &LoadErrorKind, lang: Lang) -> String {
    use LoadErrorKind::*;
    if lang == Lang::En {
        return kind.to_string();
    }
    let one = |text: Text, value: &str| fill(lang.t(text), &[("value", value.to_owned())]);
    match kind {
        Empty => lang.t(Text::ErrEmpty).to_owned(),
        MissingColumn(c) => one(Text::ErrMissingColumn, c),
        Csv(e) => one(Text::ErrCsv, e),
        UnknownRegion(v) => one(Text::ErrUnknownRegion, v),
        UnknownIndicator(v) => one(Text::ErrUnknownIndicator, v),
        UnknownSource(v) => one(Text::ErrUnknownSource, v),
        WrongUnit { expected, found, .. } => {
            fill(lang.t(Text::ErrWrongUnit), &[("expected", expected.clone()), ("value", found.clone())])
        }
        BadQualifier(v) => one(Text::ErrBadQualifier, v),
        BadNumber(v) => one(Text::ErrBadNumber, v),
        BadPeriod(_) => lang.t(Text::ErrBadPeriod).to_owned(),
        BadChoice { value, expected } => {
            fill(lang.t(Text::ErrBadChoice), &[("value", value.clone()), ("expected", (*expected).to_owned())])
        }
        FigureNotInQuote(v) => one(Text::ErrFigureNotInQuote, v),
        FigureMismatch { figure, read, recorded } => fill(
            lang.t(Text::ErrFigureMismatch),
            &[("value", figure.clone()), ("read", read.clone()), ("recorded", recorded.clone())],
        ),
        BadRank => lang.t(Text::ErrBadRank).to_owned(),
        BadDate(v) => one(Text::ErrBadDate, v),
        RateOutOfRange(v) => one(Text::ErrRateOutOfRange, &v.to_string()),
        NotYourRegion { region, allowed } => {
            fill(lang.t(Text::ErrNotYourRegion), &[("value", region.clone()), ("allowed", allowed.clone())])
        }
        NoQuoteOrNote => lang.t(Text::ErrNoQuoteOrNote).to_owned(),
        Frozen(v) => one(Text::ErrFrozen, v),
        Duplicate { first_line, .. } => one(Text::ErrDuplicate, &first_line.to_string()),
        BadTargetId(v) => one(Text::ErrBadTargetId, v),
        UnsoundTarget(v) => one(Text::ErrUnsoundTarget, v),
        CellTooLong(n) => one(Text::ErrCellTooLong, &n.to_string()),
        TooManyRows(n) => one(Text::ErrTooManyRows, &n.to_string()),
        MoreErrors(n) => one(Text::ErrMoreErrors, &n.to_string()),
        other => other.to_string(),
    }
}
