//! Turning a file into a validated design, or into a sentence a user can act on.

use std::path::Path;

use serde::Deserialize;

use super::error::{LoadError, LoadErrorKind};
use super::explain::{at_field, explain, not_a_design};
use super::format::from_ron;
use super::migrate::read_version;
use super::read::read_file;
use super::validate::validate;
use crate::model::{Design, FORMAT_VERSION};

/// Only the version, read first so a newer (or broken) version gets the right message.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default = "no_version")]
    format_version: ron::Value,
}

fn no_version() -> ron::Value {
    ron::Value::Unit
}

/// The declared format version, or why it is not one.
fn declared_version(probe: VersionProbe, text: &str) -> Result<u32, LoadErrorKind> {
    let found = match probe.format_version {
        ron::Value::Unit => return Err(LoadErrorKind::NoVersion),
        ron::Value::Number(n) => {
            let v = n.into_f64();
            if v.fract() == 0.0 && v >= 1.0 && v <= f64::from(u32::MAX) {
                return Ok(v as u32);
            }
            if v.fract() == 0.0 {
                format!("{}", v as i64)
            } else {
                v.to_string()
            }
        }
        ron::Value::String(s) => format!("\"{s}\""),
        _ => "something else".into(),
    };
    Err(at_field(
        text,
        "format_version",
        format!("format_version must be a whole number from 1, found {found}"),
    ))
}

/// Parses and validates design text. Errors carry no path; [`load_file`] adds it.
pub fn parse_design(text: &str) -> Result<Design, LoadErrorKind> {
    // Editors on Windows may put a byte-order mark in front; it is not part of the design.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(kind) = not_a_design(text) {
        return Err(kind);
    }
    // Current-format files are read in one pass; only when that fails (or the version is not
    // ours) is the version read on its own, so a newer or older file gets the right message.
    let design = match from_ron::<Design>(text) {
        Ok(design) if design.format_version == FORMAT_VERSION => design,
        first => {
            let version = match from_ron::<VersionProbe>(text) {
                Ok(probe) => declared_version(probe, text)?,
                Err(e) => return Err(explain(text, &first.err().unwrap_or(e))),
            };
            match (version, first) {
                (FORMAT_VERSION, Err(e)) => return Err(explain(text, &e)),
                (version, _) => read_version(version, text)?,
            }
        }
    };
    let problems = validate(&design);
    if problems.is_empty() {
        Ok(design)
    } else {
        Err(LoadErrorKind::Invalid(problems))
    }
}

/// Reads, parses and validates a design file. Files over
/// [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES) are refused without reading them whole.
pub fn load_file(path: &Path) -> Result<Design, LoadError> {
    let fail = |kind| LoadError {
        path: path.to_path_buf(),
        kind,
    };
    let bytes = read_file(path).map_err(|why| fail(LoadErrorKind::Unreadable(why)))?;
    let text = String::from_utf8(bytes).map_err(|_| fail(LoadErrorKind::NotText))?;
    parse_design(&text).map_err(fail)
}
