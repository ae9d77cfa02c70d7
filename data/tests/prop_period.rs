//! Properties of the period grammar, which reads periods from uploads, forms and API queries:
//! every period reads back from its text, and no text makes the parser panic or accept a
//! period the rest of the code cannot place.

use data::Period;
use proptest::prelude::*;

/// Every period the grammar can write: years 1949–2100, halves 1–2, spans that go forward,
/// months 1–12, streaks of at least two years.
fn period() -> impl Strategy<Value = Period> {
    let year = 1949u16..=2100;
    prop_oneof![
        year.clone().prop_map(Period::Year),
        (year.clone(), 1u8..=2).prop_map(|(year, half)| Period::HalfYear { year, half }),
        (1949u16..2100)
            .prop_flat_map(|from| (Just(from), from + 1..=2100))
            .prop_map(|(from, to)| Period::Span { from, to }),
        (year.clone(), 1u8..=12).prop_map(|(year, month)| Period::AsOf { year, month }),
        (year, 1u8..=12).prop_map(|(year, month)| Period::Undated { year, month }),
        (2u8..=u8::MAX).prop_map(|years| Period::Running { years }),
        (2u8..=u8::MAX).prop_map(|years| Period::Cumulative { years }),
    ]
}

/// Text near the grammar (its words, signs, digits, out-of-range numbers), which reaches
/// deeper than arbitrary Unicode.
fn near_period() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,6}",
        Just("-".to_owned()),
        Just("+".to_owned()),
        Just("asof-".to_owned()),
        Just("y-running".to_owned()),
        Just("undated-".to_owned()),
        Just("y-cumulative".to_owned()),
        "H[0-9]",
        Just("\u{feff}".to_owned()),
        Just(" ".to_owned()),
        Just("２０２１".to_owned()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

/// A parsed period is one the code can place: within the ranges the grammar allows.
fn well_formed(p: Period) -> bool {
    let year = |y: u16| (1949..=2100).contains(&y);
    match p {
        Period::Year(y) => year(y),
        Period::HalfYear { year: y, half } => year(y) && (1..=2).contains(&half),
        Period::Span { from, to } => year(from) && year(to) && from < to,
        Period::AsOf { year: y, month } | Period::Undated { year: y, month } => year(y) && (1..=12).contains(&month),
        Period::Running { years } | Period::Cumulative { years } => years >= 2,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_period_reads_back_from_its_text(p in period()) {
        prop_assert_eq!(p.to_string().parse::<Period>(), Ok(p));
    }

    #[test]
    fn a_period_starts_before_it_ends_and_its_code_is_its_own(p in period(), q in period()) {
        if p.is_dated() {
            prop_assert!(p.start_key() <= p.end_key(), "{p}");
        }
        prop_assert_eq!(p.code() == q.code(), p == q, "{} and {}", p, q);
    }

    #[test]
    fn any_text_is_a_well_formed_period_or_an_error(text in prop_oneof![any::<String>(), near_period()]) {
        if let Ok(p) = text.parse::<Period>() {
            prop_assert!(well_formed(p), "{text:?} gave {p:?}");
            // The written form is the canonical one: it reads back as the same period.
            prop_assert_eq!(p.to_string().parse::<Period>(), Ok(p));
        }
    }
}
