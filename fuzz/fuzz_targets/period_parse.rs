//! The period grammar: any text is a period or an error, and a period's written form reads
//! back as the same period.

#![no_main]

use data::Period;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(period) = text.parse::<Period>() {
        assert_eq!(period.to_string().parse::<Period>(), Ok(period), "{text:?}");
        let _ = (period.start_key(), period.end_key(), period.is_dated(), period.code());
    }
});
