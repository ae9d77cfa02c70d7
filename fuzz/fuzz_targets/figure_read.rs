//! Printed Chinese figures ("1.2万余条"): any text reads as a number and qualifier, or none.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((value, _)) = data::figure::read(text) {
        assert!(!value.is_nan(), "{text:?}");
    }
});
