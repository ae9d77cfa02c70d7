//! Upload-format CSV text read both ways the server reads it: whole, for the upload preview
//! (`observation_changes`), and record by record, for `server import` (`EntryStream`). What
//! one accepts the other must accept, as the same changes.

#![no_main]

use data::entry::{EntryStream, observation_changes};
use fazhi_kanban_fuzz::context;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let ctx = context();
    let whole = observation_changes("upload", text, &ctx);
    let mut stream = EntryStream::new("upload", text.as_bytes(), &ctx);
    let streamed: Result<Vec<_>, _> = stream.by_ref().collect();
    let finished = stream.finish();
    if let Ok(changes) = whole {
        assert_eq!(streamed.ok().as_ref(), Some(&changes), "the import reads other changes than the preview");
        assert!(finished.is_ok(), "the import refuses what the preview accepts");
    }
});
