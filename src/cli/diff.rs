//! `orgsplit diff` (what differs between two designs, as `diff` does: exit 0 when they are
//! the same, 1 when they differ) and `orgsplit describe` (a design as plain text, for a
//! version-control diff driver).

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, load_or_report, print_json};
use crate::versions::{describe as described, diff as differences};

/// Prints what differs from the design at `a` to the one at `b`: exit 0 when nothing does,
/// 1 when something does, 2 when a file cannot be read.
pub fn diff(a: &Path, b: &Path, json: bool, out: &mut dyn Write) -> i32 {
    let first = match load_or_report(a, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let second = match load_or_report(b, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let d = differences(&first, &second);
    if json {
        print_json(out, a, &d);
    } else {
        let _ = write!(out, "{}", d.text());
    }
    if d.is_empty() { EXIT_OK } else { EXIT_PROBLEMS }
}

/// Prints the design at `path` as plain text: exit 0, or 2 when it cannot be read.
pub fn describe(path: &Path, out: &mut dyn Write) -> i32 {
    match load_or_report(path, out) {
        Ok(design) => {
            let _ = write!(out, "{}", described(&design));
            EXIT_OK
        }
        Err(code) => code,
    }
}
