//! Why a design could not be loaded, in words a user can act on.
//!
//! Shared by [`load`](super::load) and [`migrate`](super::migrate), so neither imports the
//! other.

use std::fmt;
use std::path::PathBuf;

use super::validate::Problem;
use crate::model::FORMAT_VERSION;

/// Why a design could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadErrorKind {
    /// The file could not be read at all (missing, a folder, no permission, too large).
    Unreadable(String),
    /// The bytes are not UTF-8 text.
    NotText,
    /// The file holds nothing but blank space (or nothing at all).
    Empty,
    /// The text is something else than a design (JSON, XML, a table); says what it looks like.
    NotADesign(String),
    /// The text is not valid RON for a design; line and column are 1-based and the message
    /// is in Orgsplit's terms.
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
        // Nothing a design could be read from: missing, a folder, binary, empty. A file that
        // reads as a design with mistakes in it is not this.
        matches!(
            self.kind,
            LoadErrorKind::Unreadable(_) | LoadErrorKind::NotText | LoadErrorKind::Empty
        )
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

/// The reason alone, without the file name.
pub fn describe(kind: &LoadErrorKind) -> String {
    match kind {
        LoadErrorKind::Unreadable(why) => format!("cannot be read: {why}"),
        LoadErrorKind::NotText => {
            "is not a text file (it is not valid UTF-8); is it really an Orgsplit design?".into()
        }
        LoadErrorKind::Empty => "the file is empty".into(),
        LoadErrorKind::NotADesign(what) => what.clone(),
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

impl LoadError {
    /// Why, without the file name: for a sentence that names the file itself.
    pub fn reason(&self) -> String {
        match &self.kind {
            LoadErrorKind::Invalid(problems) => {
                let mut text = format!(
                    "it has {} problem{}: ",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                );
                let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
                text.push_str(&shown.join("; "));
                if problems.len() > 5 {
                    text.push_str(&format!("; and {} more", problems.len() - 5));
                }
                text
            }
            other => describe(other),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason())
    }
}

impl std::error::Error for LoadError {}
