//! Undo and redo by snapshots: each step keeps the design as it was before, with the
//! revision it had, so undoing back to the saved state also clears the unsaved marker.

use crate::model::Design;

/// Rough memory budget for snapshots; past it, the oldest steps go. Designs of up to about
/// 1,500 people keep at least 1,000 steps; larger ones keep fewer.
const BUDGET_BYTES: usize = 512 * 1024 * 1024;

/// A state the design can go back (or forward) to.
#[derive(Debug, Clone)]
pub struct Step {
    pub design: Design,
    pub revision: u64,
    /// What the step did, e.g. "move of Ana Silva".
    pub label: String,
}

/// The undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// Very rough size of a design in memory, to bound the history.
fn approx_bytes(d: &Design) -> usize {
    let placements: usize = d.scenarios.iter().map(|s| s.placements.len()).sum();
    2_048 + d.people.len() * 320 + placements * 96 + d.units.len() * 400
}

impl History {
    /// Records the state before an edit; clears redo.
    pub fn record(&mut self, before: Step) {
        self.redo.clear();
        self.undo.push(before);
        let per_step = self
            .undo
            .last()
            .map_or(1, |s| approx_bytes(&s.design))
            .max(1);
        let keep = (BUDGET_BYTES / per_step).max(1);
        if self.undo.len() > keep {
            let excess = self.undo.len() - keep;
            self.undo.drain(..excess);
        }
    }

    /// Takes the last step to undo, pushing `current` onto the redo stack.
    pub fn undo(&mut self, current: Step) -> Option<Step> {
        let step = self.undo.pop()?;
        self.redo.push(Step {
            label: step.label.clone(),
            ..current
        });
        Some(step)
    }

    /// Takes the last undone step back, pushing `current` onto the undo stack.
    pub fn redo(&mut self, current: Step) -> Option<Step> {
        let step = self.redo.pop()?;
        self.undo.push(Step {
            label: step.label.clone(),
            ..current
        });
        Some(step)
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
}
