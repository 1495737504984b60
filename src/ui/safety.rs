//! Never losing work: the unsaved-changes question, autosave to a recovery file, offering
//! recovered work on start, and the lock that warns when a file is open twice.
//!
//! [`Safety`] keeps the state; the `impl OrgsplitApp` block below is the whole flow (ask,
//! save, continue; restore, discard, postpone), so the rest of the app only calls
//! [`OrgsplitApp::guarded`] and draws nothing of it itself.

use std::path::PathBuf;

use egui::ViewportCommand;

use super::actions::Action;
use super::app::{Banner, OrgsplitApp};
use super::file_dialog::DialogPurpose;
use super::questions;
use crate::edit::Document;
use crate::io::{FileLock, Orphan, RecoveryStore, TEMPLATE_RON, builtin};

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
}

impl OrgsplitApp {
    /// The window's close button: asks first when there are unsaved changes.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.doc.is_dirty() && !self.safety.close_confirmed {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.safety.guard = Some(Continuation::Close);
        } else {
            self.safety.discard_recovery();
        }
    }

    /// Runs `next` now, or first asks to save unsaved changes.
    pub(super) fn guarded(&mut self, ctx: &egui::Context, next: Continuation) {
        if self.doc.is_dirty() {
            self.safety.guard = Some(next);
        } else {
            self.proceed(ctx, next);
        }
    }

    /// Carries out what was waiting on the unsaved-changes question.
    fn proceed(&mut self, ctx: &egui::Context, next: Continuation) {
        match next {
            Continuation::New => {
                self.replace_document(Document::unsaved(builtin(TEMPLATE_RON)));
                self.status = "New design from the dual-CIO template.".into();
            }
            Continuation::Open => self.start_dialog(DialogPurpose::Open),
            Continuation::OpenPath(path) => self.open_path(path),
            Continuation::Close => {
                self.safety.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Saves to `path` from Save As, then continues whatever the question was waiting for.
    pub(super) fn save_as_and_continue(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.save_to(path);
        if !self.doc.is_dirty()
            && let Some(next) = self.safety.after_save.take()
        {
            self.proceed(ctx, next);
        }
    }

    /// Carries out an answer to the save question or the recovery offer.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: &Action) {
        match answer {
            Action::GuardSave => {
                let Some(next) = self.safety.guard.take() else {
                    return;
                };
                match self.doc.path().map(PathBuf::from) {
                    Some(path) => {
                        self.save_to(path);
                        if !self.doc.is_dirty() {
                            self.proceed(ctx, next);
                        }
                    }
                    None => {
                        self.safety.after_save = Some(next);
                        self.start_dialog(DialogPurpose::SaveAs);
                    }
                }
            }
            Action::GuardDiscard => {
                if let Some(next) = self.safety.guard.take() {
                    self.safety.discard_recovery();
                    self.proceed(ctx, next);
                }
            }
            Action::GuardCancel => self.safety.guard = None,
            Action::RestoreRecovery => self.restore_recovery(),
            Action::DiscardRecovery if !self.safety.orphans.is_empty() => {
                let orphan = self.safety.orphans.remove(0);
                self.status = match RecoveryStore::remove(&orphan.file) {
                    Ok(()) => "Discarded the recovered work.".into(),
                    Err(e) => format!("Could not remove {}: {e}", orphan.file.display()),
                };
            }
            // Left on disk: offered again on the next start.
            Action::LaterRecovery => self.safety.orphans.clear(),
            _ => {}
        }
    }

    fn restore_recovery(&mut self) {
        if self.safety.orphans.is_empty() {
            return;
        }
        let orphan = self.safety.orphans.remove(0);
        self.replace_document(Document::recovered(
            orphan.recovery.design,
            orphan.recovery.original,
        ));
        // The restored work is written to this session's own recovery file before the
        // crashed session's file is removed.
        if let Some(store) = &self.safety.recovery
            && store.write(self.doc.design(), self.doc.path()).is_ok()
        {
            let _ = RecoveryStore::remove(&orphan.file);
        }
        self.status = "Restored unsaved work. Save it to keep it.".into();
    }

    /// Autosaves when due; a failure becomes a banner.
    pub(super) fn autosave(&mut self, now: f64) {
        if let Some(error) = self.safety.tick(now, &self.doc) {
            self.banner = Some(Banner::Error(format!(
                "{error}. Your work is still open here; save it to keep it."
            )));
        }
    }

    /// Draws the save question or the recovery offer, whichever is pending.
    pub(super) fn safety_questions_ui(&mut self, ctx: &egui::Context) {
        if let Some(next) = &self.safety.guard {
            let question = format!(
                "Save changes to \u{201c}{}\u{201d} ({}) before {}?",
                self.doc.design().title,
                self.doc.file_name(),
                next.verb()
            );
            questions::save_question_ui(ctx, &question, &mut self.actions);
        } else if let Some(orphan) = self.safety.orphans.first() {
            questions::recovery_ui(ctx, orphan, &mut self.actions);
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
