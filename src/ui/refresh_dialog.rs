//! File ▸ Update staff from HR export…: next month's export read and matched to the open
//! design on a worker thread, then a review of everything the update would do — leavers
//! and what their going breaks, joiners, movers and the options that keep their own
//! placement of them, changed values, rows not used — before one undoable edit.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::import_dialog::{list, reading_ui};
use super::job::{Job, JobHandle};
use super::widgets::capitalised;
use crate::edit::Command;
use crate::model::{Design, today};
use crate::versions::{RefreshReport, Refreshed, refresh};

/// What became of the dialog this frame.
pub enum RefreshOutcome {
    /// The user pressed Apply: this edit updates the design.
    Apply(Command),
    Cancelled,
    /// The export could not be read or matched; the sentence names it.
    Failed(String),
}

enum Stage {
    Working(Job<Result<Refreshed, String>>),
    Review(Box<Refreshed>),
}

/// The update of the open design from one export.
pub struct RefreshDialog {
    path: PathBuf,
    name: String,
    stage: Stage,
}

impl RefreshDialog {
    /// Starts reading `path` and matching it to a copy of `design`.
    pub fn start(path: PathBuf, design: Design) -> Self {
        let name = crate::io::file_name(&path);
        let (for_worker, file) = (path.clone(), name.clone());
        let job = Job::spawn(move |handle| work(&for_worker, &file, &design, handle));
        Self {
            path,
            name,
            stage: Stage::Working(job),
        }
    }

    /// Draws the dialog; call once per frame while it is open.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<RefreshOutcome> {
        if let Stage::Working(job) = &self.stage {
            match job.poll() {
                None => {
                    let cancelled = reading_ui(ctx, &self.name, job.progress());
                    return cancelled.then_some(RefreshOutcome::Cancelled);
                }
                Some(Ok(Ok(update))) => self.stage = Stage::Review(Box::new(update)),
                Some(Ok(Err(why))) => return Some(self.failed(&why)),
                Some(Err(())) => return Some(self.failed("reading it stopped unexpectedly")),
            }
        }
        let Stage::Review(update) = &self.stage else {
            return None;
        };
        review_ui(ctx, &self.name, update)
    }

    fn failed(&self, why: &str) -> RefreshOutcome {
        RefreshOutcome::Failed(format!(
            "Could not update the staff from {}: {why}. The design is unchanged.",
            self.path.display()
        ))
    }
}

fn work(path: &Path, file: &str, design: &Design, handle: &JobHandle) -> Result<Refreshed, String> {
    let bytes = crate::io::read_file_with_progress(path, &mut |read, size| {
        handle.report(0.5 * read as f32 / size.max(1) as f32);
        !handle.is_cancelled()
    })?;
    let (table, encoding) = crate::import::read(&bytes)?;
    handle.report(0.75);
    refresh(design, &table, file, encoding, &today())
}

fn review_ui(ctx: &egui::Context, name: &str, update: &Refreshed) -> Option<RefreshOutcome> {
    let r = &update.report;
    let mut outcome = None;
    let modal = egui::Modal::new(egui::Id::new("refresh-review")).show(ctx, |ui| {
        let screen = ctx.content_rect();
        ui.set_width((screen.width() - 120.0).clamp(420.0, 820.0));
        ui.heading(format!("Update staff from {name}"));
        ui.label(RichText::new(format!("{}.", capitalised(&r.summary()))).weak());
        ui.separator();
        // A fixed height, so the dialog (centred) does not move under the pointer when a
        // list is folded or unfolded.
        let height = (screen.height() - 220.0).clamp(200.0, 560.0);
        egui::ScrollArea::vertical()
            .max_height(height)
            .min_scrolled_height(height)
            .auto_shrink([false, false])
            .show(ui, |ui| report_ui(ui, r));
        ui.separator();
        ui.horizontal(|ui| {
            if r.is_empty() {
                ui.label("The export matches the design: there is nothing to update.");
                if ui.button("Close").clicked() {
                    outcome = Some(RefreshOutcome::Cancelled);
                }
                return;
            }
            if ui
                .button("Apply")
                .on_hover_text("Update the design as listed: one edit, Ctrl+Z takes it back")
                .clicked()
            {
                outcome = Some(RefreshOutcome::Apply(Command::Adopt {
                    design: Box::new(update.design.clone()),
                    what: format!("staff update from {name}"),
                    message: format!("Updated the staff from {name}: {}.", r.summary()),
                }));
            }
            if ui.button("Cancel").clicked() {
                outcome = Some(RefreshOutcome::Cancelled);
            }
        });
    });
    if outcome.is_none() && modal.should_close() {
        outcome = Some(RefreshOutcome::Cancelled);
    }
    outcome
}

fn report_ui(ui: &mut egui::Ui, r: &RefreshReport) {
    if r.matched_by_name {
        ui.label("People are matched by name: the export has no ids, and no name is shared.");
    }
    list(
        ui,
        leavers_title(r),
        r.leavers
            .iter()
            .map(|l| format!("{} ({}), was {}", l.name, l.id, l.from))
            .collect(),
    );
    list(
        ui,
        "What their going breaks in the baseline".to_owned(),
        r.breaks.clone(),
    );
    list(
        ui,
        format!("{} joined", people(r.joiners.len())),
        r.joiners
            .iter()
            .map(|j| match j.unplaced_in.len() {
                0 => format!("{}: {}", j.name, j.to),
                _ => format!(
                    "{}: {}; unplaced in {} (their manager is not placed there)",
                    j.name,
                    j.to,
                    j.unplaced_in.join(", ")
                ),
            })
            .collect(),
    );
    list(
        ui,
        format!("{} moved by HR", people(r.movers.len())),
        r.movers
            .iter()
            .flat_map(|m| {
                // Words rather than an arrow: egui's bundled fonts have no "→".
                std::iter::once(format!("{}: {}; now {}", m.name, m.from, m.to)).chain(
                    m.conflicts.iter().map(move |c| {
                        format!("{}: {} places them in {} — kept", m.name, c.option, c.kept)
                    }),
                )
            })
            .collect(),
    );
    list(
        ui,
        format!("{} changed", values(r.changed.len())),
        r.changed
            .iter()
            .map(|c| format!("{} of {}: {}; now {}", c.field, c.id, c.from, c.to))
            .collect(),
    );
    list(
        ui,
        "Open roles filled".to_owned(),
        r.filled
            .iter()
            .map(|(id, name)| format!("{id}: {name}"))
            .collect(),
    );
    list(
        ui,
        "New teams in the baseline".to_owned(),
        r.new_teams.clone(),
    );
    list(
        ui,
        format!(
            "{} of the export to check",
            crate::model::counted(r.unmatched.len(), "row", "rows")
        ),
        r.unmatched
            .iter()
            .map(|u| format!("line {}: {}", u.line, u.reason))
            .collect(),
    );
}

fn leavers_title(r: &RefreshReport) -> String {
    format!(
        "{} left (removed from every option)",
        people(r.leavers.len())
    )
}

fn people(n: usize) -> String {
    crate::model::counted(n, "person", "people")
}

fn values(n: usize) -> String {
    crate::model::counted(n, "value", "values")
}
