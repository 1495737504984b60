//! The main window: owns the document, what is derived from it and the UI state; draws the
//! panels, which queue [`Action`]s, and carries those out after the frame (see
//! [`perform`](super::perform)).

use std::path::PathBuf;

use egui::ViewportCommand;

use super::actions::{Action, pressed_commands};
use super::chart::{ChartEvent, ChartView};
use super::derived::Derived;
use super::file_dialog::FileDialogs;
use super::findings::findings_ui;
use super::inspector::inspector_ui;
use super::menus::{menu_bar_ui, toolbar_ui};
use super::panel_context::PanelContext;
use super::panels::{self, Banner};
use super::questions;
use super::roster::roster_ui;
use super::safety::Safety;
use super::state::{Kept, OpenDialogs, SideTab, View};
use super::widgets::TextBuffers;
use crate::edit::Document;
use crate::io::{SAMPLE_RON, builtin};
use crate::layout::ChartItem;

/// Key of the recent-files list in eframe's settings storage (settings only, never designs).
const RECENT_KEY: &str = "orgsplit.recent";
/// Key of "the welcome strip was dismissed" in eframe's settings storage.
const WELCOME_KEY: &str = "orgsplit.welcome-dismissed";

/// The whole app: the document and what is derived from it, and the window's state beside
/// it grouped by concern (see [`super::state`]).
pub struct OrgsplitApp {
    pub(super) doc: Document,
    pub(super) derived: Derived,
    pub(super) safety: Safety,
    pub(super) view: View,
    pub(super) open: OpenDialogs,
    pub(super) kept: Kept,
    /// What panels and shortcuts asked for this frame, carried out after drawing.
    pub(super) actions: Vec<Action>,
    /// Text fields being edited (one edit per finished gesture).
    pub(super) buffers: TextBuffers,
    /// The status line.
    pub(super) status: String,
    pub(super) banner: Option<Banner>,
    /// The window title last sent, so it is sent only when it changes.
    pub(super) shown_title: String,
    /// With `--timing`: when the process started; the first frame prints how long it took.
    pub(super) timing: Option<std::time::Instant>,
}

