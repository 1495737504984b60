//! Turning a file into a validated design, or into a sentence a user can act on.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::format::from_ron;
use super::migrate::read_version;
use super::validate::{Problem, validate};
use crate::model::{Design, FORMAT_VERSION};

/// Files larger than this are refused before they are read: no real design comes close.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a design could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadErrorKind {
    /// The file could not be read at all (missing, a folder, no permission, too large).
    Unreadable(String),
    /// The bytes are not UTF-8 text.
    NotText,
    /// The text is not valid RON for a design; line and column are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The file has no `format_version` field.
    NoVersion,
    /// The file was written by a newer Orgsplit.
    NewerVersion(u32),
    /// The file parsed but its content contradicts itself.
    Invalid(Vec<Problem>),
}

/// A refused file: which file, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub path: PathBuf,
    pub kind: LoadErrorKind,
}

impl LoadError {
    /// True when the file could not even be read (exit code 2 for `orgsplit check`).
    pub fn is_unreadable(&self) -> bool {
        matches!(self.kind, LoadErrorKind::Unreadable(_))
    }

    /// One line per problem, each naming the file, ready for a terminal or a message box.
    pub fn lines(&self) -> Vec<String> {
        let file = self.path.display();
        match &self.kind {
            LoadErrorKind::Invalid(problems) => {
                problems.iter().map(|p| format!("{file}: {p}")).collect()
            }
            other => vec![format!("{file}: {}", describe(other))],
        }
    }
}

fn describe(kind: &LoadErrorKind) -> String {
    match kind {
        LoadErrorKind::Unreadable(why) => format!("cannot be read: {why}"),
        LoadErrorKind::NotText => {
            "is not a text file (it is not valid UTF-8); is it really an Orgsplit design?".into()
        }
        LoadErrorKind::Syntax {
            line,
            column,
            message,
        } => format!("line {line}, column {column}: {message}"),
        LoadErrorKind::NoVersion => {
            "has no format_version; it does not look like an Orgsplit design".into()
        }
        LoadErrorKind::NewerVersion(found) => format!(
            "this file was written by a newer Orgsplit (format {found}); this version reads up to {FORMAT_VERSION}"
        ),
        LoadErrorKind::Invalid(problems) => format!("{} problem(s) in the design", problems.len()),
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            LoadErrorKind::Invalid(problems) => {
                write!(
                    f,
                    "{} has {} problem(s): ",
                    self.path.display(),
                    problems.len()
                )?;
                for (i, p) in problems.iter().take(5).enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{p}")?;
                }
                if problems.len() > 5 {
                    write!(f, "; and {} more", problems.len() - 5)?;
                }
                Ok(())
            }
            other => write!(f, "{} {}", self.path.display(), describe(other)),
        }
    }
}

impl std::error::Error for LoadError {}

/// Only the version, read first so a newer file is refused with the right message.
#[derive(Deserialize)]
struct VersionProbe {
    /// 0 when the field is missing.
    #[serde(default)]
    format_version: u32,
}

/// A RON parse error as a load error with its 1-based line and column.
pub(super) fn syntax(e: ron::error::SpannedError) -> LoadErrorKind {
    LoadErrorKind::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// Parses and validates design text. Errors carry no path; [`load_file`] adds it.
pub fn parse_design(text: &str) -> Result<Design, LoadErrorKind> {
    // Current-format files are read in one pass; only when that fails (or the version is not
    // ours) is the version read on its own, so a newer or older file gets the right message.
    let design = match from_ron::<Design>(text) {
        Ok(design) if design.format_version == FORMAT_VERSION => design,
        first => {
            let probe: VersionProbe = match from_ron(text) {
                Ok(probe) => probe,
                Err(e) => return Err(syntax(first.err().unwrap_or(e))),
            };
            match (probe.format_version, first) {
                (FORMAT_VERSION, Err(e)) => return Err(syntax(e)),
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

/// Reads, parses and validates a design file. Files over [`MAX_FILE_BYTES`] are refused
/// without reading them whole.
pub fn load_file(path: &Path) -> Result<Design, LoadError> {
    let fail = |kind| LoadError {
        path: path.to_path_buf(),
        kind,
    };
    let bytes = read_limited(path).map_err(|why| fail(LoadErrorKind::Unreadable(why)))?;
    let text = String::from_utf8(bytes).map_err(|_| fail(LoadErrorKind::NotText))?;
    parse_design(&text).map_err(fail)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("it is a folder, not a file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::new();
    // Read one byte past the limit so a file that grows while we read is still refused.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(len: u64) -> String {
    format!(
        "it is {} MiB; designs are limited to {} MiB",
        len / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
