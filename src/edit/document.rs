//! An open design with its file, the scenario on screen and its revision counters.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::command::{Command, applied, loadable};
use super::history::History;
use crate::io::{LoadError, load_file, save_design, sweep_beside};
use crate::model::Design;

/// Revisions are drawn from one counter for the whole process, so a revision number names
/// one state of one document: a view that caches what it derived from revision 7 can never
/// mistake another document (after New, Open or a recovery) for the one it saw.
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

fn fresh_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, Ordering::Relaxed)
}

/// The design being worked on. `revision` changes whenever the design does and is unique
/// across every document of the process, so views can cache what they derive from it;
/// `saved_revision` is the revision last written to disk (0: never, as no revision is 0).
#[derive(Debug, Clone)]
pub struct Document {
    design: Design,
    path: Option<PathBuf>,
    scenario: usize,
    revision: u64,
    saved_revision: u64,
    history: History,
}

impl Document {
    /// A document for a design that is not yet in any file (the sample, or File ▸ New).
    pub fn unsaved(design: Design) -> Self {
        let revision = fresh_revision();
        Self {
            design,
            path: None,
            scenario: 0,
            revision,
            saved_revision: revision,
            history: History::default(),
        }
    }

    /// Work restored from a recovery file: it belongs to `path` (if it was ever saved) but is
    /// not saved there, so it counts as unsaved.
    pub fn recovered(design: Design, path: Option<PathBuf>) -> Self {
        let mut doc = Self::unsaved(design);
        doc.path = path;
        doc.saved_revision = 0;
        doc
    }

    /// A design just imported from an HR export: it is in no file yet and counts as unsaved,
    /// so the choices made while importing are autosaved and never dropped without asking.
    pub fn imported(design: Design) -> Self {
        Self::recovered(design, None)
    }

    /// Opens a file; on failure nothing is created and the error names the file.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        // Temporaries left beside it by a crashed save hold HR data: clear them away.
        sweep_beside(path);
        let design = load_file(path)?;
        let mut doc = Self::unsaved(design);
        doc.path = Some(path.to_path_buf());
        Ok(doc)
    }

    pub fn design(&self) -> &Design {
        &self.design
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Index of the scenario on screen, always valid for the design.
    pub fn scenario_index(&self) -> usize {
        self.scenario
            .min(self.design.scenarios.len().saturating_sub(1))
    }

    /// Shows another scenario; out-of-range indices are ignored.
    pub fn set_scenario(&mut self, index: usize) {
        if index < self.design.scenarios.len() {
            self.scenario = index;
        }
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// True when the design differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Applies one edit as one undo step. On refusal nothing changes and the reason is
    /// returned for the user.
    pub fn apply(&mut self, command: Command) -> Result<String, String> {
        let (next, message) = applied(&self.design, &command)?;
        self.keep(&command, next);
        Ok(message)
    }

    /// Makes `next` (what `command` left) the design, as one undo step. An edit that changes
    /// nothing (a name set to what it was) leaves no undo step and does not make the design
    /// unsaved; `false` says so.
    fn keep(&mut self, command: &Command, next: Design) -> bool {
        let label = command.label(&self.design);
        let kept = self
            .history
            .record(&self.design, &next, self.revision, label);
        if kept {
            self.design = next;
            self.revision = fresh_revision();
        }
        kept
    }

    /// Applies `command` as [`Document::apply`] does, taking the design it leaves from a
    /// dry run made at revision `base` (a drop's preview), so the edit is not worked out
    /// twice; that design is still checked before it is kept. If the document has changed
    /// since `base`, the command is applied afresh. Returns what happened and whether the
    /// prepared design was the one kept.
    pub fn apply_prepared(
        &mut self,
        command: Command,
        base: u64,
        next: Design,
        message: String,
    ) -> Result<(String, bool), String> {
        if base != self.revision {
            return self.apply(command).map(|m| (m, false));
        }
        loadable(&next)?;
        Ok((message, self.keep(&command, next)))
    }

    /// Undoes the last edit; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let (revision, label) = self.history.undo(&mut self.design, self.revision)?;
        self.revision = revision;
        self.clamp_scenario();
        Some(label)
    }

    /// Redoes the last undone edit; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let (revision, label) = self.history.redo(&mut self.design, self.revision)?;
        self.revision = revision;
        self.clamp_scenario();
        Some(label)
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Number of steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.history.undo_len()
    }

    /// Estimated memory held by the undo history.
    pub fn undo_bytes(&self) -> usize {
        self.history.undo_bytes()
    }

    fn clamp_scenario(&mut self) {
        self.scenario = self.scenario_index();
    }

    /// The file name for titles and messages ("Untitled" when not saved yet).
    pub fn file_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Writes the design atomically to `path` (keeping the previous file as `.bak`) and makes
    /// it the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), String> {
        save_design(path, &self.design)?;
        self.path = Some(path.to_path_buf());
        self.saved_revision = self.revision;
        Ok(())
    }
}
