//! File ▸ Import…: an HR export becomes a new design, after the user has seen and could
//! change everything the import decides. The file is read on a worker thread (a progress bar
//! and Cancel; the window never waits), then one dialog shows the worksheet and the rows
//! around the header (either can be chosen again), a dropdown of columns per field, each
//! team with Legacy / Interaction / decide later, a choice for each manager name that
//! matches several people, and the import's report, worked out again on a worker thread
//! after every change. Nothing is committed until Import is pressed.

mod managers;
mod report;
mod table;

pub(super) use report::{list, skipped_list};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui::{ComboBox, RichText};

use super::job::{Job, JobHandle};
use super::widgets::capitalised;
use crate::import::{
    Choice, Field, Imported, ManagerRef, Mapping, Table, build, delimiter_words, guess_mapping,
};
use crate::model::{Design, ImportRecipe, Mode, counted};
use managers::{AmbiguousRow, ambiguous_rows, managers_ui};
use report::report_lines;

/// What became of the dialog this frame.
#[derive(Debug)]
pub enum ImportOutcome {
    /// The user pressed Import: this design replaces the open one; the text goes in the
    /// status line.
    Adopt(Box<Design>, String),
    Cancelled,
    /// The file could not be imported; the sentence names it.
    Failed(String),
}

/// A file read into a table, with the mapping guessed (or taken from the open design's
/// last import).
struct Loaded {
    table: Arc<Table>,
    encoding: &'static str,
    mapping: Mapping,
}

impl Loaded {
    fn new(table: Table, encoding: &'static str, recipe: Option<&ImportRecipe>) -> Self {
        let mapping = match recipe {
            Some(recipe) => Mapping::from_recipe(recipe, &table),
            None => guess_mapping(&table),
        };
        Self {
            table: Arc::new(table),
            encoding,
            mapping,
        }
    }
}

/// The file's bytes, kept so that choosing another worksheet or header row reads them again
/// without going back to the disk, and the recipe the mapping started from.
struct Source {
    bytes: Arc<Vec<u8>>,
    recipe: Option<ImportRecipe>,
}

/// The dialog once the table is there.
struct Mapped {
    source: Source,
    table: Arc<Table>,
    encoding: &'static str,
    mapping: Mapping,
    /// The table being read again for another worksheet or header row.
    rereading: Option<Job<Result<Loaded, String>>>,
    /// Why the last worksheet or header row chosen could not be used.
    reread_failed: Option<String>,
    /// The import as the current mapping makes it, being worked out.
    trial: Option<Job<Result<Imported, String>>>,
    /// The last import worked out, and whether it is for the current mapping.
    result: Option<Result<Imported, String>>,
    current: bool,
    /// The last import's ambiguous manager names, described for choosing.
    ambiguous: Vec<AmbiguousRow>,
}

enum Stage {
    Reading(Job<Result<(Loaded, Source), String>>),
    Mapped(Box<Mapped>),
}

/// The import dialog of one file.
pub struct ImportDialog {
    path: PathBuf,
    name: String,
    stage: Stage,
}

impl ImportDialog {
    /// Starts reading `path`; `recipe` (the open design's last import, if any) pre-sets the
    /// columns and teams, so next month's export imports in one click.
    pub fn start(path: PathBuf, recipe: Option<ImportRecipe>) -> Self {
        let name = crate::io::file_name(&path);
        let for_worker = path.clone();
        let job = Job::spawn(move |handle| read_export(&for_worker, recipe, handle));
        Self {
            path,
            name,
            stage: Stage::Reading(job),
        }
    }

