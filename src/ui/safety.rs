//! Never losing work: the unsaved-changes question, autosave to a recovery file, offering
//! recovered work on start, and the lock that warns when a file is open twice.
//!
//! [`Safety`] is the whole flow as a small state machine: the app tells it what the user
//! asked for or answered, and it says what must happen next ([`Next`]); it draws its own
//! questions. The app only carries out the steps (save, open, restore).

use std::path::PathBuf;

use super::actions::Action;
use super::questions;
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
    /// Replace the open design with an imported one; the text is for the status line.
    Adopt(Box<crate::model::Design>, String),
    Close,
}

impl Continuation {
    /// Completes "Save changes to … before …?".
    pub fn verb(&self) -> &'static str {
        match self {
            Continuation::New => "starting a new design",
            Continuation::Open | Continuation::OpenPath(_) => "opening another design",
            Continuation::Adopt(..) => "importing",
            Continuation::Close => "closing",
        }
    }
}

/// What the app must do after the flow has decided.
#[derive(Debug)]
pub enum Next {
    Nothing,
    /// Carry out the continuation now.
    Proceed(Continuation),
    /// Save to the document's own file, then carry out the continuation if that worked.
    SaveThen(Continuation),
    /// Ask for a file name; the continuation follows a successful save (see
    /// [`Safety::saved`]).
    SaveAs,
    /// Show this recovered work, then hand it back to [`Safety::adopt`].
    Restore(Box<Orphan>),
    /// Tell the user.
    Status(String),
}

/// The work-keeping state of one window.
#[derive(Default)]
pub struct Safety {
    recovery: Option<RecoveryStore>,
    /// Revision last written to the recovery file.
    autosaved_revision: Option<u64>,
    /// When the current run of unsaved edits began (UI clock, seconds).
    unsaved_since: Option<f64>,
    lock: Option<FileLock>,
    /// The question being asked, and what follows it.
    guard: Option<Continuation>,
    /// What follows a Save As started from the question.
    after_save: Option<Continuation>,
    /// The user agreed to close; the next close request goes through.
    close_confirmed: bool,
    /// Recovered work offered on start.
    orphans: Vec<Orphan>,
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

    /// The same, keeping the lock already held (the app is built before its data folder is
    /// known).
    pub fn with_recovery_keeping_lock(self, dir: PathBuf) -> Self {
        Self {
            lock: self.lock,
            ..Self::with_recovery(dir)
        }
    }

    /// The folder recovery files are kept in, when autosave has one.
    pub fn recovery_dir(&self) -> Option<&std::path::Path> {
        self.recovery.as_ref().map(RecoveryStore::dir)
    }

    /// Whether recovered work is waiting to be offered.
    pub fn offers_recovery(&self) -> bool {
        !self.orphans.is_empty()
    }

    /// Whether "Save changes before …?" is being asked.
    pub fn asks_to_save(&self) -> bool {
        self.guard.is_some()
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

    /// Seconds until [`Self::tick`] will want to autosave, when an autosave is pending; the
    /// window asks to be woken then, since a resting window draws no frames of its own.
    pub fn autosave_due_in(&self, now: f64, doc: &Document) -> Option<f64> {
        if !doc.is_dirty() || self.recovery.is_none() {
            return None;
        }
        if self.autosaved_revision == Some(doc.revision()) {
            return None;
        }
        let since = self.unsaved_since.unwrap_or(now);
        Some((since + AUTOSAVE_AFTER_SECS - now).max(0.0))
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

    /// A Save As that was waiting on the question was cancelled: so is what followed it.
    pub fn forget_after_save(&mut self) {
        self.after_save = None;
    }

    /// The window's close button. Returns true when the close must be held back to ask
    /// about unsaved changes first.
    pub fn hold_close(&mut self, dirty: bool) -> bool {
        if dirty && !self.close_confirmed {
            self.guard = Some(Continuation::Close);
            true
        } else {
            self.discard_recovery();
            false
        }
    }

    /// The user agreed to close: the close request that follows goes through.
    pub fn confirm_close(&mut self) {
        self.close_confirmed = true;
    }

    /// `next` may go ahead now (returned), or waits for the unsaved-changes question.
    pub fn guard(&mut self, dirty: bool, next: Continuation) -> Option<Continuation> {
        if dirty {
            self.guard = Some(next);
            None
        } else {
            Some(next)
        }
    }

    /// An answer to the save question or the recovery offer; `has_file` says whether the
    /// document already has a file to save to.
    pub fn answer(&mut self, answer: &Action, has_file: bool) -> Next {
        match answer {
            Action::GuardSave => match self.guard.take() {
                Some(next) if has_file => Next::SaveThen(next),
                Some(next) => {
                    self.after_save = Some(next);
                    Next::SaveAs
                }
                None => Next::Nothing,
            },
            Action::GuardDiscard => match self.guard.take() {
                Some(next) => {
                    self.discard_recovery();
                    Next::Proceed(next)
                }
                None => Next::Nothing,
            },
            Action::GuardCancel => {
                self.guard = None;
                Next::Nothing
            }
            Action::RestoreRecovery if !self.orphans.is_empty() => {
                Next::Restore(Box::new(self.orphans.remove(0)))
            }
            Action::DiscardRecovery if !self.orphans.is_empty() => {
                let orphan = self.orphans.remove(0);
                Next::Status(match RecoveryStore::remove(&orphan.file) {
                    Ok(()) => "Discarded the recovered work.".into(),
                    Err(e) => format!("Could not remove {}: {e}", orphan.file.display()),
                })
            }
            Action::LaterRecovery => {
                // Left on disk: offered again on the next start.
                self.orphans.clear();
                Next::Nothing
            }
            _ => Next::Nothing,
        }
    }

    /// After a save: what was waiting for it, if the document is now clean.
    pub fn saved(&mut self, clean: bool) -> Option<Continuation> {
        if clean { self.after_save.take() } else { None }
    }

    /// Restored work now open in `doc`: it goes into this session's own recovery file before
    /// the crashed session's file (`from`) is removed, so it is never without a copy.
    pub fn adopt(&mut self, from: &std::path::Path, doc: &Document) {
        if let Some(store) = &self.recovery
            && store.write(doc.design(), doc.path()).is_ok()
        {
            let _ = RecoveryStore::remove(from);
        }
    }

    /// Draws the save question or the recovery offer, whichever is pending.
    pub fn questions_ui(&self, ctx: &egui::Context, doc: &Document, actions: &mut Vec<Action>) {
        if let Some(next) = &self.guard {
            let question = format!(
                "Save changes to \u{201c}{}\u{201d} ({}) before {}?",
                doc.design().title,
                doc.file_name(),
                next.verb()
            );
            questions::save_question_ui(ctx, &question, actions);
        } else if let Some(orphan) = self.orphans.first() {
            questions::recovery_ui(ctx, orphan, actions);
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
