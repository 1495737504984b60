//! Reading, validating and writing design files.
//!
//! Loading never panics and never touches the design already open: it returns either a fully
//! validated [`Design`](crate::model::Design) or a [`LoadError`] whose text names the file and
//! the problem, ready to show to a user.

mod atomic;
mod error;
mod explain;
mod format;
mod load;
mod lock;
pub mod migrate;
mod process;
mod read;
mod recovery;
mod validate;

pub use atomic::{
    TEMP_MARK, backup_path, save_design, sweep_beside, sweep_stale_temporaries, write_atomically,
    write_shared_atomically,
};
pub use error::{LoadError, LoadErrorKind, describe as describe_error};
pub use format::{from_ron, to_ron};
pub use load::{load_file, parse_design};
pub use lock::{FileLock, lock_path};
pub use process::process_alive;
pub use read::{MAX_FILE_BYTES, file_name, io_reason, read_file, read_file_with_progress};
pub use recovery::{Orphan, Recovery, RecoveryStore, age_in_words};
pub use validate::{Problem, validate};

/// The sample design shown on first start, compiled into the binary.
pub const SAMPLE_RON: &str = include_str!("../../assets/designs/sample.ron");
/// The blank dual-CIO template used by File ▸ New.
pub const TEMPLATE_RON: &str = include_str!("../../assets/designs/blank.ron");

/// Parses a built-in design. The built-ins are covered by tests, so a failure here is a
/// build defect; the fallback keeps the app running with an empty design instead of panicking.
pub fn builtin(text: &str) -> crate::model::Design {
    parse_design(text).unwrap_or_else(|_| empty_design())
}

/// A design with no people or units, used only when a built-in file is broken.
pub fn empty_design() -> crate::model::Design {
    use crate::model::{Design, FORMAT_VERSION, Scenario, Settings};
    Design {
        format_version: FORMAT_VERSION,
        title: "Untitled design".into(),
        notes: String::new(),
        skills: Vec::new(),
        work_styles: Vec::new(),
        people: Vec::new().into(),
        units: Vec::new(),
        sponsors: Vec::new(),
        scenarios: vec![Scenario {
            id: "s1".into(),
            name: "Option 1".into(),
            notes: String::new(),
            structure: Vec::new(),
            sponsors: Vec::new(),
            placements: Vec::new(),
            pinned: Vec::new(),
            risk_overrides: Vec::new(),
            trainings: Vec::new(),
        }],
        settings: Settings::default(),
        import: None,
    }
}

#[cfg(test)]
mod tests;