    /// Draws the dialog; call once per frame while it is open.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<ImportOutcome> {
        if let Stage::Reading(job) = &self.stage {
            match job.poll() {
                None => {}
                Some(Ok(Ok((loaded, source)))) => {
                    let mut mapped = Mapped {
                        source,
                        table: loaded.table,
                        encoding: loaded.encoding,
                        mapping: loaded.mapping,
                        rereading: None,
                        reread_failed: None,
                        trial: None,
                        result: None,
                        current: false,
                        ambiguous: Vec::new(),
                    };
                    mapped.start_trial(&self.name);
                    self.stage = Stage::Mapped(Box::new(mapped));
                }
                Some(Ok(Err(why))) => return Some(ImportOutcome::Failed(self.failure(&why))),
                Some(Err(())) => {
                    return Some(ImportOutcome::Failed(
                        self.failure("reading it stopped unexpectedly"),
                    ));
                }
            }
        }
        let name = self.name.clone();
        let outcome = match &mut self.stage {
            Stage::Reading(job) => {
                reading_ui(ctx, &name, job.progress()).then_some(ImportOutcome::Cancelled)
            }
            Stage::Mapped(mapped) => mapped.ui(ctx, &name),
        };
        if let Some(ImportOutcome::Failed(why)) = outcome {
            return Some(ImportOutcome::Failed(self.failure(&why)));
        }
        outcome
    }

    fn failure(&self, why: &str) -> String {
        format!(
            "Could not import {}: {why}. The open design is unchanged.",
            self.path.display()
        )
    }
}

/// Reads the export into a table and guesses the mapping.
fn read_export(
    path: &Path,
    recipe: Option<ImportRecipe>,
    handle: &JobHandle,
) -> Result<(Loaded, Source), String> {
    let bytes = read_bytes(path, handle)?;
    let (table, encoding) = crate::import::read(&bytes)?;
    handle.report(1.0);
    let loaded = Loaded::new(table, encoding, recipe.as_ref());
    let source = Source {
        bytes: Arc::new(bytes),
        recipe,
    };
    Ok((loaded, source))
}

/// Reads a file in pieces, so a large one shows progress and can be cancelled; reading is
/// the first half of the work, the table the second.
fn read_bytes(path: &Path, handle: &JobHandle) -> Result<Vec<u8>, String> {
    crate::io::read_file_with_progress(path, &mut |read, size| {
        handle.report(0.5 * read as f32 / size.max(1) as f32);
        !handle.is_cancelled()
    })
}

/// Reads a table file in pieces (so a large one shows progress and can be cancelled), then
/// into rows and columns.
pub(super) fn read_table_file(
    path: &Path,
    handle: &JobHandle,
) -> Result<(Table, &'static str), String> {
    let bytes = read_bytes(path, handle)?;
    let read = crate::import::read(&bytes)?;
    handle.report(1.0);
    Ok(read)
}

/// "Reading FILE…" with a progress bar; `true` when the user pressed Cancel.
pub(super) fn reading_ui(ctx: &egui::Context, name: &str, progress: f32) -> bool {
    // The worker answers without input events: look again soon.
    ctx.request_repaint_after(Duration::from_millis(50));
    let mut cancelled = false;
    egui::Modal::new(egui::Id::new("import-reading")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(format!("Reading {name}…"));
        ui.add(egui::ProgressBar::new(progress).show_percentage());
        if progress >= 0.5 {
            ui.label(RichText::new("Reading the rows and columns…").weak());
        }
        cancelled = ui.button("Cancel").clicked();
    });
    cancelled
}

impl Mapped {
    /// Works the import out again for the current mapping, dropping any older trial.
    fn start_trial(&mut self, name: &str) {
        let (table, mapping, encoding) = (self.table.clone(), self.mapping.clone(), self.encoding);
        let file = name.to_owned();
        self.trial = Some(Job::spawn(move |_| {
            build(&table, &mapping, &file, encoding)
        }));
        self.current = false;
    }

    /// Reads the kept bytes again with another worksheet or header row; the table and the
    /// guessed columns are replaced when it is read, the team and manager choices kept.
    fn reread(&mut self, choice: Choice) {
        let bytes = self.source.bytes.clone();
        let recipe = self.source.recipe.clone();
        self.rereading = Some(Job::spawn(move |_| {
            let (table, encoding) = crate::import::read_with(&bytes, &choice)?;
            Ok(Loaded::new(table, encoding, recipe.as_ref()))
        }));
        self.reread_failed = None;
        self.trial = None;
        self.current = false;
    }

