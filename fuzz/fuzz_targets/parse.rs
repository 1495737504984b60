//! Any bytes, as a design file, through the parser and validation only: the fastest target,
//! for the text layer (syntax, the version probe, error explanations).
#![no_main]

use libfuzzer_sys::fuzz_target;
use orgsplit::io::{describe_error, parse_design};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(kind) = parse_design(text) {
        // Explaining an error must never panic either (it slices the text by line and column).
        let _ = describe_error(&kind);
    }
});
