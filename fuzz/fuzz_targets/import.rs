//! Any bytes as an HR export: decoding, delimiter sniffing, header guessing and building a
//! design must never panic, and every data row must end up a person, an open role or in the
//! report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orgsplit::import::{build, guess_mapping, read};
use orgsplit::io::validate;

fuzz_target!(|data: &[u8]| {
    let Ok((table, encoding)) = read(data) else {
        return;
    };
    if let Ok(imported) = build(&table, &guess_mapping(&table), "fuzz.csv", encoding) {
        let r = &imported.report;
        assert_eq!(
            r.people + r.open_roles + r.skipped.len(),
            r.rows,
            "a row went missing"
        );
        assert_eq!(
            validate(&imported.design),
            Vec::new(),
            "an import made an invalid design"
        );
    }
});