impl OrgsplitApp {
    /// Called by eframe: restores settings, then opens `path` or the sample.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Self {
        cc.egui_ctx.set_visuals(egui::Visuals::light());
        let on_sample = path.is_none();
        let mut app = Self::start(path);
        if let Some(storage) = cc.storage {
            app.kept.recent = eframe::get_value(storage, RECENT_KEY).unwrap_or_default();
            app.kept.welcome_dismissed =
                eframe::get_value(storage, WELCOME_KEY).unwrap_or_default();
        }
        if on_sample {
            app = app.with_welcome();
        }
        if let Some(dir) = eframe::storage_dir("Orgsplit") {
            app = app.with_recovery_dir(dir.join("recovery"));
        }
        app
    }

    /// Autosaves unsaved work into `dir` and offers work left there by crashed sessions.
    pub fn with_recovery_dir(mut self, dir: PathBuf) -> Self {
        self.safety = std::mem::take(&mut self.safety).with_recovery_keeping_lock(dir);
        self
    }

    /// Uses the in-app file browser and never the system's dialog (for systems without one,
    /// and for tests).
    pub fn with_in_app_file_dialogs(mut self) -> Self {
        self.open.files = FileDialogs::in_app_only();
        self
    }

    /// Whether a recovered design is being offered.
    pub fn offers_recovery(&self) -> bool {
        self.safety.offers_recovery()
    }

    /// Whether the "Save changes before …?" question is showing.
    pub fn asks_to_save(&self) -> bool {
        self.safety.asks_to_save()
    }

    /// Whether the compare view is open.
    pub fn compares(&self) -> bool {
        self.view.compare.open
    }

    /// Whether the import dialog is showing.
    pub fn shows_import(&self) -> bool {
        self.open.import.is_some()
    }

    /// Whether the in-app file browser is showing.
    pub fn shows_file_browser(&self) -> bool {
        self.open.files.in_app_is_open()
    }

    /// Starts on `path`, or on the sample. A file that cannot be opened leaves the sample open
    /// and says why in the banner.
    pub fn start(path: Option<PathBuf>) -> Self {
        let mut app = Self::with_document(Document::unsaved(builtin(SAMPLE_RON)));
        app.status = "Showing the built-in sample design.".into();
        // A design opens; anything else (a table from an HR system) starts the import, as
        // a file dropped on the window does.
        match path.map(file_action) {
            Some(Action::OpenPath(path)) => app.open_path(path),
            Some(other) => app.actions.push(other),
            None => {}
        }
        app
    }

    /// An app showing `doc`; used by tests and by [`Self::start`].
    pub fn with_document(doc: Document) -> Self {
        Self {
            doc,
            derived: Derived::default(),
            safety: Safety::default(),
            view: View::default(),
            open: OpenDialogs::default(),
            kept: Kept::default(),
            actions: Vec::new(),
            buffers: TextBuffers::default(),
            status: String::new(),
            banner: None,
            shown_title: String::new(),
            timing: None,
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
        self.view.selection.item()
    }

    pub fn chart_view(&self) -> &ChartView {
        &self.view.chart
    }

    /// The analysis the panels and the chart show.
    pub fn analysis(&self) -> &crate::analysis::Analysis {
        self.derived.analysis()
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
        if ctx.input(|i| i.viewport().close_requested())
            && self.safety.hold_close(self.doc.is_dirty())
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
        let now = ctx.input(|i| i.time);
        if let Some(error) = self.safety.tick(now, &self.doc) {
            self.banner = Some(Banner::Error(format!(
                "{error}. Your work is still open here; save it to keep it."
            )));
        }
        if let Some(due) = self.safety.autosave_due_in(now, &self.doc) {
            // A resting window draws no frames: wake up for the autosave.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due + 0.05));
        }
        self.read_shortcuts(&ctx);
        self.poll_dialogs(&ctx);
        self.poll_export(&ctx);
        self.take_dropped_files(&ctx);
        self.derived.refresh(&self.doc);
        self.panels_ui(ui);
        if let Some((question, _)) = &self.open.pending_delete {
            questions::confirm_ui(&ctx, question, &mut self.actions);
        }
        self.import_ui(&ctx);
        self.skills_ui(&ctx);
        self.refresh_ui(&ctx);
        self.versions_ui(&ctx);
        if let Some(page) = self.view.help
            && super::help::help_window(&ctx, page, self.safety.recovery_dir())
        {
            self.actions.push(Action::CloseHelp);
        }
        self.export_dialog_ui(&ctx);
        self.safety.questions_ui(&ctx, &self.doc, &mut self.actions);
        for action in std::mem::take(&mut self.actions) {
            self.perform(&ctx, action);
        }
        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Menus, banner, status bar, side panels and the chart.
    fn panels_ui(&mut self, ui: &mut egui::Ui) {
        let status = self
            .view
            .chart
            .drag_hint(self.doc.design())
            .unwrap_or_else(|| self.status.clone());
        let mut cx = PanelContext {
            doc: &self.doc,
            design: self.doc.design(),
            analysis: self.derived.analysis(),
            scenario: self.doc.scenario_index(),
            revision: self.doc.revision(),
            selected: self.view.selection.item(),
            moved_marks: self.view.moved_marks,
            actions: &mut self.actions,
        };
        let presenting = self.view.presenting;
        if !presenting {
            egui::Panel::top("menu").show(ui, |ui| {
                menu_bar_ui(ui, &mut cx, &self.kept.recent);
                toolbar_ui(ui, &mut cx, (self.view.show_left, self.view.show_right));
            });
        }
        if self.view.welcome && !presenting {
            egui::Panel::top("welcome").show(ui, |ui| panels::welcome_ui(ui, cx.actions));
        }
        if let Some(banner) = self.banner.as_ref().filter(|_| !presenting) {
            egui::Panel::top("banner").show(ui, |ui| panels::banner_ui(ui, banner, cx.actions));
        }
        if !presenting {
            egui::Panel::bottom("status").show(ui, |ui| panels::status_bar_ui(ui, &cx, &status));
        }
        // While presenting the side panels are not drawn at all (rather than collapsed), so
        // they come back without an opening animation and the chart fits the final space.
        let mut shown = (self.view.show_left, self.view.show_right);
        if !presenting {
            egui::Panel::left("design")
                .resizable(true)
                .default_size(280.0)
                .show_collapsible(ui, &mut shown.0, |ui| {
                    panels::design_panel_ui(ui, &mut cx);
                    ui.separator();
                    ui.heading("Roster");
                    roster_ui(ui, &mut self.view.roster, &mut cx);
                });
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(320.0)
                .show_collapsible(ui, &mut shown.1, |ui| {
                    let counts = cx.analysis.counts();
                    ui.horizontal(|ui| {
                        ui.selectable_value(
                            &mut self.view.side_tab,
                            SideTab::Inspector,
                            "Inspector",
                        );
                        ui.selectable_value(
                            &mut self.view.side_tab,
                            SideTab::Findings,
                            format!("Findings (E{} W{} I{})", counts[0], counts[1], counts[2]),
                        );
                        ui.selectable_value(
                            &mut self.view.side_tab,
                            SideTab::Knowledge,
                            "Knowledge",
                        );
                    });
                    ui.separator();
                    match self.view.side_tab {
                        SideTab::Inspector => {
                            egui::ScrollArea::vertical().show(ui, |ui| {
                                inspector_ui(ui, &mut cx, &mut self.buffers);
                            });
                        }
                        SideTab::Findings => findings_ui(ui, &mut self.view.findings, &mut cx),
                        SideTab::Knowledge => {
                            super::knowledge::knowledge_ui(ui, &mut cx, &self.derived);
                        }
                    }
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if presenting {
                super::presentation::caption(ui, cx.design, cx.scenario);
            }
            let (design, analysis) = (cx.design, cx.analysis);
            self.view
                .chart
                .sync(ui.ctx(), design, analysis, cx.scenario, cx.revision);
            // A what-if answers for the design and option it was asked of: any edit, undo or
            // switch of option closes it.
            if self
                .view
                .what_if
                .as_ref()
                .is_some_and(|w| w.asked_of != (cx.revision, cx.scenario))
            {
                self.view.what_if = None;
            }
            self.view
                .chart
                .show_what_if(self.view.what_if.as_ref().map_or(&[], |w| &w.marks[..]));
            for event in self.view.chart.show(ui, design, analysis, cx.scenario) {
                cx.push(match event {
                    ChartEvent::Select(item) => Action::Select(item),
                    ChartEvent::Edit(command) => Action::Apply(command),
                    ChartEvent::Drop {
                        command,
                        base,
                        prepared,
                    } => Action::ApplyPrepared {
                        command,
                        base,
                        prepared,
                    },
                    ChartEvent::Refused(reason) => Action::Refuse(reason),
                    ChartEvent::Cancelled => {
                        Action::Refuse("Drag cancelled; nothing changed.".into())
                    }
                    ChartEvent::WhatIf(p) => Action::WhatIf(p),
                });
            }
        });
        self.view.compare.window_ui(ui.ctx(), &mut cx);
        if let Some(w) = &self.view.what_if {
            what_if_window(ui.ctx(), &w.title, &w.lines, cx.actions);
        }
    }

    fn read_shortcuts(&mut self, ctx: &egui::Context) {
        // Plain keys belong to a text field while one has focus.
        let typing = ctx.memory(|m| m.focused().is_some());
        // During a drag, Esc belongs to the chart: it cancels the drag and keeps the selection.
        let dragging = self.view.chart.is_dragging();
        if ctx.input(|i| i.key_pressed(egui::Key::Escape))
            && self.open.pending_delete.is_none()
            && !dragging
            && !self.open.files.is_open()
        {
            self.actions.push(Action::Escape);
        }
        if self.open.files.in_app_is_open() {
            // The file browser has the keyboard.
            return;
        }
        for command in pressed_commands(ctx, typing) {
            if self.view.presenting && !command.works_while_presenting() {
                continue;
            }
            self.actions.push(command.action());
        }
    }

    /// Settings kept between runs.
    fn save_settings(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.kept.recent);
        eframe::set_value(storage, WELCOME_KEY, &self.kept.welcome_dismissed);
    }

    /// Shows the first start's welcome strip (over the sample, until dismissed once).
    pub fn with_welcome(mut self) -> Self {
        self.view.welcome = !self.kept.welcome_dismissed;
        self
    }
}

/// What a file given to the window does: a design (`.ron`) opens, anything else is
/// imported as an HR export.
pub(super) fn file_action(path: PathBuf) -> Action {
    let is_design = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_design {
        Action::OpenPath(path)
    } else {
        Action::ImportPath(path)
    }
}

impl eframe::App for OrgsplitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        if let Some(started) = self.timing.take() {
            eprintln!(
                "first frame {} ms after the process started",
                started.elapsed().as_millis()
            );
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_settings(storage);
    }
}

fn what_if_window(ctx: &egui::Context, title: &str, lines: &[String], actions: &mut Vec<Action>) {
    let mut open = true;
    egui::Window::new(title)
        .id(egui::Id::new("what-if"))
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(
                egui::RichText::new("Nothing has changed in the design; this is what would.")
                    .weak(),
            );
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for line in lines {
                        ui.label(format!("• {line}"));
                    }
                });
            if ui.button("Close").clicked() {
                actions.push(Action::CloseWhatIf);
            }
        });
    if !open {
        actions.push(Action::CloseWhatIf);
    }
}
