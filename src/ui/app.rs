//! The main window: owns the document and UI state, turns gestures into [`Action`]s and
//! carries them out after the panels have drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};

use super::chart::{ChartEvent, ChartView};
use super::dialogs::{DialogPurpose, PendingDialog};
use super::findings::{FindingsState, findings_ui};
use super::inspector::inspector_ui;
use super::panels;
use super::roster::{RosterState, SEARCH_ID, roster_ui};
use super::safety::{Continuation, Safety};
use super::widgets::TextBuffers;
use crate::analysis::{Analysis, analyse};
use crate::edit::{Command, Document, preview_drop};
use crate::io::{SAMPLE_RON, TEMPLATE_RON, builtin};
use crate::layout::ChartItem;
use crate::model::{Summary, summarise};

/// egui_graphs asks for a repaint on every frame, so an idle window would redraw as fast as
/// it can. After this long without input, frames are spaced out to save the laptop's battery.
const IDLE_AFTER_SECS: f64 = 1.0;
/// Time between frames while idle (about 12 frames a second; input is seen within this).
const IDLE_FRAME: std::time::Duration = std::time::Duration::from_millis(80);

/// How many files File ▸ Open Recent remembers.
const RECENT_MAX: usize = 10;
/// Key of the recent-files list in eframe's settings storage (settings only, never designs).
const RECENT_KEY: &str = "orgsplit.recent";

pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const FIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
pub const REDO_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// Something the user asked for; carried out after the frame's panels have drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    FitView,
    SetScenario(usize),
    Select(Option<ChartItem>),
    /// Select and scroll the chart to the card (from the roster).
    SelectAndCentre(ChartItem),
    DismissBanner,
    Quit,
    /// Apply an edit through the one command path.
    Apply(crate::edit::Command),
    /// Tell the user an edit was refused, and why.
    Refuse(String),
    Undo,
    Redo,
    /// Esc: cancel a drag, or clear the selection.
    Escape,
    /// Delete: ask to remove the selected person or team.
    RequestDelete,
    ConfirmDelete,
    CancelDelete,
    FocusSearch,
    /// Add a person under a card (a person becomes their manager; a unit takes them in), or
    /// unplaced with `None`.
    AddPersonUnder(Option<ChartItem>),
    /// Place a person (roster index) in a unit, under its leader.
    PlaceInUnit {
        person: usize,
        unit: String,
    },
    /// Show or hide the left (organisations, roster) and right (inspector, findings) panels.
    TogglePanels {
        left: bool,
        right: bool,
    },
    /// Answers to "Save changes before …?".
    GuardSave,
    GuardDiscard,
    GuardCancel,
    /// Answers to "Restore unsaved work from a session that ended unexpectedly?".
    RestoreRecovery,
    DiscardRecovery,
    LaterRecovery,
}

/// A message shown in a strip above the chart until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    Error(String),
    Info(String),
}

/// The whole app state: document, UI state and settings, kept apart.
pub struct OrgsplitApp {
    doc: Document,
    chart: ChartView,
    selected: Option<ChartItem>,
    banner: Option<Banner>,
    status: String,
    recent: Vec<PathBuf>,
    dialog: Option<PendingDialog>,
    actions: Vec<Action>,
    summary: (Option<(u64, usize)>, Summary),
    shown_title: String,
    roster: RosterState,
    buffers: TextBuffers,
    /// A removal waiting for the user's confirmation: the question and the edit.
    pending_delete: Option<(String, Command)>,
    /// Findings of the scenario on screen, computed once per revision.
    analysis: (Option<(u64, usize)>, Analysis),
    findings: FindingsState,
    side_tab: SideTab,
    show_left: bool,
    show_right: bool,
    safety: Safety,
    /// UI time of the last input event, for idle throttling.
    last_input: f64,
}

/// Which view the right-hand panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideTab {
    Inspector,
    Findings,
}

