//! Never losing work: the unsaved-changes question, autosave to a recovery file, offering
//! recovered work on start, and the lock that warns when a file is open twice.

use std::path::PathBuf;

use crate::edit::Document;
use crate::io::{FileLock, Orphan, RecoveryStore};

/// Seconds after an unsaved edit before it is written to the recovery file.
pub const AUTOSAVE_AFTER_SECS: f64 = 5.0;

/// What to do once the unsaved-changes question is answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Continuation {
    New,
    Open,
    OpenPath(PathBuf),
    Close,
}

impl Continuation {
    /// Completes "Save changes to … before …?".
    pub fn verb(&self) -> &'static str {
        match self {
            Continuation::New => "starting a new design",
            Continuation::Open | Continuation::OpenPath(_) => "opening another design",
            Continuation::Close => "closing",
        }
    }
}

/// The work-keeping state of one window.
#[derive(Default)]
pub struct Safety {
    pub recovery: Option<RecoveryStore>,
    /// Revision last written to the recovery file.
    autosaved_revision: Option<u64>,
    /// When the current run of unsaved edits began (UI clock, seconds).
    unsaved_since: Option<f64>,
    pub lock: Option<FileLock>,
    /// The question being asked, and what follows it.
    pub guard: Option<Continuation>,
    /// What follows a Save As started from the question.
    pub after_save: Option<Continuation>,
    /// The user agreed to close; the next close request goes through.
    pub close_confirmed: bool,
    /// Recovered work offered on start.
    pub orphans: Vec<Orphan>,
}

impl Safety {
    /// With recovery in `dir` (the user's data folder); finds work left by crashed sessions.
    pub fn with_recovery(dir: PathBuf) -> Self {
        let store = RecoveryStore::new(dir);
        let orphans = store.orphans();
        Self {
            recovery: Some(store),
            orphans,
            ..Self::default()
        }
    }

    /// Called every frame: writes the recovery file once an unsaved edit is
    /// [`AUTOSAVE_AFTER_SECS`] old. Returns an error to show, if writing failed.
    pub fn tick(&mut self, now: f64, doc: &Document) -> Option<String> {
        if !doc.is_dirty() {
            self.unsaved_since = None;
            return None;
        }
        if self.autosaved_revision == Some(doc.revision()) {
            return None;
        }
        let since = *self.unsaved_since.get_or_insert(now);
        if now - since < AUTOSAVE_AFTER_SECS {
            return None;
        }
        let store = self.recovery.as_ref()?;
        self.autosaved_revision = Some(doc.revision());
        self.unsaved_since = None;
        store.write(doc.design(), doc.path()).err()
    }

    /// After a clean save, a "Don't Save" or a close: the recovery file is no longer needed.
    pub fn discard_recovery(&mut self) {
        if let Some(store) = &self.recovery {
            store.clear();
        }
        self.autosaved_revision = None;
        self.unsaved_since = None;
    }

    /// Locks the document's file; returns a warning when another Orgsplit has it open.
    pub fn lock(&mut self, doc: &Document) -> Option<String> {
        self.lock = None;
        let path = doc.path()?;
        match FileLock::acquire(path) {
            Ok(lock) => {
                self.lock = lock;
                None
            }
            Err(pid) => Some(format!(
                "{} is also open in another Orgsplit window (process {pid}). Saving here may overwrite changes made there.",
                path.display()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Command;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn an_unsaved_edit_is_autosaved_after_the_delay_and_cleared_on_save() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut safety = Safety::with_recovery(dir.path().join("recovery"));
        let mut doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
        assert_eq!(safety.tick(0.0, &doc), None);
        let own = safety
            .recovery
            .as_ref()
            .expect("store")
            .own_file()
            .to_path_buf();
        assert!(!own.exists(), "nothing to recover while nothing changed");
        let who = doc.design().people[0].id.clone();
        doc.apply(Command::SetPersonTitle {
            person: who,
            title: "Changed".into(),
        })
        .expect("legal");
        assert_eq!(safety.tick(10.0, &doc), None);
        assert!(!own.exists(), "not before the delay");
        assert_eq!(safety.tick(10.0 + AUTOSAVE_AFTER_SECS, &doc), None);
        assert!(own.exists(), "written within the delay");
        let saved = dir.path().join("plan.ron");
        doc.save_to(&saved).expect("saves");
        safety.discard_recovery();
        assert!(!own.exists());
    }
}
