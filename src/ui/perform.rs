//! Carrying out [`Action`]s after the panels have drawn: edits go through the document's one
//! command path; files, selection and view changes are handled here.

use std::path::PathBuf;

use egui::ViewportCommand;

use super::actions::{Action, NewScenario};
use super::app::OrgsplitApp;
use super::chart::ChartView;
use super::file_dialog::DialogPurpose;
use super::import_dialog::ImportDialog;
use super::panels::Banner;
use super::refresh_dialog::RefreshDialog;
use super::roster::{RosterState, SEARCH_ID};
use super::safety::{Continuation, Next};
use super::selection::Selection;
use super::skills_dialog::SkillsDialog;
use super::versions_dialogs::{Purpose, VersionsDialog};
use crate::edit::{Command, Document, ScenarioSource, preview_drop};
use crate::io::{TEMPLATE_RON, builtin};
use crate::layout::ChartItem;
use crate::model::UnitKind;

/// How many files File ▸ Open Recent remembers.
const RECENT_MAX: usize = 10;

impl OrgsplitApp {
    pub(super) fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.guarded(ctx, Continuation::New),
            Action::Open => self.guarded(ctx, Continuation::Open),
            Action::OpenPath(path) => self.guarded(ctx, Continuation::OpenPath(path)),
            Action::Import => self.start_dialog(DialogPurpose::Import),
            Action::ImportPath(path) => {
                let recipe = self.doc.design().import.clone();
                self.open.import = Some(ImportDialog::start(path, recipe));
            }
            Action::AdoptImported(design, status) => {
                self.guarded(ctx, Continuation::Adopt(design, status));
            }
            Action::ExportCsv => self.start_dialog(DialogPurpose::ExportCsv),
            Action::ExportSurvey => self.start_dialog(DialogPurpose::ExportSurvey),
            Action::Export(format) => {
                self.open.export = Some(super::export_dialog::ExportDialog::new(
                    format,
                    self.doc.scenario_index(),
                ));
            }
            Action::ExportTo(format, path) => self.export(format, &path),
            Action::TogglePresentation => self.set_presenting(ctx, !self.view.presenting),
            Action::TogglePrivacy { pseudonymise } => {
                let mut settings = self.doc.design().settings.clone();
                let privacy = &mut settings.privacy;
                if pseudonymise {
                    privacy.pseudonymise = !privacy.pseudonymise;
                } else {
                    privacy.hide_sensitive = !privacy.hide_sensitive;
                }
                self.apply(Command::SetSettings(settings));
                if self.view.presenting {
                    let private = self.doc.design().settings.privacy.hide_sensitive;
                    self.view.chart.set_presentation(true, private);
                }
            }
            Action::ImportSkills => self.start_dialog(DialogPurpose::ImportSkills),
            Action::UpdateStaff => self.start_dialog(DialogPurpose::UpdateStaff),
            Action::ShowHelp(page) => self.view.help = Some(page),
            Action::CloseHelp => self.view.help = None,
            Action::DismissWelcome => {
                self.view.welcome = false;
                self.kept.welcome_dismissed = true;
            }
            Action::BringInOptions => self.start_dialog(DialogPurpose::BringIn),
            Action::BringInFrom(path) => {
                self.open.versions = Some(VersionsDialog::start(Purpose::BringIn, path));
            }
            Action::CompareWithFile => self.start_dialog(DialogPurpose::CompareWith),
            Action::CompareWith(path) => {
                self.open.versions = Some(VersionsDialog::start(Purpose::Compare, path));
            }
            Action::UpdateStaffFrom(path) => {
                self.open.refresh = Some(RefreshDialog::start(path, self.doc.design().clone()));
            }
            Action::ImportSkillsPath(path) => {
                self.open.skills = Some(SkillsDialog::start(path, self.doc.design()));
            }
            Action::Quit => self.guarded(ctx, Continuation::Close),
            Action::Save => match self.doc.path().map(PathBuf::from) {
                Some(path) => self.save_to(path),
                None => self.start_dialog(DialogPurpose::SaveAs),
            },
            Action::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            Action::SaveTo(path) => self.save_as_and_continue(ctx, path),
            Action::GuardSave
            | Action::GuardDiscard
            | Action::GuardCancel
            | Action::RestoreRecovery
            | Action::DiscardRecovery
            | Action::LaterRecovery => {
                let next = self.safety.answer(&action, self.doc.path().is_some());
                self.follow(ctx, next);
            }
            Action::FitView => self.view.chart.request_fit(),
            Action::ExpandToLevel(level) => {
                let scenario = self.doc.scenario_index();
                self.view
                    .chart
                    .fold_to_level(self.doc.design(), scenario, level);
            }
            Action::SetScenario(i) => {
                self.doc.set_scenario(i);
                self.view.chart.request_fit();
            }
            Action::Select(item) => self.select(item),
            Action::SelectAndCentre(item) => {
                let scenario = self.doc.scenario_index();
                self.view.chart.reveal(self.doc.design(), scenario, item);
                self.select(Some(item));
                self.view.chart.request_centre(item);
            }
            Action::DismissBanner => self.banner = None,
            Action::CreateScenarioFromPlan(trainings) => {
                let from = self.doc.scenario_index();
                let name = self
                    .doc
                    .design()
                    .scenarios
                    .get(from)
                    .map_or_else(String::new, |s| format!("{} (planned training)", s.name));
                if self.apply(Command::AddScenarioFromPlan {
                    from,
                    name,
                    trainings,
                }) {
                    let last = self.doc.design().scenarios.len() - 1;
                    self.doc.set_scenario(last);
                    self.view.chart.request_fit();
                }
            }
            Action::WhatIf(p) => {
                let design = self.doc.design();
                if let Some(person) = design.people.get(p) {
                    let scenario = self.doc.scenario_index();
                    let leavers = std::slice::from_ref(&person.id);
                    let (lines, marks) = match crate::edit::what_if(design, scenario, leavers) {
                        Ok(w) => (
                            w.lines,
                            w.marks
                                .into_iter()
                                .map(|(p, note)| (ChartItem::Person(p), note))
                                .collect(),
                        ),
                        Err(why) => (vec![why], Vec::new()),
                    };
                    let option = design
                        .scenarios
                        .get(scenario)
                        .map_or("", |s| s.name.as_str());
                    self.view.what_if = Some(super::state::WhatIfView {
                        title: format!("If {} resigned — {option}", person.name),
                        lines,
                        marks,
                        asked_of: (self.doc.revision(), scenario),
                    });
                }
            }
            Action::CloseWhatIf => self.view.what_if = None,
            Action::Apply(command) => {
                self.apply(command);
            }
            Action::ApplyPrepared {
                command,
                base,
                prepared,
            } => self.apply_prepared(command, base, *prepared),
            Action::Refuse(reason) => self.status = reason,
            Action::Undo => {
                self.status = match self.doc.undo() {
                    Some(label) => format!("Undid {label}."),
                    None => "Nothing to undo.".into(),
                };
                self.keep_selection_valid();
            }
            Action::Redo => {
                self.status = match self.doc.redo() {
                    Some(label) => format!("Redid {label}."),
                    None => "Nothing to redo.".into(),
                };
                self.keep_selection_valid();
            }
            Action::Escape => {
                if self.view.presenting {
                    self.set_presenting(ctx, false);
                } else if self.view.chart.cancel_drag() {
                    self.status = "Drag cancelled; nothing changed.".into();
                } else {
                    self.select(None);
                }
            }
            Action::RequestDelete => self.request_delete(),
            Action::ConfirmDelete => {
                if let Some((_, command)) = self.open.pending_delete.take() {
                    self.select(None);
                    self.apply(command);
                }
            }
            Action::CancelDelete => self.open.pending_delete = None,
            Action::FocusSearch => ctx.memory_mut(|m| m.request_focus(egui::Id::new(SEARCH_ID))),
            Action::AddPersonUnder(target) => self.add_person(target, false),
            Action::AddOpenRoleUnder(target) => self.add_person(target, true),
            Action::TogglePanels { left, right } => {
                self.view.show_left = left;
                self.view.show_right = right;
                self.view.chart.request_fit();
            }
            Action::PlaceInUnit { person, unit } => self.place_in_unit(person, &unit),
            Action::ToggleCompare => self.view.compare.open = !self.view.compare.open,
            Action::ToggleMovedMarks => {
                self.view.moved_marks = !self.view.moved_marks;
                self.view.chart.set_moved_marks(self.view.moved_marks);
            }
            Action::NewScenario(kind) => self.new_option(kind),
            Action::RequestRemoveScenario => self.request_remove_scenario(),
            Action::MoveOption(delta) => {
                let from = self.doc.scenario_index();
                let to = from.saturating_add_signed(delta as isize);
                if self.apply(Command::MoveScenario { scenario: from, to }) {
                    self.doc.set_scenario(to);
                }
            }
            Action::StepScenario(delta) => {
                let to = self
                    .doc
                    .scenario_index()
                    .saturating_add_signed(delta as isize);
                if to < self.doc.design().scenarios.len() {
                    self.doc.set_scenario(to);
                    self.view.chart.request_fit();
                }
            }
            Action::AddOrganisation => {
                let scenario = self.doc.scenario_index();
                let before = self.doc.design().units.len();
                self.apply(Command::AddOrganisation {
                    scenario,
                    name: "New organisation".into(),
                    mode: crate::model::Mode::Interaction,
                });
                if self.doc.design().units.len() > before {
                    self.select(Some(ChartItem::Organisation(before)));
                }
            }
            Action::AddSponsor => {
                self.apply(Command::AddSponsor {
                    name: "New sponsor".into(),
                    executive: String::new(),
                });
            }
            Action::ShowInScenario { scenario, item } => {
                if scenario != self.doc.scenario_index() {
                    self.doc.set_scenario(scenario);
                }
                self.select(Some(item));
                self.view.chart.request_centre(item);
            }
        }
    }

    /// A new option from the baseline, a copy of the one on screen, or an empty one; the chart
    /// then shows it.
    fn new_option(&mut self, kind: NewScenario) {
        let current = self.doc.scenario_index();
        let d = self.doc.design();
        let letter =
            char::from_u32(u32::from(b'A') + (d.scenarios.len().saturating_sub(1) as u32 % 26))
                .unwrap_or('X');
        let (source, name) = match kind {
            NewScenario::FromBaseline => (ScenarioSource::Baseline, format!("Option {letter}")),
            NewScenario::Duplicate => (
                ScenarioSource::Copy(current),
                format!("{} (copy)", d.scenarios[current].name),
            ),
            NewScenario::Empty => (
                ScenarioSource::EmptyLike(current),
                format!("Option {letter}"),
            ),
        };
        if self.apply(Command::AddScenario { source, name }) {
            let last = self.doc.design().scenarios.len() - 1;
            self.doc.set_scenario(last);
            self.view.chart.request_fit();
        }
    }

    fn request_remove_scenario(&mut self) {
        let d = self.doc.design();
        let scenario = self.doc.scenario_index();
        if d.scenarios.len() < 2 {
            self.status = "This is the only option; a design needs at least one.".into();
            return;
        }
        let name = &d.scenarios[scenario].name;
        let baseline = if scenario == 0 {
            " It is the baseline; the next option becomes the baseline."
        } else {
            ""
        };
        self.open.pending_delete = Some((
            format!(
                "Remove the option {name}? Its placements and pins go; the people and teams stay in the other options.{baseline} You can undo this."
            ),
            Command::RemoveScenario { scenario },
        ));
    }

    /// Runs `next` now, or first asks to save unsaved changes.
    fn guarded(&mut self, ctx: &egui::Context, next: Continuation) {
        if let Some(next) = self.safety.guard(self.doc.is_dirty(), next) {
            self.proceed(ctx, next);
        }
    }

    /// Carries out a step the safety flow decided on.
    fn follow(&mut self, ctx: &egui::Context, next: Next) {
        match next {
            Next::Nothing => {}
            Next::Proceed(next) => self.proceed(ctx, next),
            Next::SaveThen(next) => {
                if let Some(path) = self.doc.path().map(PathBuf::from) {
                    self.save_to(path);
                    if !self.doc.is_dirty() {
                        self.proceed(ctx, next);
                    }
                }
            }
            Next::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            Next::Restore(orphan) => {
                let orphan = *orphan;
                self.replace_document(Document::recovered(
                    orphan.recovery.design,
                    orphan.recovery.original,
                ));
                self.safety.adopt(&orphan.file, &self.doc);
                self.status = "Restored unsaved work. Save it to keep it.".into();
            }
            Next::Status(text) => self.status = text,
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
            Continuation::Adopt(design, status) => {
                self.replace_document(Document::imported(*design));
                self.status = status;
            }
            Continuation::Close => {
                self.safety.confirm_close();
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Saves to `path` from Save As, then continues whatever the question was waiting for.
    fn save_as_and_continue(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.save_to(path);
        if let Some(next) = self.safety.saved(!self.doc.is_dirty()) {
            self.proceed(ctx, next);
        }
    }

    fn select(&mut self, item: Option<ChartItem>) {
        self.view.selection.set(self.doc.design(), item);
        self.view.chart.set_selected(item);
    }

    /// One edit through the document's command path; refusals go to the status line.
    /// Returns whether the edit was made.
    fn apply(&mut self, command: Command) -> bool {
        let done = match self.doc.apply(command) {
            Ok(message) => {
                self.status = message;
                true
            }
            Err(reason) => {
                self.status = reason;
                false
            }
        };
        self.keep_selection_valid();
        done
    }

    /// A drop its preview worked out: the prepared design is kept (after its check) and its
    /// analysis shown, so neither is worked out again; if the document changed since the
    /// preview, the command runs afresh.
    fn apply_prepared(&mut self, command: Command, base: u64, prepared: crate::edit::Prepared) {
        let crate::edit::Prepared {
            design,
            scenario,
            analysis,
            message,
        } = prepared;
        match self.doc.apply_prepared(command, base, design, message) {
            Ok((message, kept)) => {
                self.status = message;
                if kept && scenario == self.doc.scenario_index() {
                    self.derived.adopt(&self.doc, analysis);
                }
            }
            Err(reason) => self.status = reason,
        }
        self.keep_selection_valid();
    }

    /// Finds the selection again by id after an edit or undo (someone added or removed
    /// earlier in a list moves everyone after them), or drops it when it is gone.
    fn keep_selection_valid(&mut self) {
        let again = self.view.selection.found_again(self.doc.design());
        if again != self.view.selection.item() {
            self.select(again);
        }
    }

    fn request_delete(&mut self) {
        let d = self.doc.design();
        self.open.pending_delete = match self.view.selection.item() {
            Some(ChartItem::Person(p)) => d.people.get(p).map(|person| {
                (
                    format!(
                        "Remove {} from the design? Their reports move up to their manager. You can undo this.",
                        person.name
                    ),
                    Command::RemovePerson { person: person.id.clone() },
                )
            }),
            Some(ChartItem::Team(u)) => d.units.get(u).map(|unit| {
                (
                    format!(
                        "Remove the team {}? Its people move to the organisation above. You can undo this.",
                        unit.name
                    ),
                    Command::RemoveTeam { unit: unit.id.clone() },
                )
            }),
            Some(ChartItem::Organisation(_)) => {
                self.status = "Organisations cannot be removed; remove their teams instead.".into();
                None
            }
            Some(ChartItem::Sponsor { .. }) => {
                self.status = "Sponsors stay in the design; in the inspector, the organisation can stop reporting into one.".into();
                None
            }
            None => None,
        };
    }

    fn add_person(&mut self, target: Option<ChartItem>, open_role: bool) {
        let d = self.doc.design();
        let scenario = self.doc.scenario_index();
        let seat = |id: &str| d.scenarios.get(scenario).and_then(|s| s.placement_of(id));
        let (unit, manager) = match target {
            Some(ChartItem::Person(p)) => {
                match d.people.get(p).and_then(|x| seat(&x.id).map(|s| (s, x))) {
                    Some((s, x)) => (Some(s.unit.clone()), Some(x.id.clone())),
                    None => (None, None),
                }
            }
            Some(ChartItem::Team(u) | ChartItem::Organisation(u)) => match d.units.get(u) {
                Some(unit) => (
                    Some(unit.id.clone()),
                    d.acting_leader(scenario, &unit.id).map(str::to_owned),
                ),
                None => (None, None),
            },
            Some(ChartItem::Sponsor { .. }) | None => (None, None),
        };
        self.apply(Command::AddPerson {
            scenario,
            name: String::new(),
            title: String::new(),
            unit,
            manager,
            open_role,
        });
        let last = self.doc.design().people.len().saturating_sub(1);
        self.select(Some(ChartItem::Person(last)));
    }

    /// "Place in…" from the inspector: the same move as dropping the person on the unit.
    fn place_in_unit(&mut self, person: usize, unit: &str) {
        let design = self.doc.design();
        let Some(u) = design.units.iter().position(|x| x.id == unit) else {
            return;
        };
        let item = match design.units[u].kind {
            UnitKind::Organisation => ChartItem::Organisation(u),
            UnitKind::Team => ChartItem::Team(u),
        };
        let scenario = self.doc.scenario_index();
        self.derived.refresh(&self.doc);
        let preview = preview_drop(
            design,
            self.derived.analysis(),
            scenario,
            person,
            item,
            true,
        );
        match (preview.command, preview.outcome) {
            (Some(command), _) => {
                self.apply(command);
            }
            (None, Err(reason)) => self.status = reason,
            (None, Ok(_)) => {}
        }
    }

    pub(super) fn open_path(&mut self, path: PathBuf) {
        match Document::open(&path) {
            Ok(doc) => {
                self.replace_document(doc);
                self.remember(path.clone());
                self.status = format!("Opened {}.", path.display());
            }
            Err(err) => {
                if err.is_unreadable() {
                    self.kept.recent.retain(|p| p != &path);
                }
                self.banner = Some(Banner::Error(format!(
                    "Could not open {}: {}. The open design is unchanged.",
                    path.display(),
                    err.reason()
                )));
            }
        }
    }

    pub(super) fn save_to(&mut self, path: PathBuf) {
        let moved = self.doc.path() != Some(path.as_path());
        match self.doc.save_to(&path) {
            Ok(()) => {
                self.remember(path.clone());
                self.status = format!("Saved {}.", path.display());
                self.safety.discard_recovery();
                if moved && let Some(warning) = self.safety.lock(&self.doc) {
                    self.banner = Some(Banner::Info(warning));
                }
            }
            Err(message) => {
                self.safety.forget_after_save();
                self.banner = Some(Banner::Error(message));
            }
        }
    }

    /// Shows `doc` instead of the current document, resetting the UI state that belonged to
    /// the old one. What is derived from the document follows by itself: revisions are
    /// unique across documents.
    pub(super) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.safety.discard_recovery();
        self.view.selection = Selection::default();
        self.banner = None;
        if let Some(warning) = self.safety.lock(&self.doc) {
            self.banner = Some(Banner::Info(warning));
        }
        self.view.chart = ChartView::default();
        self.view.roster = RosterState::default();
        self.buffers.clear();
        self.open.pending_delete = None;
    }

    fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.kept.recent.retain(|p| p != &path);
        self.kept.recent.insert(0, path);
        self.kept.recent.truncate(RECENT_MAX);
    }
}

/// Presentation mode (see `presentation.rs`).
impl OrgsplitApp {
    /// Enters or leaves presentation mode.
    pub(super) fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        self.view.presenting = on;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        let private = self.doc.design().settings.privacy.hide_sensitive;
        self.view.chart.set_presentation(on, !on || private);
        self.status = if on {
            "Presenting: Esc or F5 leaves.".into()
        } else {
            "Left presentation mode.".into()
        };
    }

    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.view.presenting
    }
}
