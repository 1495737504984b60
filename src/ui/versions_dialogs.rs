//! Designs side by side: File ▸ Bring in options… (options a colleague made in another file,
//! chosen one by one, with the people only that file has added if the user agrees) and
//! File ▸ Compare with another design… (what differs, in words). The other file is read on
//! a worker thread; nothing changes until Bring in is pressed, and then as one edit.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::import_dialog::reading_ui;
use super::job::Job;
use crate::edit::Command;
use crate::model::Design;
use crate::versions::{Diff, diff, merge, unknown_people};

/// What became of a dialog this frame.
pub enum VersionsOutcome {
    Apply(Command),
    Closed,
    /// The other file could not be read or brought in; the sentence names it.
    Failed(String),
}

/// What the dialog is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    BringIn,
    Compare,
}

/// The choices of Bring in options…, once the other file is read.
struct Choosing {
    other: Box<Design>,
    /// Whether each of the other file's options is brought in.
    chosen: Vec<bool>,
    add_people: bool,
}

enum Stage {
    Reading(Job<Result<Design, String>>),
    Choosing(Choosing),
    Showing(Box<Diff>),
}

/// Bring in options… or Compare with another design…, for one other file.
pub struct VersionsDialog {
    purpose: Purpose,
    path: PathBuf,
    name: String,
    stage: Stage,
}

impl VersionsDialog {
    pub fn start(purpose: Purpose, path: PathBuf) -> Self {
        let name = crate::io::file_name(&path);
        let for_worker = path.clone();
        let job = Job::spawn(move |_| {
            crate::io::load_file(&for_worker).map_err(|e| e.lines().join("; "))
        });
        Self {
            purpose,
            path,
            name,
            stage: Stage::Reading(job),
        }
    }

    /// Draws the dialog over `design` (the open one); call once per frame while open.
    pub fn ui(&mut self, ctx: &egui::Context, design: &Design) -> Option<VersionsOutcome> {
        if let Stage::Reading(job) = &self.stage {
            match job.poll() {
                None => {
                    return reading_ui(ctx, &self.name, job.progress())
                        .then_some(VersionsOutcome::Closed);
                }
                Some(Ok(Ok(other))) => {
                    self.stage = match self.purpose {
                        Purpose::Compare => Stage::Showing(Box::new(diff(design, &other))),
                        Purpose::BringIn => Stage::Choosing(Choosing {
                            chosen: other
                                .scenarios
                                .iter()
                                .map(|s| !design.scenarios.contains(s))
                                .collect(),
                            other: Box::new(other),
                            add_people: false,
                        }),
                    };
                }
                Some(Ok(Err(why))) => return Some(VersionsOutcome::Failed(why)),
                Some(Err(())) => {
                    return Some(VersionsOutcome::Failed(format!(
                        "{}: reading it stopped unexpectedly",
                        self.path.display()
                    )));
                }
            }
        }
        match &mut self.stage {
            Stage::Reading(_) => None,
            Stage::Showing(d) => differences_ui(ctx, &self.name, d),
            Stage::Choosing(c) => bring_in_ui(ctx, &self.name, &self.path, design, c),
        }
    }
}

fn differences_ui(ctx: &egui::Context, name: &str, d: &Diff) -> Option<VersionsOutcome> {
    let mut open = true;
    let mut closed = false;
    egui::Window::new(format!("Differences from {name}"))
        .id(egui::Id::new("versions-diff"))
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            ui.label(
                RichText::new("From the open design to that file; neither is changed.").weak(),
            );
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for line in d.text_with("to").lines() {
                        ui.label(line);
                    }
                });
            closed = ui.button("Close").clicked();
        });
    (!open || closed).then_some(VersionsOutcome::Closed)
}

fn bring_in_ui(
    ctx: &egui::Context,
    name: &str,
    path: &Path,
    design: &Design,
    c: &mut Choosing,
) -> Option<VersionsOutcome> {
    let mut outcome = None;
    let ids: Vec<String> = c
        .other
        .scenarios
        .iter()
        .zip(&c.chosen)
        .filter(|(_, on)| **on)
        .map(|(s, _)| s.id.clone())
        .collect();
    let unknown = unknown_people(design, &c.other, Some(&ids)).unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::new("versions-bring-in")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(format!("Bring in options from {name}"));
        ui.label(RichText::new("Each comes in beside this design's own options.").weak());
        ui.separator();
        for (s, on) in c.other.scenarios.iter().zip(c.chosen.iter_mut()) {
            let here = design.scenarios.contains(s);
            let label = if here {
                format!("{} (this design has it already)", s.name)
            } else {
                s.name.clone()
            };
            ui.add_enabled(!here, egui::Checkbox::new(on, label));
        }
        if !unknown.is_empty() {
            ui.separator();
            let names: Vec<&str> = unknown.iter().take(8).map(|(_, n)| n.as_str()).collect();
            let more = unknown.len().saturating_sub(names.len());
            let list = if more > 0 {
                format!("{} and {more} more", names.join(", "))
            } else {
                names.join(", ")
            };
            ui.checkbox(
                &mut c.add_people,
                format!(
                    "Add {} this design does not have: {list}",
                    crate::model::counted(unknown.len(), "person", "people")
                ),
            );
            if !c.add_people {
                ui.label(
                    RichText::new("Left out, their seats go and their reports move up.").weak(),
                );
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            let ready = !ids.is_empty();
            if ui
                .add_enabled(ready, egui::Button::new("Bring in"))
                .on_hover_text("One edit; Ctrl+Z takes it back")
                .clicked()
            {
                outcome = Some(
                    match merge(design, &c.other, Some(&ids), c.add_people, name) {
                        Ok(m) => VersionsOutcome::Apply(Command::Adopt {
                            design: Box::new(m.design),
                            what: format!("options from {name}"),
                            message: format!(
                                "Brought in {} from {name}.",
                                m.report
                                    .options
                                    .iter()
                                    .map(|o| o.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        }),
                        Err(why) => VersionsOutcome::Failed(format!(
                            "Could not bring in options from {}: {why}. The design is unchanged.",
                            path.display()
                        )),
                    },
                );
            }
            if ui.button("Cancel").clicked() {
                outcome = Some(VersionsOutcome::Closed);
            }
        });
    });
    if outcome.is_none() && modal.should_close() {
        outcome = Some(VersionsOutcome::Closed);
    }
    outcome
}
