//! Proposing the indicator a figure reports: the kind must fit (a rank is never a count),
//! then the score adds the share of the thing's character pairs found in the indicator's name
//! and definition, the share of the name's pairs found in the thing and its clause, and a
//! bonus when the units agree.

use super::{Candidate, IndicatorInfo, IndicatorMatch, Kind, sentences};
use std::collections::HashSet;

/// Below this an indicator is not proposed: an office would rather pick one than undo a guess.
pub const THRESHOLD: f64 = 0.5;

const UNIT_BONUS: f64 = 0.3;

type Bigrams = HashSet<(char, char)>;

/// The indicators with their character pairs, built once per text.
pub struct Index<'a> {
    entries: Vec<Entry<'a>>,
}

struct Entry<'a> {
    info: &'a IndicatorInfo<'a>,
    name: Bigrams,
    all: Bigrams,
}

impl<'a> Index<'a> {
    pub fn new(indicators: &'a [IndicatorInfo<'a>]) -> Self {
        let entries = indicators
            .iter()
            .map(|info| {
                let name = bigrams(info.name_zh);
                let all = name.union(&bigrams(info.definition_zh)).copied().collect();
                Entry { info, name, all }
            })
            .collect();
        Self { entries }
    }

    /// The best indicator for the candidate, if any scores at least [`THRESHOLD`].
    pub fn best(&self, candidate: &Candidate) -> Option<IndicatorMatch> {
        let thing = bigrams(&candidate.thing);
        let sentence = &candidate.sentence;
        let at = candidate.figure_at.start;
        let context = bigrams(sentence.get(sentences::clause(sentence, at)).unwrap_or(""));
        let around = bigrams(around(sentence, at));
        self.entries
            .iter()
            .filter(|e| fits(candidate.kind, e.info.kind))
            .map(|e| (e.info.key, score(candidate, &thing, &context, &around, e)))
            .filter(|(_, s)| *s >= THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(key, score)| IndicatorMatch { key: key.to_owned(), score })
    }
}

/// The score of one indicator: pairs of the name found in the figure's clause count fully,
/// those found only elsewhere in the sentence ("通过行政调解…,化解率达93%") count half.
fn score(candidate: &Candidate, thing: &Bigrams, context: &Bigrams, around: &Bigrams, e: &Entry) -> f64 {
    let share = |part: f64, whole: usize| if whole == 0 { 0.0 } else { part / whole as f64 };
    let thing_found = share(thing.intersection(&e.all).count() as f64, thing.len());
    let name_pairs: f64 = e
        .name
        .iter()
        .map(|b| {
            if thing.contains(b) || context.contains(b) {
                1.0
            } else if around.contains(b) {
                0.5
            } else {
                0.0
            }
        })
        .sum();
    let name_found = share(name_pairs, e.name.len());
    let same_key = candidate.unit_key.is_some_and(|u| u == e.info.unit);
    // A unit with no key (元, 卷) can still agree as printed.
    let same_word = candidate.unit_key.is_none()
        && candidate.unit.as_deref().is_some_and(|u| !u.is_empty() && u == e.info.unit_symbol);
    let unit = if same_key || same_word { UNIT_BONUS } else { 0.0 };
    thing_found + name_found + unit
}

/// Whether an indicator of `kind` can hold a figure of this kind.
fn fits(figure: Kind, kind: &str) -> bool {
    match figure {
        Kind::Count => kind == "count",
        Kind::Percent => kind == "rate",
        Kind::PercentagePoints => kind == "rate" || kind == "change",
        Kind::Rank => kind == "rank",
        Kind::Streak => kind == "streak",
        Kind::Change(_) => kind == "change",
    }
}

/// The sentence within a few clauses of byte `at`; bounded, so a run-on text is not read
/// whole for each of its figures.
fn around(sentence: &str, at: usize) -> &str {
    let reach = 2 * sentences::CLAUSE_REACH;
    let start = (at.saturating_sub(reach)..=at).find(|&i| sentence.is_char_boundary(i)).unwrap_or(at);
    let end = ((at + reach).min(sentence.len())..=sentence.len()).find(|&i| sentence.is_char_boundary(i));
    sentence.get(start..end.unwrap_or(sentence.len())).unwrap_or("")
}

/// The pairs of adjacent Chinese characters.
fn bigrams(text: &str) -> Bigrams {
    let chars: Vec<char> = text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}
