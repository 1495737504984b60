//! Undo and redo as patches ([`super::patch`]): each step keeps only what an edit changed,
//! with the revision the design had, so undoing back to the saved state also clears the
//! unsaved marker.

use super::patch::Patch;
use crate::model::Design;

/// Memory budget for the undo history; past it, the oldest steps go. A move at 10,000
/// people costs well under a kilobyte, so thousands of steps fit.
const BUDGET_BYTES: usize = 64 * 1024 * 1024;

/// A state the design can go back (or forward) to.
#[derive(Debug, Clone)]
struct Step {
    /// Turns the design as it is now into the state of this step.
    patch: Patch,
    revision: u64,
    /// What the step did, e.g. "move of Ana Silva".
    label: String,
}

/// The undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Estimated bytes held by `undo`.
    undo_bytes: usize,
}

impl History {
    /// Records an edit from `before` (at `revision`) to `after` and clears redo; an edit that
    /// changed nothing is not recorded, and `false` says so.
    pub fn record(
        &mut self,
        before: &Design,
        after: &Design,
        revision: u64,
        label: String,
    ) -> bool {
        let patch = Patch::between(after, before);
        if patch.is_empty() {
            return false;
        }
        self.redo.clear();
        self.undo_bytes += patch.bytes();
        self.undo.push(Step {
            patch,
            revision,
            label,
        });
        let mut drop = 0;
        while self.undo_bytes > BUDGET_BYTES && drop + 1 < self.undo.len() {
            self.undo_bytes -= self.undo[drop].patch.bytes();
            drop += 1;
        }
        self.undo.drain(..drop);
        true
    }

    /// Undoes the last step on `design` (now at `revision`); returns the revision it goes
    /// back to and the step's label.
    pub fn undo(&mut self, design: &mut Design, revision: u64) -> Option<(u64, String)> {
        let step = self.undo.pop()?;
        self.undo_bytes = self.undo_bytes.saturating_sub(step.patch.bytes());
        let patch = step.patch.apply(design);
        self.redo.push(Step {
            patch,
            revision,
            label: step.label.clone(),
        });
        Some((step.revision, step.label))
    }

    /// Redoes the last undone step on `design` (now at `revision`).
    pub fn redo(&mut self, design: &mut Design, revision: u64) -> Option<(u64, String)> {
        let step = self.redo.pop()?;
        let patch = step.patch.apply(design);
        self.undo_bytes += patch.bytes();
        self.undo.push(Step {
            patch,
            revision,
            label: step.label.clone(),
        });
        Some((step.revision, step.label))
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Estimated memory held by the undo steps.
    pub fn undo_bytes(&self) -> usize {
        self.undo_bytes
    }
}
