//! Properties of reading printed Chinese figures ("1.2万余条"), which checks every uploaded
//! row that names its figure: no text makes it panic, and figures written the way sources
//! print them read back as the number and qualifier they state.

use data::{figure::read, model::Qualifier};
use proptest::prelude::*;

/// Chinese numerals as sources print ranks and streaks: 一 … 九十九.
fn chinese(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match (n / 10, n % 10) {
        (0, d) => DIGITS[d as usize].to_owned(),
        (1, d) => format!("十{}", DIGITS[d as usize]),
        (t, d) => format!("{}十{}", DIGITS[t as usize], DIGITS[d as usize]),
    }
}

/// Words that qualify a figure, before or after its number, with the qualifier they mean.
fn qualifier_words() -> impl Strategy<Value = (&'static str, &'static str, Qualifier)> {
    prop::sample::select(vec![
        ("", "", Qualifier::Exact),
        ("", "余", Qualifier::AtLeast),
        ("", "多", Qualifier::AtLeast),
        ("", "以上", Qualifier::AtLeast),
        ("超过", "", Qualifier::AtLeast),
        ("", "以下", Qualifier::AtMost),
        ("不到", "", Qualifier::AtMost),
        ("不足", "", Qualifier::AtMost),
        ("约", "", Qualifier::About),
        ("", "左右", Qualifier::About),
        ("近", "", Qualifier::About),
    ])
}

/// A printed amount — "降", a decimal, "万" or "亿", a qualifier, a unit — with the value and
/// qualifier it states.
fn printed_amount() -> impl Strategy<Value = (String, f64, Qualifier)> {
    let unit = prop::sample::select(vec!["条", "件", "场次", "%", "项", "部", "个", "人次", ""]);
    let scale = prop::sample::select(vec![("", 1.0), ("万", 1e4), ("亿", 1e8)]);
    let fall = prop::sample::select(vec![("", 1.0), ("降", -1.0), ("减少", -1.0)]);
    (0u32..1_000_000, 0usize..3, scale, qualifier_words(), unit, fall).prop_map(
        |(hundredths, decimals, (scale, factor), (before, after, qualifier), unit, (fall, sign))| {
            let number = match decimals {
                0 => (hundredths / 100).to_string(),
                1 => format!("{}.{}", hundredths / 100, hundredths % 100 / 10),
                _ => format!("{}.{:02}", hundredths / 100, hundredths % 100),
            };
            let value: f64 = number.parse().expect("a decimal");
            (format!("{before}{fall}{number}{scale}{after}{unit}"), sign * value * factor, qualifier)
        },
    )
}

/// A printed place in a ranking, maybe with its streak: the rank is the value, in digits or
/// in Chinese numerals (never mixed: digits win over numerals when both appear).
fn printed_rank() -> impl Strategy<Value = (String, f64, Qualifier)> {
    (1u32..100, prop::option::of(2u32..100), any::<bool>()).prop_map(|(rank, streak, in_digits)| {
        let number = |n: u32| if in_digits { n.to_string() } else { chinese(n) };
        let streak = streak.map_or(String::new(), |years| format!("连续{}年", number(years)));
        (format!("{streak}排名全省第{}", number(rank)), f64::from(rank), Qualifier::Exact)
    })
}

/// Text made of the pieces the reader looks for, in any order: digits, points, numerals,
/// scales, qualifier words, and other text.
fn figure_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9.]{1,400}",
        "[一二两三四五六七八九十]{1,4}",
        prop::sample::select(vec!["万", "亿", "降", "减少", "余", "以上", "不到", "约", "第", "连续", "%", "年"])
            .prop_map(str::to_owned),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_printed_amount_reads_back((text, value, qualifier) in printed_amount()) {
        let read = read(&text);
        prop_assert!(read.is_some_and(|(v, q)| close(v, value) && q == qualifier), "{text}: {read:?}");
    }

    #[test]
    fn a_printed_rank_reads_back((text, value, qualifier) in printed_rank()) {
        prop_assert_eq!(read(&text), Some((value, qualifier)), "{}", text);
    }

    #[test]
    fn any_text_reads_as_a_number_or_none(text in prop_oneof![any::<String>(), figure_like()]) {
        if let Some((value, _)) = read(&text) {
            prop_assert!(!value.is_nan(), "{text:?}");
        }
    }
}
