//! Any bytes, as a design file: load → validate → analyse → lay out must never panic, hang
//! or exhaust memory; a crash can hide past the parser.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orgsplit::analysis::analyse;
use orgsplit::io::parse_design;
use orgsplit::layout::build_org_chart;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(design) = parse_design(text) {
        for i in 0..design.scenarios.len() {
            let _ = analyse(&design, i);
            let _ = build_org_chart(&design, i);
        }
    }
});
