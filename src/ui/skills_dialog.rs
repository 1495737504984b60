//! File ▸ Import skills…: skill levels and work-style scores from a second file onto the
//! people of the open design. The file is read on a worker thread; the dialog then says what
//! would change, offers each unknown skill for adding (with the area its name suggests) and
//! lists what cannot be used. Apply is one edit, undone with one Undo.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::{ComboBox, RichText};

use super::import_dialog::{list, read_table_file, reading_ui, skipped_list};
use super::job::Job;
use crate::edit::Command;
use crate::import::{SkillsImport, read_skills};
use crate::model::{Design, SkillArea, counted};

/// What became of the dialog this frame.
#[derive(Debug)]
pub enum SkillsOutcome {
    Apply(Command),
    Cancelled,
    Failed(String),
}

struct Read {
    skills: SkillsImport,
    /// Per unknown skill: the area it will be added with, or `None` to leave it out.
    add: Vec<Option<SkillArea>>,
    design: Arc<Design>,
}

enum Stage {
    Reading(Job<Result<(SkillsImport, Arc<Design>), String>>),
    Read(Box<Read>),
}

/// The skills import of one file onto the open design.
pub struct SkillsDialog {
    path: PathBuf,
    name: String,
    stage: Stage,
}

impl SkillsDialog {
    pub fn start(path: PathBuf, design: &Design) -> Self {
        let name = crate::io::file_name(&path);
        let design = Arc::new(design.clone());
        let for_worker = path.clone();
        let job = Job::spawn(move |handle| {
            let (table, _) = read_table_file(&for_worker, handle)?;
            let skills = read_skills(&table, &design)?;
            Ok((skills, design))
        });
        Self {
            path,
            name,
            stage: Stage::Reading(job),
        }
    }

    pub fn ui(&mut self, ctx: &egui::Context) -> Option<SkillsOutcome> {
        if let Stage::Reading(job) = &self.stage {
            match job.poll() {
                None => {
                    return reading_ui(ctx, &self.name, job.progress())
                        .then_some(SkillsOutcome::Cancelled);
                }
                Some(Ok(Ok((skills, design)))) => {
                    let add = skills.unknown_skills.iter().map(|u| Some(u.area)).collect();
                    self.stage = Stage::Read(Box::new(Read {
                        skills,
                        add,
                        design,
                    }));
                }
                Some(Ok(Err(why))) => return Some(self.failed(&why)),
                Some(Err(())) => return Some(self.failed("reading it stopped unexpectedly")),
            }
        }
        let Stage::Read(read) = &mut self.stage else {
            ctx.request_repaint_after(Duration::from_millis(50));
            return None;
        };
        read.ui(ctx, &self.name)
    }

    fn failed(&self, why: &str) -> SkillsOutcome {
        SkillsOutcome::Failed(format!(
            "Could not import skills from {}: {why}. The open design is unchanged.",
            self.path.display()
        ))
    }
}

impl Read {
    fn ui(&mut self, ctx: &egui::Context, name: &str) -> Option<SkillsOutcome> {
        let mut outcome = None;
        let s = &self.skills;
        let modal = egui::Modal::new(egui::Id::new("skills-import")).show(ctx, |ui| {
            ui.set_width(640.0);
            ui.heading(format!("Skills from {name}"));
            ui.label(
                RichText::new(format!(
                    "{} · {} file ({})",
                    counted(s.rows, "row", "rows"),
                    s.shape,
                    if s.shape == "long" {
                        "a row per person and skill"
                    } else {
                        "a column per skill"
                    }
                ))
                .weak(),
            );
            egui::ScrollArea::vertical()
                .max_height((ctx.content_rect().height() - 220.0).max(200.0))
                .show(ui, |ui| {
                    ui.label(format!(
                        "{} and {} for {}.",
                        counted(s.levels.len(), "skill level", "skill levels"),
                        counted(s.scores.len(), "work-style score", "work-style scores"),
                        counted(s.people, "person", "people")
                    ));
                    if !s.unknown_skills.is_empty() {
                        ui.separator();
                        ui.label(RichText::new("Skills the catalogue does not have").strong());
                        unknown_ui(ui, s, &mut self.add);
                    }
                    ui.separator();
                    list(
                        ui,
                        format!(
                            "{} not from 1 to 5 (not used, never rounded)",
                            counted(s.out_of_range.len(), "level", "levels")
                        ),
                        s.out_of_range
                            .iter()
                            .map(|o| {
                                format!(
                                    "line {}: {} \"{}\" for {}",
                                    o.line,
                                    o.skill,
                                    o.value,
                                    self.design.person_name(&o.person)
                                )
                            })
                            .collect(),
                    );
                    skipped_list(ui, &s.skipped);
                    list(
                        ui,
                        format!(
                            "{} without levels, left alone",
                            counted(s.ignored_columns.len(), "column", "columns")
                        ),
                        s.ignored_columns.clone(),
                    );
                });
            ui.separator();
            ui.horizontal(|ui| {
                let command = s.command(&self.design, &self.add);
                let changes = match &command {
                    Command::ImportSkills { levels, scores, .. } => levels.len() + scores.len(),
                    _ => 0,
                };
                let label = format!(
                    "Apply {}",
                    counted(changes, "level or score", "levels and scores")
                );
                if ui
                    .add_enabled(changes > 0, egui::Button::new(label))
                    .on_hover_text("One edit: Undo takes it back")
                    .clicked()
                {
                    outcome = Some(SkillsOutcome::Apply(command));
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(SkillsOutcome::Cancelled);
                }
            });
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(SkillsOutcome::Cancelled);
        }
        outcome
    }
}

/// Each unknown skill with its levels, and whether (and as what) to add it.
fn unknown_ui(ui: &mut egui::Ui, s: &SkillsImport, add: &mut [Option<SkillArea>]) {
    egui::Grid::new("skills-unknown")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for (k, (unknown, choice)) in s.unknown_skills.iter().zip(add.iter_mut()).enumerate() {
                let mut on = choice.is_some();
                if ui
                    .checkbox(&mut on, format!("Add \"{}\"", unknown.name))
                    .changed()
                {
                    *choice = on.then_some(unknown.area);
                }
                ui.label(counted(unknown.levels.len(), "level", "levels"));
                ui.add_enabled_ui(choice.is_some(), |ui| {
                    let area = choice.unwrap_or(unknown.area);
                    ComboBox::from_id_salt(("skills-area", k))
                        .selected_text(area.label())
                        .show_ui(ui, |ui| {
                            for option in
                                [SkillArea::Legacy, SkillArea::Interaction, SkillArea::Shared]
                            {
                                if ui
                                    .selectable_label(area == option, option.label())
                                    .clicked()
                                {
                                    *choice = Some(option);
                                }
                            }
                        });
                });
                ui.end_row();
            }
        });
}
