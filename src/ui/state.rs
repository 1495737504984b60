//! The window's state beside the document, grouped by concern (as egui's demo app keeps its
//! saved state apart from the running app): what the user sees and how ([`View`]), what is
//! open over the window and the work it started ([`OpenDialogs`]), and what is kept between
//! runs ([`Kept`]). None of it is saved in the design or undone.

use std::path::PathBuf;

use super::actions::HelpPage;
use super::chart::ChartView;
use super::compare::CompareState;
use super::export_dialog::ExportDialog;
use super::file_dialog::FileDialogs;
use super::findings::FindingsState;
use super::import_dialog::ImportDialog;
use super::job::Job;
use super::refresh_dialog::RefreshDialog;
use super::roster::RosterState;
use super::selection::Selection;
use super::skills_dialog::SkillsDialog;
use super::versions_dialogs::VersionsDialog;
use crate::edit::Command;
use crate::export::{ExportFormat, ExportRequest};
use crate::layout::ChartItem;

/// Which view the right-hand panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideTab {
    Inspector,
    Findings,
    Knowledge,
}

/// "What if they resign": the window's title and lines, the cards it marks on the chart,
/// and the (revision, option) it was asked of.
pub(super) struct WhatIfView {
    pub title: String,
    pub lines: Vec<String>,
    pub marks: Vec<(ChartItem, String)>,
    pub asked_of: (u64, usize),
}

/// What the user sees and how: the chart, the selection, which panels and tabs are shown,
/// presentation mode, and the state of each panel.
pub(super) struct View {
    pub(super) chart: ChartView,
    pub(super) selection: Selection,
    pub(super) side_tab: SideTab,
    pub(super) show_left: bool,
    pub(super) show_right: bool,
    /// Whether cards moved since the baseline are marked.
    pub(super) moved_marks: bool,
    /// Presentation mode: full-screen chart for a projector ([`super::presentation`]).
    pub(super) presenting: bool,
    pub(super) roster: RosterState,
    pub(super) findings: FindingsState,
    pub(super) compare: CompareState,
    /// The what-if window, while it is open.
    pub(super) what_if: Option<WhatIfView>,
    /// The Help menu's page on screen.
    pub(super) help: Option<HelpPage>,
    /// The first start's welcome strip, until dismissed.
    pub(super) welcome: bool,
}

impl Default for View {
    fn default() -> Self {
        Self {
            chart: ChartView::default(),
            selection: Selection::default(),
            side_tab: SideTab::Inspector,
            show_left: true,
            show_right: true,
            moved_marks: true,
            presenting: false,
            roster: RosterState::default(),
            findings: FindingsState::default(),
            compare: CompareState::default(),
            what_if: None,
            help: None,
            welcome: false,
        }
    }
}

/// An export on a worker thread: its outcome (what was written, or why not), its format
/// and its target.
pub(super) type Exporting = (Job<Result<String, String>>, ExportFormat, PathBuf);

/// What is open over the window (file dialogs, the import and skills dialogs, the export
/// dialog, the removal question) and the export they may have started.
#[derive(Default)]
pub(super) struct OpenDialogs {
    pub(super) files: FileDialogs,
    /// File ▸ Import…, while its dialog is open.
    pub(super) import: Option<ImportDialog>,
    /// File ▸ Import skills…, while its dialog is open.
    pub(super) skills: Option<SkillsDialog>,
    /// File ▸ Update staff from HR export…, while it is worked out or reviewed.
    pub(super) refresh: Option<RefreshDialog>,
    /// Bring in options… or Compare with another design…, while open.
    pub(super) versions: Option<VersionsDialog>,
    /// File ▸ Export… being set up.
    pub(super) export: Option<ExportDialog>,
    /// The export waiting for its file.
    pub(super) export_request: Option<ExportRequest>,
    /// An export being made on a worker thread.
    pub(super) exporting: Option<Exporting>,
    /// A removal waiting for the user's confirmation: the question and the edit.
    pub(super) pending_delete: Option<(String, Command)>,
}

/// What is kept between runs, in eframe's storage (settings only, never designs).
#[derive(Default)]
pub(super) struct Kept {
    pub(super) recent: Vec<PathBuf>,
    /// The welcome strip was dismissed once: it is not shown again.
    pub(super) welcome_dismissed: bool,
}
