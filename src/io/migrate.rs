//! Reading older formats: one pure function per version step, so files written by any earlier
//! Orgsplit open in later ones.
//!
//! Version 1 is the first format, so today [`read_version`] reads it directly and there is no
//! step yet. When the format changes: bump [`FORMAT_VERSION`], move the old structs into a
//! `v1` module here, add `fn v1_to_v2(v1::Design) -> Design` (pure, unit-tested), route
//! version 1 through it below, and keep a fixture of every old version under `tests/fixtures/`
//! that is never edited. Typed structs are used rather than `ron::Value`, which loses enum
//! variant names.

use super::error::LoadErrorKind;
use super::explain::explain;
use super::format::from_ron;
use crate::model::{Design, FORMAT_VERSION};

/// Reads `text`, declared as format `version`, as a current design.
pub fn read_version(version: u32, text: &str) -> Result<Design, LoadErrorKind> {
    match version {
        0 => Err(LoadErrorKind::NoVersion),
        1 => from_ron::<Design>(text).map_err(|e| explain(text, &e)),
        v if v > FORMAT_VERSION => Err(LoadErrorKind::NewerVersion(v)),
        v => Err(LoadErrorKind::Syntax {
            line: 1,
            column: 1,
            message: format!("format {v} is not known to this Orgsplit"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::SAMPLE_RON;

    #[test]
    fn version_1_reads_directly() {
        let d = read_version(1, SAMPLE_RON).expect("reads");
        assert!(d.people.len() >= 60);
    }

    #[test]
    fn missing_and_future_versions_are_refused_with_their_reason() {
        assert_eq!(read_version(0, SAMPLE_RON), Err(LoadErrorKind::NoVersion));
        assert_eq!(
            read_version(9, SAMPLE_RON),
            Err(LoadErrorKind::NewerVersion(9))
        );
    }
}