    /// Takes a table read again, if one is ready; `true` when the import must be worked out
    /// again for it.
    fn take_reread(&mut self, ctx: &egui::Context) -> bool {
        let Some(job) = &self.rereading else {
            return false;
        };
        let answer = match job.poll() {
            None => {
                ctx.request_repaint_after(Duration::from_millis(50));
                return false;
            }
            Some(Ok(answer)) => answer,
            Some(Err(())) => Err("reading it again stopped unexpectedly".into()),
        };
        self.rereading = None;
        match answer {
            Ok(loaded) => {
                let teams = std::mem::take(&mut self.mapping.teams);
                let chosen = std::mem::take(&mut self.mapping.chosen_managers);
                self.table = loaded.table;
                self.encoding = loaded.encoding;
                self.mapping = loaded.mapping;
                self.mapping.teams = teams;
                self.mapping.chosen_managers = chosen;
            }
            Err(why) => self.reread_failed = Some(why),
        }
        // Worked out again either way: rereading dropped the trial for the old table.
        true
    }

    fn ui(&mut self, ctx: &egui::Context, name: &str) -> Option<ImportOutcome> {
        if self.take_reread(ctx) {
            self.start_trial(name);
        }
        if let Some(trial) = &self.trial {
            match trial.poll() {
                Some(Ok(result)) => {
                    self.ambiguous = match &result {
                        Ok(imported) => {
                            ambiguous_rows(&imported.report.ambiguous_managers, &imported.design)
                        }
                        Err(_) => Vec::new(),
                    };
                    self.result = Some(result);
                    self.current = true;
                    self.trial = None;
                }
                Some(Err(())) => {
                    self.result = Some(Err("working out the import stopped unexpectedly".into()));
                    self.current = true;
                    self.trial = None;
                }
                None => ctx.request_repaint_after(Duration::from_millis(50)),
            }
        }
        let mut outcome = None;
        let mut changed = false;
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::new("import-mapping")).show(ctx, |ui| {
            let screen = ctx.content_rect();
            ui.set_width((screen.width() - 80.0).clamp(480.0, 980.0));
            ui.heading(format!("Import staff from {name}"));
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    counted(self.table.rows.len(), "row", "rows"),
                    source_words(&self.table, self.encoding)
                ))
                .weak(),
            );
            // A fixed height, so the dialog (centred) does not move under the pointer when
            // the report below changes length.
            let height = (screen.height() - 200.0).max(240.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    choice = self.table_ui(ui);
                    ui.separator();
                    changed |= self.columns_ui(ui);
                    ui.separator();
                    changed |= self.teams_ui(ui);
                    ui.separator();
                    changed |= managers_ui(ui, &self.ambiguous, &mut self.mapping);
                    self.report_ui(ui);
                });
            ui.separator();
            ui.horizontal(|ui| {
                let ready = self.current && matches!(self.result, Some(Ok(_)));
                let label = match (&self.result, self.current) {
                    (Some(Ok(i)), true) => format!(
                        "Import {}",
                        people_and_roles(i.report.people, i.report.open_roles)
                    ),
                    _ => "Import".to_owned(),
                };
                if ui
                    .add_enabled(ready, egui::Button::new(label))
                    .on_hover_text(
                        "Start a new design from this import (asks to save the open one first)",
                    )
                    .clicked()
                    && let Some(Ok(imported)) = self.result.take()
                {
                    let status = format!(
                        "Imported {} from {name}. Save the design to keep it.",
                        people_and_roles(imported.report.people, imported.report.open_roles)
                    );
                    outcome = Some(ImportOutcome::Adopt(Box::new(imported.design), status));
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(ImportOutcome::Cancelled);
                }
                if self.rereading.is_some() {
                    ui.spinner();
                    ui.label(RichText::new("Reading the table again…").weak());
                } else if self.trial.is_some() {
                    ui.spinner();
                    ui.label(RichText::new("Working out the import…").weak());
                }
            });
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(ImportOutcome::Cancelled);
        }
        if let Some(choice) = choice {
            self.reread(choice);
        } else if changed && self.rereading.is_none() {
            self.start_trial(name);
        }
        outcome
    }

    /// The worksheet and the rows around the header, either of which can be chosen again;
    /// `Some` when the user chose.
    fn table_ui(&self, ui: &mut egui::Ui) -> Option<Choice> {
        let sheet = table::sheet_ui(ui, &self.table);
        if let Some(why) = &self.reread_failed {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("That cannot be read as the table: {why}. The table below is unchanged."),
            );
        }
        let header = table::preview_ui(ui, &self.table, &self.mapping);
        sheet.or(header)
    }

    /// A dropdown of the file's columns per field, and how managers are referred to.
    fn columns_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut changed = false;
        ui.label(RichText::new("Which column holds what").strong());
        egui::Grid::new("import-columns")
            .num_columns(4)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (k, field) in Field::ALL.into_iter().enumerate() {
                    let chosen = self.mapping.column(field);
                    let text = chosen
                        .and_then(|c| self.table.headers.get(c))
                        .map_or("(none)", String::as_str);
                    ui.label(capitalised(field.label()));
                    ComboBox::from_id_salt(("import-field", k))
                        .selected_text(text)
                        .width(200.0)
                        .show_ui(ui, |ui| {
                            if ui.selectable_label(chosen.is_none(), "(none)").clicked() {
                                self.mapping.set(field, None);
                                changed = true;
                            }
                            for (c, header) in self.table.headers.iter().enumerate() {
                                if ui.selectable_label(chosen == Some(c), header).clicked() {
                                    // A column fills one field: taking it clears the other.
                                    self.mapping.columns.retain(|&(_, col)| col != c);
                                    self.mapping.set(field, Some(c));
                                    changed = true;
                                }
                            }
                        });
                    if k % 2 == 1 {
                        ui.end_row();
                    }
                }
                ui.end_row();
            });
        if self.mapping.column(Field::Manager).is_some() {
            ui.horizontal(|ui| {
                ui.label("The manager column holds");
                let by = self.mapping.manager_ref.unwrap_or(ManagerRef::Ids);
                for (choice, text) in [(ManagerRef::Ids, "ids"), (ManagerRef::Names, "names")] {
                    if ui.radio(by == choice, text).clicked() && by != choice {
                        self.mapping.manager_ref = Some(choice);
                        changed = true;
                    }
                }
            });
        }
        changed
    }

    /// Every team found, with the organisation it goes to.
    fn teams_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut changed = false;
        ui.label(RichText::new("Teams and the organisation each goes to").strong());
        let Some(Ok(imported)) = &self.result else {
            ui.label(RichText::new("The teams appear once the import is worked out.").weak());
            return false;
        };
        if imported.report.teams.is_empty() {
            ui.label(
                RichText::new(
                    "No team column is chosen: everyone starts in one organisation, IT (as imported).",
                )
                .weak(),
            );
            return false;
        }
        ui.label(
            RichText::new(
                "Suggested from the team's name; undecided teams wait in IT (as imported) until you place them.",
            )
            .weak(),
        );
        egui::Grid::new("import-teams")
            .num_columns(5)
            .striped(true)
            .show(ui, |ui| {
                for team in &imported.report.teams {
                    let mode = self.mapping.team_mode(&team.name).unwrap_or(team.mode);
                    ui.label(&team.name);
                    ui.label(counted(team.people, "person", "people"));
                    for (choice, text) in [
                        (Mode::Legacy, "Legacy"),
                        (Mode::Interaction, "Interaction"),
                        (Mode::Mixed, "Decide later"),
                    ] {
                        let suggested = team.suggested == choice.label()
                            || (choice == Mode::Mixed && team.suggested == "decide later");
                        let radio = ui.radio(mode == choice, text);
                        let radio = if suggested {
                            radio.on_hover_text("Suggested from the team's name")
                        } else {
                            radio
                        };
                        if radio.clicked() && mode != choice {
                            self.mapping.set_team_mode(&team.name, choice);
                            changed = true;
                        }
                    }
                    ui.end_row();
                }
            });
        changed
    }

    /// What the import would do, row by row, before anything is committed.
    fn report_ui(&self, ui: &mut egui::Ui) {
        ui.label(RichText::new("What the import does").strong());
        match &self.result {
            None => {
                ui.label(RichText::new("Working it out…").weak());
            }
            Some(Err(why)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Nothing can be imported with these columns: {why}."),
                );
            }
            Some(Ok(imported)) => report_lines(ui, &imported.report),
        }
    }
}

fn people_and_roles(people: usize, roles: usize) -> String {
    let p = counted(people, "person", "people");
    match roles {
        0 => p,
        n => format!("{p} and {}", counted(n, "open role", "open roles")),
    }
}

fn source_words(table: &Table, encoding: &str) -> String {
    match &table.sheet {
        Some(sheet) => format!("{encoding}, sheet {sheet}"),
        None => format!(
            "{encoding}, separated by {}",
            delimiter_words(&table.delimiter.to_string())
        ),
    }
}