impl OrgsplitApp {
    /// Called by eframe: restores settings, then opens `path` or the sample.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Self {
        cc.egui_ctx.set_visuals(egui::Visuals::light());
        let mut app = Self::start(path);
        if let Some(storage) = cc.storage {
            app.recent = eframe::get_value(storage, RECENT_KEY).unwrap_or_default();
        }
        if let Some(dir) = eframe::storage_dir("Orgsplit") {
            app = app.with_recovery_dir(dir.join("recovery"));
        }
        app
    }

    /// Autosaves unsaved work into `dir` and offers work left there by crashed sessions.
    pub fn with_recovery_dir(mut self, dir: PathBuf) -> Self {
        let lock = self.safety.lock.take();
        self.safety = Safety::with_recovery(dir);
        self.safety.lock = lock;
        self
    }

    /// Whether a recovered design is being offered.
    pub fn offers_recovery(&self) -> bool {
        !self.safety.orphans.is_empty()
    }

    /// Whether the "Save changes before …?" question is showing.
    pub fn asks_to_save(&self) -> bool {
        self.safety.guard.is_some()
    }

    /// Starts on `path`, or on the sample. A file that cannot be opened leaves the sample open
    /// and says why in the banner.
    pub fn start(path: Option<PathBuf>) -> Self {
        let mut app = Self::with_document(Document::unsaved(builtin(SAMPLE_RON)));
        app.status = "Showing the built-in sample design.".into();
        if let Some(path) = path {
            app.open_path(path);
        }
        app
    }

    /// An app showing `doc`; used by tests and by [`Self::start`].
    pub fn with_document(doc: Document) -> Self {
        Self {
            doc,
            chart: ChartView::default(),
            selected: None,
            banner: None,
            status: String::new(),
            recent: Vec::new(),
            dialog: None,
            actions: Vec::new(),
            summary: (None, Summary::default()),
            shown_title: String::new(),
            roster: RosterState::default(),
            buffers: TextBuffers::default(),
            pending_delete: None,
            analysis: (None, Analysis::default()),
            findings: FindingsState::default(),
            side_tab: SideTab::Inspector,
            show_left: true,
            show_right: true,
            safety: Safety::default(),
            last_input: 0.0,
        }
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn banner(&self) -> Option<&Banner> {
        self.banner.as_ref()
    }

    pub fn status(&self) -> &str {
        &self.status
    }

    pub fn selected(&self) -> Option<ChartItem> {
        self.selected
    }

    pub fn chart_view(&self) -> &ChartView {
        &self.chart
    }

    /// Queues an action as if the user had asked for it.
    pub fn queue(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The window title: design, file and an unsaved-changes marker.
    pub fn window_title(&self) -> String {
        let dirty = if self.doc.is_dirty() { "● " } else { "" };
        format!(
            "{dirty}{} — {} — Orgsplit",
            self.doc.design().title,
            self.doc.file_name()
        )
    }

    /// Draws one frame and carries out what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            if self.doc.is_dirty() && !self.safety.close_confirmed {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.safety.guard = Some(Continuation::Close);
            } else {
                self.safety.discard_recovery();
            }
        }
        if let Some(error) = self.safety.tick(ctx.input(|i| i.time), &self.doc) {
            self.banner = Some(Banner::Error(format!(
                "{error}. Your work is still open here; save it to keep it."
            )));
        }
        self.read_shortcuts(ui.ctx());
        self.poll_dialog();
        let key = (self.doc.revision(), self.doc.scenario_index());
        if self.summary.0 != Some(key) {
            self.summary = (Some(key), summarise(self.doc.design(), key.1));
        }
        if self.analysis.0 != Some(key) {
            self.analysis = (Some(key), analyse(self.doc.design(), key.1));
        }

        let scenario = self.doc.scenario_index();
        let revision = self.doc.revision();
        egui::Panel::top("menu").show(ui, |ui| {
            panels::menu_bar_ui(ui, &self.recent, &self.doc, &mut self.actions);
            panels::toolbar_ui(
                ui,
                &self.doc,
                (self.show_left, self.show_right),
                &mut self.actions,
            );
        });
        if let Some(banner) = &self.banner {
            egui::Panel::top("banner")
                .show(ui, |ui| panels::banner_ui(ui, banner, &mut self.actions));
        }
        let status = self
            .chart
            .drag_hint(self.doc.design())
            .unwrap_or_else(|| self.status.clone());
        egui::Panel::bottom("status").show(ui, |ui| {
            panels::status_bar_ui(ui, &self.doc, &self.summary.1, &self.analysis.1, &status);
        });
        let mut panels = (self.show_left, self.show_right);
        egui::Panel::left("design")
            .resizable(true)
            .default_size(280.0)
            .show_collapsible(ui, &mut panels.0, |ui| {
                panels::design_panel_ui(ui, &self.doc, &self.summary.1, &mut self.actions);
                ui.separator();
                ui.heading("Roster");
                roster_ui(
                    ui,
                    &mut self.roster,
                    self.doc.design(),
                    scenario,
                    revision,
                    self.selected,
                    &mut self.actions,
                );
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(320.0)
            .show_collapsible(ui, &mut panels.1, |ui| {
                let counts = self.analysis.1.counts();
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut self.side_tab, SideTab::Inspector, "Inspector");
                    ui.selectable_value(
                        &mut self.side_tab,
                        SideTab::Findings,
                        format!("Findings (E{} W{} I{})", counts[0], counts[1], counts[2]),
                    );
                });
                ui.separator();
                match self.side_tab {
                    SideTab::Inspector => {
                        egui::ScrollArea::vertical().show(ui, |ui| {
                            inspector_ui(
                                ui,
                                self.doc.design(),
                                &self.analysis.1,
                                scenario,
                                self.selected,
                                &mut self.buffers,
                                &mut self.actions,
                            );
                        });
                    }
                    SideTab::Findings => findings_ui(
                        ui,
                        &mut self.findings,
                        self.doc.design(),
                        &self.analysis.1,
                        &mut self.actions,
                    ),
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.chart.sync(
                ui.ctx(),
                self.doc.design(),
                &self.analysis.1,
                scenario,
                revision,
            );
            for event in self
                .chart
                .show(ui, self.doc.design(), &self.analysis.1, scenario)
            {
                self.actions.push(match event {
                    ChartEvent::Select(item) => Action::Select(item),
                    ChartEvent::Edit(command) => Action::Apply(command),
                    ChartEvent::Refused(reason) => Action::Refuse(reason),
                    ChartEvent::Cancelled => {
                        Action::Refuse("Drag cancelled; nothing changed.".into())
                    }
                });
            }
        });
        if let Some((question, _)) = &self.pending_delete {
            panels::confirm_ui(ui.ctx(), question, &mut self.actions);
        }
        if let Some(next) = &self.safety.guard {
            let question = format!(
                "Save changes to \u{201c}{}\u{201d} ({}) before {}?",
                self.doc.design().title,
                self.doc.file_name(),
                next.verb()
            );
            panels::save_question_ui(ui.ctx(), &question, &mut self.actions);
        } else if let Some(orphan) = self.safety.orphans.first() {
            panels::recovery_ui(ui.ctx(), orphan, &mut self.actions);
        }

        for action in std::mem::take(&mut self.actions) {
            self.perform(ui.ctx(), action);
        }
        let title = self.window_title();
        if title != self.shown_title {
            ui.ctx()
                .send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn read_shortcuts(&mut self, ctx: &egui::Context) {
        // Plain keys belong to a text field while one has focus.
        let typing = ctx.memory(|m| m.focused().is_some());
        // During a drag, Esc belongs to the chart: it cancels the drag and keeps the selection.
        let dragging = self.chart.is_dragging();
        ctx.input_mut(|i| {
            if i.key_pressed(Key::Escape) && self.pending_delete.is_none() && !dragging {
                self.actions.push(Action::Escape);
            }
            if !typing && i.consume_key(Modifiers::NONE, Key::Delete) {
                self.actions.push(Action::RequestDelete);
            }
            // Ctrl+Shift+S first: Ctrl+S would also match it.
            if i.consume_shortcut(&SAVE_AS) {
                self.actions.push(Action::SaveAs);
            }
            if i.consume_shortcut(&SAVE) {
                self.actions.push(Action::Save);
            }
            if i.consume_shortcut(&NEW) {
                self.actions.push(Action::New);
            }
            if i.consume_shortcut(&OPEN) {
                self.actions.push(Action::Open);
            }
            if i.consume_shortcut(&FIT) {
                self.actions.push(Action::FitView);
            }
            if i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_ALT) {
                self.actions.push(Action::Redo);
            }
            if i.consume_shortcut(&UNDO) {
                self.actions.push(Action::Undo);
            }
            if i.consume_shortcut(&FIND) {
                self.actions.push(Action::FocusSearch);
            }
        });
    }

    fn poll_dialog(&mut self) {
        let Some(answer) = self.dialog.as_ref().and_then(|d| d.poll()) else {
            return;
        };
        let purpose = self.dialog.take().map(|d| d.purpose);
        match (purpose, answer) {
            (Some(DialogPurpose::Open), Some(path)) => self.actions.push(Action::OpenPath(path)),
            (Some(DialogPurpose::SaveAs), Some(path)) => {
                self.actions.push(Action::SaveTo(with_ron_extension(path)))
            }
            (Some(DialogPurpose::SaveAs), None) => {
                // Save As was cancelled: so is whatever was waiting for the save.
                self.safety.after_save = None;
            }
            _ => {}
        }
    }

    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.guarded(ctx, Continuation::New),
            Action::Open => self.guarded(ctx, Continuation::Open),
            Action::OpenPath(path) => self.guarded(ctx, Continuation::OpenPath(path)),
            Action::Save => match self.doc.path().map(PathBuf::from) {
                Some(path) => self.save_to(path),
                None => self.start_dialog(DialogPurpose::SaveAs),
            },
            Action::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            Action::SaveTo(path) => {
                self.save_to(path);
                if !self.doc.is_dirty()
                    && let Some(next) = self.safety.after_save.take()
                {
                    self.proceed(ctx, next);
                }
            }
            Action::FitView => self.chart.request_fit(),
            Action::SetScenario(i) => {
                self.doc.set_scenario(i);
                self.chart.request_fit();
            }
            Action::Select(item) => self.select(item),
            Action::SelectAndCentre(item) => {
                self.select(Some(item));
                self.chart.request_centre(item);
            }
            Action::DismissBanner => self.banner = None,
            Action::Quit => self.guarded(ctx, Continuation::Close),
            Action::GuardSave => {
                if let Some(next) = self.safety.guard.take() {
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
            }
            Action::GuardDiscard => {
                if let Some(next) = self.safety.guard.take() {
                    self.safety.discard_recovery();
                    self.proceed(ctx, next);
                }
            }
            Action::GuardCancel => self.safety.guard = None,
            Action::RestoreRecovery => {
                if !self.safety.orphans.is_empty() {
                    let orphan = self.safety.orphans.remove(0);
                    self.replace_document(Document::recovered(
                        orphan.recovery.design,
                        orphan.recovery.original,
                    ));
                    // The restored work is written to this session's own recovery file
                    // before the crashed session's file is removed.
                    if let Some(store) = &self.safety.recovery
                        && store.write(self.doc.design(), self.doc.path()).is_ok()
                    {
                        let _ = crate::io::RecoveryStore::remove(&orphan.file);
                    }
                    self.status = "Restored unsaved work. Save it to keep it.".into();
                }
            }
            Action::DiscardRecovery => {
                if !self.safety.orphans.is_empty() {
                    let orphan = self.safety.orphans.remove(0);
                    match crate::io::RecoveryStore::remove(&orphan.file) {
                        Ok(()) => self.status = "Discarded the recovered work.".into(),
                        Err(e) => {
                            self.status = format!("Could not remove {}: {e}", orphan.file.display())
                        }
                    }
                }
            }
            Action::LaterRecovery => {
                // Left on disk: offered again on the next start.
                self.safety.orphans.clear();
            }
            Action::Apply(command) => self.apply(command),
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
                if self.chart.cancel_drag() {
                    self.status = "Drag cancelled; nothing changed.".into();
                } else {
                    self.select(None);
                }
            }
            Action::RequestDelete => self.request_delete(),
            Action::ConfirmDelete => {
                if let Some((_, command)) = self.pending_delete.take() {
                    self.select(None);
                    self.apply(command);
                }
            }
            Action::CancelDelete => self.pending_delete = None,
            Action::FocusSearch => ctx.memory_mut(|m| m.request_focus(egui::Id::new(SEARCH_ID))),
            Action::AddPersonUnder(target) => self.add_person(target),
            Action::TogglePanels { left, right } => {
                self.show_left = left;
                self.show_right = right;
                self.chart.request_fit();
            }
            Action::PlaceInUnit { person, unit } => {
                let design = self.doc.design();
                let Some(u) = design.units.iter().position(|x| x.id == unit) else {
                    return;
                };
                let item = match design.units[u].kind {
                    crate::model::UnitKind::Organisation => ChartItem::Organisation(u),
                    crate::model::UnitKind::Team => ChartItem::Team(u),
                };
                let scenario = self.doc.scenario_index();
                let analysis = analyse(design, scenario);
                let preview = preview_drop(design, &analysis, scenario, person, item, true);
                match (preview.command, preview.outcome) {
                    (Some(command), _) => self.apply(command),
                    (None, Err(reason)) => self.status = reason,
                    (None, Ok(_)) => {}
                }
            }
        }
    }

    /// Runs `next` now, or first asks to save unsaved changes.
    fn guarded(&mut self, ctx: &egui::Context, next: Continuation) {
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

    fn select(&mut self, item: Option<ChartItem>) {
        self.selected = item;
        self.chart.set_selected(item);
    }

    /// One edit through the document's command path; refusals go to the status line.
    fn apply(&mut self, command: Command) {
        match self.doc.apply(command) {
            Ok(message) => self.status = message,
            Err(reason) => self.status = reason,
        }
        self.keep_selection_valid();
    }

    /// Drops a selection that points past the end of a list after an edit or undo.
    fn keep_selection_valid(&mut self) {
        let d = self.doc.design();
        let valid = match self.selected {
            Some(ChartItem::Person(p)) => p < d.people.len(),
            Some(ChartItem::Team(u) | ChartItem::Organisation(u)) => u < d.units.len(),
            None => true,
        };
        if !valid {
            self.select(None);
        }
    }

    fn request_delete(&mut self) {
        let d = self.doc.design();
        self.pending_delete = match self.selected {
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
            None => None,
        };
    }

    fn add_person(&mut self, target: Option<ChartItem>) {
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
            None => (None, None),
        };
        self.apply(Command::AddPerson {
            scenario,
            name: "New person".into(),
            title: String::new(),
            unit,
            manager,
        });
        let last = self.doc.design().people.len().saturating_sub(1);
        self.select(Some(ChartItem::Person(last)));
    }

    fn start_dialog(&mut self, purpose: DialogPurpose) {
        if self.dialog.is_some() {
            return;
        }
        let suggested = self.doc.path().map(PathBuf::from);
        self.dialog = Some(PendingDialog::spawn(purpose, suggested));
    }

    fn open_path(&mut self, path: PathBuf) {
        match Document::open(&path) {
            Ok(doc) => {
                self.replace_document(doc);
                self.remember(path.clone());
                self.status = format!("Opened {}.", path.display());
            }
            Err(err) => {
                if err.is_unreadable() {
                    self.recent.retain(|p| p != &path);
                }
                self.banner = Some(Banner::Error(format!(
                    "Could not open {}. {} The open design is unchanged.",
                    path.display(),
                    err.lines().join(" ")
                )));
            }
        }
    }

    fn save_to(&mut self, path: PathBuf) {
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
                self.safety.after_save = None;
                self.banner = Some(Banner::Error(message));
            }
        }
    }

    /// Shows `doc` instead of the current document, resetting the UI state that belonged to
    /// the old one.
    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.safety.discard_recovery();
        self.selected = None;
        self.banner = None;
        if let Some(warning) = self.safety.lock(&self.doc) {
            self.banner = Some(Banner::Info(warning));
        }
        self.chart = ChartView::default();
        self.roster = RosterState::default();
        self.buffers.clear();
        self.pending_delete = None;
        self.analysis = (None, Analysis::default());
    }

    fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
    }
}

/// Save As adds `.ron` when the user typed a name without it.
fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}

impl OrgsplitApp {
    /// Whether the window should slow its frame rate: nothing typed, clicked or moved lately
    /// and nothing moving on screen.
    fn idle(&mut self, ctx: &egui::Context) -> bool {
        let (now, active) = ctx.input(|i| {
            (
                i.time,
                !i.events.is_empty() || i.pointer.any_down() || i.pointer.is_moving(),
            )
        });
        if active || self.chart.is_dragging() || self.chart.is_animating() {
            self.last_input = now;
        }
        now - self.last_input > IDLE_AFTER_SECS
    }
}

impl eframe::App for OrgsplitApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.idle(ctx) {
            std::thread::sleep(IDLE_FRAME);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
    }
}
