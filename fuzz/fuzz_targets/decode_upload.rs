//! An uploaded file as the preview reads it: decoded (UTF-8, GBK/GB18030 or XLSX), then every
//! row checked against the seed.

#![no_main]

use fazhi_kanban_fuzz::context;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = data::entry::decode(bytes) {
        let _ = data::entry::observation_changes("upload", &text, &context());
    }
});
