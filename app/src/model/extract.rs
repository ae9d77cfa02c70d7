//! The pages that read a published report for its figures.

use super::{Choice, Me};
use serde::{Deserialize, Serialize};

/// Step 1: the text and its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractPage {
    pub me: Me,
    pub sources: Vec<Choice>,
    pub regions: Vec<Choice>,
}

/// Step 2: every proposed figure, to correct, drop or confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractReview {
    pub me: Me,
    /// 《title》 publisher date, and whether it is registered on confirmation.
    pub source: String,
    pub new_source: bool,
    pub rows: Vec<CandidateView>,
    /// Whether the text states more figures than the budget lets a review list.
    pub left_out: bool,
    pub indicators: Vec<Choice>,
    pub regions: Vec<Choice>,
    pub units: Vec<Choice>,
    pub qualifiers: Vec<Choice>,
    pub categories: Vec<Choice>,
}

/// One proposed figure: its sentence split around the number, and the fields as proposed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateView {
    pub index: usize,
    pub before: String,
    pub figure: String,
    pub after: String,
    /// What the number counts, as the extraction read it.
    pub thing: String,
    pub indicator: String,
    /// How well the indicator matched, "0.85", or empty.
    pub score: String,
    pub value: String,
    pub qualifier: String,
    pub period: String,
    pub region: String,
    pub unit: String,
}
