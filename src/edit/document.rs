//! An open design with its file, the scenario on screen and its revision counters.

use std::path::{Path, PathBuf};

use super::command::{Command, applied};
use super::history::{History, Step};
use crate::io::{LoadError, load_file, save_design};
use crate::model::Design;

/// The design being worked on. `revision` changes whenever the design does, so views can
/// cache what they derive from it; `saved_revision` is the revision last written to disk.
#[derive(Debug, Clone)]
pub struct Document {
    design: Design,
    path: Option<PathBuf>,
    scenario: usize,
    revision: u64,
    saved_revision: u64,
    next_revision: u64,
    history: History,
}

impl Document {
    /// A document for a design that is not yet in any file (the sample, or File ▸ New).
    pub fn unsaved(design: Design) -> Self {
        Self {
            design,
            path: None,
            scenario: 0,
            revision: 1,
            saved_revision: 1,
            next_revision: 2,
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

    /// Opens a file; on failure nothing is created and the error names the file.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
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
        let label = command_label(&self.design, &command);
        let (next, message) = applied(&self.design, &command)?;
        let before = std::mem::replace(&mut self.design, next);
        self.history.record(Step {
            design: before,
            revision: self.revision,
            label,
        });
        self.revision = self.next_revision;
        self.next_revision += 1;
        Ok(message)
    }

    /// Undoes the last edit; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let current = Step {
            design: self.design.clone(),
            revision: self.revision,
            label: String::new(),
        };
        let step = self.history.undo(current)?;
        self.design = step.design;
        self.revision = step.revision;
        self.clamp_scenario();
        Some(step.label)
    }

    /// Redoes the last undone edit; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let current = Step {
            design: self.design.clone(),
            revision: self.revision,
            label: String::new(),
        };
        let step = self.history.redo(current)?;
        self.design = step.design;
        self.revision = step.revision;
        self.clamp_scenario();
        Some(step.label)
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

/// How the Edit menu names an edit: "Undo move of Ana Silva".
fn command_label(d: &Design, command: &Command) -> String {
    let person = |id: &str| d.person_name(id).to_owned();
    let unit = |id: &str| d.unit(id).map_or(id.to_owned(), |u| u.name.clone());
    match command {
        Command::MovePerson { person: p, .. } => format!("move of {}", person(p)),
        Command::Unplace { person: p, .. } => format!("unplacing {}", person(p)),
        Command::SetPersonName { person: p, .. } => format!("rename of {}", person(p)),
        Command::SetPersonTitle { person: p, .. } => format!("title of {}", person(p)),
        Command::SetPersonNotes { person: p, .. } => format!("notes on {}", person(p)),
        Command::SetFlightRisk { person: p, .. } => format!("flight risk of {}", person(p)),
        Command::SetAnnualCost { person: p, .. } => format!("cost of {}", person(p)),
        Command::SetSkillLevel { person: p, .. } => format!("skills of {}", person(p)),
        Command::SetStyleScore { person: p, .. } => format!("work style of {}", person(p)),
        Command::AddPerson { name, .. } => {
            format!("adding {}", if name.is_empty() { "a person" } else { name })
        }
        Command::RemovePerson { person: p } => format!("removal of {}", person(p)),
        Command::AddTeam { name, .. } => format!("adding team {name}"),
        Command::RenameUnit { unit: u, .. } => format!("rename of {}", unit(u)),
        Command::SetUnitMode { unit: u, .. } => format!("mode of {}", unit(u)),
        Command::SetUnitLeader { unit: u, .. } => format!("leader of {}", unit(u)),
        Command::RemoveTeam { unit: u } => format!("removal of {}", unit(u)),
        Command::SetRequiredSkill { unit: u, .. } => format!("required skills of {}", unit(u)),
        Command::SetStyleRange { unit: u, .. } => format!("work-style profile of {}", unit(u)),
        Command::SetDesignTitle { .. } => "design title".into(),
        Command::SetSettings(_) => "analysis thresholds".into(),
        Command::PinCard { person: p, .. } => format!("pin of {}", person(p)),
    }
}
