use crate::{
    extract::Kind,
    lang::Text,
    model::{Direction, Indicator, IndicatorKind},
};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewIndicatorError {
    #[error("a new indicator needs a name")]
    NoName,
    #[error("a new indicator's name is at most 60 characters")]
    LongName,
    #[error("unknown category {0:?}")]
    Category(String),
    #[error("a new indicator needs the figure's unit")]
    NoUnit,
}

/// An indicator named by an office for a figure no existing one fits. Its key comes from its
/// name, so the same name confirmed twice is the same indicator; which way is better is not
/// guessed (neutral: listed, never ranked) and no per-resident view is offered.
pub fn new_indicator(
    name: &str,
    category: &str,
    unit: &str,
    kind: Option<Kind>,
) -> Result<Indicator, NewIndicatorError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NewIndicatorError::NoName);
    }
    if name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(NewIndicatorError::LongName);
    }
    if category.trim().is_empty() {
        return Err(NewIndicatorError::Category(category.to_owned()));
    }
    if unit.is_empty() {
        return Err(NewIndicatorError::NoUnit);
    }
    // The unit decides what the kind may be (a rate is in percent, a rank in places).
    let kind = match (unit, kind) {
        ("percent", Some(Kind::Change(_) | Kind::PercentagePoints)) => IndicatorKind::Change,
        ("percent", _) => IndicatorKind::Rate,
        ("rank", _) => IndicatorKind::Rank,
        ("years", Some(Kind::Streak)) => IndicatorKind::Streak,
        _ => IndicatorKind::Count,
    };
    let digest = hex::encode(Sha256::digest(name.as_bytes()));
    Ok(Indicator {
        key: format!("x_{}", &digest[..10]),
        category: category.trim().to_owned(),
        name: Text { zh: name.to_owned(), en: name.to_owned() },
        kind,
        unit: unit.to_owned(),
        direction: Direction::Neutral,
        per_capita: false,
        definition: Text { zh: name.to_owned(), en: name.to_owned() },
    })
}
