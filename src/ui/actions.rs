//! Everything a user can ask the app for.
//!
//! [`UiCommand`] is the registry of named commands: each owns its label, its explanation and
//! its keyboard shortcuts, and menus, shortcut handling and (later) a command palette all read
//! them from here, so a shortcut shown in a menu is always the one that works. [`Action`] is
//! what the panels queue for the app to carry out after they have drawn: a command, or a
//! gesture with data (select this card, apply this edit).

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::Command;
use crate::export::ExportFormat;
use crate::layout::ChartItem;

/// A page of the Help menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    About,
    GettingStarted,
    Findings,
    Shortcuts,
}

/// A named command with a menu entry and, usually, a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum UiCommand {
    New,
    Open,
    Import,
    ImportSkills,
    UpdateStaff,
    BringInOptions,
    CompareWithFile,
    ExportSurvey,
    ExportCsv,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    AddUnplacedPerson,
    RemoveSelection,
    FindInRoster,
    FitView,
    ExpandAll,
    ExpandToLevel1,
    ExpandToLevel2,
    ExpandToLevel3,
    ChartOnly,
    ShowPanels,
    CompareScenarios,
    ShowMovedMarks,
    NewScenarioFromBaseline,
    DuplicateScenario,
    NewEmptyScenario,
    RemoveScenario,
    MoveScenarioEarlier,
    MoveScenarioLater,
    PreviousScenario,
    NextScenario,
    AddOrganisation,
    AddSponsor,
    Present,
    PrivacyMode,
    Pseudonymise,
    ExportSvg,
    ExportPng,
    ExportPdf,
    ExportReport,
    ExportReportPdf,
    GettingStarted,
    FindingsExplained,
    KeyboardShortcuts,
    About,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl UiCommand {
    /// Every command, in the order they are declared: derived, so a new command cannot be
    /// left out of the shortcut handling or the help.
    pub fn all() -> impl Iterator<Item = UiCommand> {
        <UiCommand as strum::IntoEnumIterator>::iter()
    }

    /// The menu entry's text.
    pub fn label(self) -> &'static str {
        match self {
            UiCommand::New => "New",
            UiCommand::Open => "Open…",
            UiCommand::Import => "Import staff…",
            UiCommand::ImportSkills => "Import skills…",
            UiCommand::UpdateStaff => "Update staff from HR export…",
            UiCommand::GettingStarted => "Getting started",
            UiCommand::FindingsExplained => "Findings explained",
            UiCommand::KeyboardShortcuts => "Keyboard shortcuts",
            UiCommand::About => "About Orgsplit",
            UiCommand::BringInOptions => "Bring in options from another design…",
            UiCommand::CompareWithFile => "Compare with another design…",
            UiCommand::ExportSurvey => "Export skills survey…",
            UiCommand::ExportCsv => "Export option as CSV…",
            UiCommand::Save => "Save",
            UiCommand::SaveAs => "Save As…",
            UiCommand::Quit => "Quit",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::AddUnplacedPerson => "Add unplaced person",
            UiCommand::RemoveSelection => "Remove selection…",
            UiCommand::FindInRoster => "Find in roster",
            UiCommand::FitView => "Fit to view",
            UiCommand::ExpandAll => "Expand all",
            UiCommand::ExpandToLevel1 => "Expand to level 1 (the CIOs)",
            UiCommand::ExpandToLevel2 => "Expand to level 2 (the teams)",
            UiCommand::ExpandToLevel3 => "Expand to level 3 (the team leads)",
            UiCommand::ChartOnly => "Chart only (hide side panels)",
            UiCommand::ShowPanels => "Show side panels",
            UiCommand::CompareScenarios => "Compare options…",
            UiCommand::ShowMovedMarks => "Mark people placed differently from the baseline",
            UiCommand::NewScenarioFromBaseline => "New option from the baseline",
            UiCommand::DuplicateScenario => "Duplicate this option",
            UiCommand::NewEmptyScenario => "New empty option",
            UiCommand::RemoveScenario => "Remove this option…",
            UiCommand::MoveScenarioEarlier => "Move option earlier",
            UiCommand::MoveScenarioLater => "Move option later",
            UiCommand::PreviousScenario => "Previous option",
            UiCommand::NextScenario => "Next option",
            UiCommand::AddOrganisation => "Add organisation to this option",
            UiCommand::AddSponsor => "Add sponsor (outside IT)",
            UiCommand::Present => "Present",
            UiCommand::PrivacyMode => "Privacy mode",
            UiCommand::Pseudonymise => "Pseudonymise names",
            UiCommand::ExportSvg => "Export chart as SVG…",
            UiCommand::ExportPng => "Export chart as PNG…",
            UiCommand::ExportPdf => "Export chart as PDF…",
            UiCommand::ExportReport => "Export workshop report (HTML)…",
            UiCommand::ExportReportPdf => "Export workshop report (PDF)…",
        }
    }

    /// What the command does, shown on hover.
    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::New => "Start a new design from the blank dual-CIO template",
            UiCommand::Open => "Open a design file (.ron)",
            UiCommand::Import => {
                "Start a new design from an HR export: CSV, TSV or a spreadsheet (.xlsx, .xls, .ods)"
            }
            UiCommand::GettingStarted => "What the window shows and how to use it",
            UiCommand::FindingsExplained => "Every kind of finding, and when it is raised",
            UiCommand::KeyboardShortcuts => "Every keyboard shortcut",
            UiCommand::About => "Version, licences, and where unsaved work is kept",
            UiCommand::BringInOptions => {
                "Add options a colleague made in another design file, with the people only \
                 that file has if you agree: one undoable edit"
            }
            UiCommand::CompareWithFile => {
                "What differs between this design and another file: people, each option's \
                 seats, units and settings; nothing is changed"
            }
            UiCommand::UpdateStaff => {
                "Match a newer HR export to this design by id: leavers, joiners, moves and changed \
                 titles are listed for review, then applied as one undoable edit that keeps every \
                 option"
            }
            UiCommand::ImportSkills => {
                "Add skill levels and work-style scores from a file to the people of this design"
            }
            UiCommand::ExportSurvey => {
                "Write a survey to send out: a row per person, a column per skill and work style \
                 (levels 1–5); the filled survey comes back with Import skills…"
            }
            UiCommand::ExportCsv => {
                "Write the option on screen as a CSV table the HR system can read (UTF-8, opens in Excel)"
            }
            UiCommand::Save => "Save the design to its file",
            UiCommand::SaveAs => "Save the design to a new file",
            UiCommand::Quit => "Close Orgsplit (asks to save unsaved changes)",
            UiCommand::Undo => "Undo the last edit",
            UiCommand::Redo => "Redo the last undone edit",
            UiCommand::AddUnplacedPerson => "Add a person to the roster without placing them",
            UiCommand::RemoveSelection => "Remove the selected person or team (asks first)",
            UiCommand::FindInRoster => "Search the roster by name, title or skill",
            UiCommand::FitView => "Zoom the chart so everything fits",
            UiCommand::ExpandAll => "Unfold every folded card",
            UiCommand::ExpandToLevel1 | UiCommand::ExpandToLevel2 | UiCommand::ExpandToLevel3 => {
                "Show the chart down to this level, folding what is below (each folded card shows its head-count and findings); a card's chevron unfolds it"
            }
            UiCommand::ChartOnly => "Hide the side panels, e.g. on a projector",
            UiCommand::ShowPanels => "Show the roster, inspector and findings again",
            UiCommand::CompareScenarios => {
                "Put two to four options side by side, with the moves from the baseline"
            }
            UiCommand::ShowMovedMarks => {
                "Show a \"moved\" mark on cards of people whose team or manager differs from the baseline"
            }
            UiCommand::NewScenarioFromBaseline => {
                "Start a new option as a copy of the baseline (the first option)"
            }
            UiCommand::DuplicateScenario => "Start a new option as a copy of the one on screen",
            UiCommand::NewEmptyScenario => {
                "Start a new option with the organisations and teams on screen and nobody placed"
            }
            UiCommand::RemoveScenario => "Remove the option on screen (asks first)",
            UiCommand::MoveScenarioEarlier => {
                "Move the option on screen one place earlier; the first is the baseline"
            }
            UiCommand::MoveScenarioLater => "Move the option on screen one place later",
            UiCommand::PreviousScenario => "Show the previous option",
            UiCommand::NextScenario => "Show the next option",
            UiCommand::AddOrganisation => {
                "Add an organisation (for a new CIO) to the option on screen"
            }
            UiCommand::AddSponsor => {
                "Add a business unit outside IT (Marketing, Customer Service) that organisations can report into"
            }
            UiCommand::Present => {
                "Full-screen chart for a projector: large text, high contrast, no panels (Esc leaves)"
            }
            UiCommand::PrivacyMode => {
                "Hide cost, flight risk and work-style scores everywhere, in this design and its exports (saved with the design)"
            }
            UiCommand::Pseudonymise => {
                "Show \"Person 17 — team\" instead of names on the chart and in exports (saved with the design)"
            }
            UiCommand::ExportSvg => {
                "Write the option on screen as an SVG drawing, as the chart looks"
            }
            UiCommand::ExportPng => {
                "Write the option on screen as a PNG picture (twice the size on screen)"
            }
            UiCommand::ExportPdf => {
                "Write the option on screen as a PDF (one page, or tiled over A3 pages when text would be too small)"
            }
            UiCommand::ExportReportPdf => {
                "Write the workshop report as A4 pages: the comparison, the moves, and each option's figures, findings, knowledge risks and chart"
            }
            UiCommand::ExportReport => {
                "Write every option, its chart, head-counts, findings and knowledge risks, the comparison and the moves as one HTML file"
            }
        }
    }

    /// Whether the command's shortcut works while presenting: leaving, switching options and
    /// framing the chart. Anything else could open a dialog or change the design on the
    /// projector in front of the people it describes.
    pub fn works_while_presenting(self) -> bool {
        matches!(
            self,
            UiCommand::Present
                | UiCommand::PreviousScenario
                | UiCommand::NextScenario
                | UiCommand::FitView
                | UiCommand::ExpandAll
                | UiCommand::ExpandToLevel1
                | UiCommand::ExpandToLevel2
                | UiCommand::ExpandToLevel3
        )
    }

    /// Shortcuts, the one shown in menus first. Plain keys (no modifier) only act while no
    /// text field has focus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [ctrl(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [ctrl(Key::O)];
        const IMPORT: [KeyboardShortcut; 1] = [ctrl(Key::I)];
        const SAVE: [KeyboardShortcut; 1] = [ctrl(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [ctrl_shift(Key::S)];
        const QUIT: [KeyboardShortcut; 1] = [ctrl(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [ctrl(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [ctrl_shift(Key::Z), ctrl(Key::Y)];
        const DELETE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::Delete)];
        const FIND: [KeyboardShortcut; 1] = [ctrl(Key::F)];
        const FIT: [KeyboardShortcut; 1] = [ctrl(Key::Num0)];
        const PREVIOUS: [KeyboardShortcut; 1] = [ctrl(Key::PageUp)];
        const NEXT: [KeyboardShortcut; 1] = [ctrl(Key::PageDown)];
        const COMPARE: [KeyboardShortcut; 1] = [ctrl_shift(Key::C)];
        const PRESENT: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::F5)];
        match self {
            UiCommand::New => &NEW,
            UiCommand::Open => &OPEN,
            UiCommand::Import => &IMPORT,
            UiCommand::Save => &SAVE,
            UiCommand::SaveAs => &SAVE_AS,
            UiCommand::Quit => &QUIT,
            UiCommand::Undo => &UNDO,
            UiCommand::Redo => &REDO,
            UiCommand::RemoveSelection => &DELETE,
            UiCommand::FindInRoster => &FIND,
            UiCommand::FitView => &FIT,
            UiCommand::PreviousScenario => &PREVIOUS,
            UiCommand::NextScenario => &NEXT,
            UiCommand::CompareScenarios => &COMPARE,
            UiCommand::Present => &PRESENT,
            UiCommand::PrivacyMode
            | UiCommand::Pseudonymise
            | UiCommand::ExportSvg
            | UiCommand::ExportPng
            | UiCommand::ExportPdf
            | UiCommand::ExportReport
            | UiCommand::ExportReportPdf
            | UiCommand::AddUnplacedPerson
            | UiCommand::ChartOnly
            | UiCommand::ShowPanels
            | UiCommand::ShowMovedMarks
            | UiCommand::NewScenarioFromBaseline
            | UiCommand::DuplicateScenario
            | UiCommand::NewEmptyScenario
            | UiCommand::RemoveScenario
            | UiCommand::MoveScenarioEarlier
            | UiCommand::MoveScenarioLater
            | UiCommand::AddOrganisation
            | UiCommand::AddSponsor
            | UiCommand::ExportCsv
            | UiCommand::ExportSurvey
            | UiCommand::ImportSkills
            | UiCommand::UpdateStaff
            | UiCommand::GettingStarted
            | UiCommand::FindingsExplained
            | UiCommand::KeyboardShortcuts
            | UiCommand::About
            | UiCommand::BringInOptions
            | UiCommand::CompareWithFile
            | UiCommand::ExpandAll
            | UiCommand::ExpandToLevel1
            | UiCommand::ExpandToLevel2
            | UiCommand::ExpandToLevel3 => &[],
        }
    }

    /// What carrying the command out means.
    pub fn action(self) -> Action {
        match self {
            UiCommand::New => Action::New,
            UiCommand::Open => Action::Open,
            UiCommand::Import => Action::Import,
            UiCommand::ImportSkills => Action::ImportSkills,
            UiCommand::UpdateStaff => Action::UpdateStaff,
            UiCommand::GettingStarted => Action::ShowHelp(HelpPage::GettingStarted),
            UiCommand::FindingsExplained => Action::ShowHelp(HelpPage::Findings),
            UiCommand::KeyboardShortcuts => Action::ShowHelp(HelpPage::Shortcuts),
            UiCommand::About => Action::ShowHelp(HelpPage::About),
            UiCommand::BringInOptions => Action::BringInOptions,
            UiCommand::CompareWithFile => Action::CompareWithFile,
            UiCommand::ExportCsv => Action::ExportCsv,
            UiCommand::ExportSurvey => Action::ExportSurvey,
            UiCommand::Save => Action::Save,
            UiCommand::SaveAs => Action::SaveAs,
            UiCommand::Quit => Action::Quit,
            UiCommand::Undo => Action::Undo,
            UiCommand::Redo => Action::Redo,
            UiCommand::AddUnplacedPerson => Action::AddPersonUnder(None),
            UiCommand::RemoveSelection => Action::RequestDelete,
            UiCommand::FindInRoster => Action::FocusSearch,
            UiCommand::FitView => Action::FitView,
            UiCommand::ExpandAll => Action::ExpandToLevel(None),
            UiCommand::ExpandToLevel1 => Action::ExpandToLevel(Some(1)),
            UiCommand::ExpandToLevel2 => Action::ExpandToLevel(Some(2)),
            UiCommand::ExpandToLevel3 => Action::ExpandToLevel(Some(3)),
            UiCommand::ChartOnly => Action::TogglePanels {
                left: false,
                right: false,
            },
            UiCommand::ShowPanels => Action::TogglePanels {
                left: true,
                right: true,
            },
            UiCommand::CompareScenarios => Action::ToggleCompare,
            UiCommand::ShowMovedMarks => Action::ToggleMovedMarks,
            UiCommand::NewScenarioFromBaseline => Action::NewScenario(NewScenario::FromBaseline),
            UiCommand::DuplicateScenario => Action::NewScenario(NewScenario::Duplicate),
            UiCommand::NewEmptyScenario => Action::NewScenario(NewScenario::Empty),
            UiCommand::RemoveScenario => Action::RequestRemoveScenario,
            UiCommand::MoveScenarioEarlier => Action::MoveOption(-1),
            UiCommand::MoveScenarioLater => Action::MoveOption(1),
            UiCommand::PreviousScenario => Action::StepScenario(-1),
            UiCommand::NextScenario => Action::StepScenario(1),
            UiCommand::AddOrganisation => Action::AddOrganisation,
            UiCommand::AddSponsor => Action::AddSponsor,
            UiCommand::Present => Action::TogglePresentation,
            UiCommand::PrivacyMode => Action::TogglePrivacy {
                pseudonymise: false,
            },
            UiCommand::Pseudonymise => Action::TogglePrivacy { pseudonymise: true },
            UiCommand::ExportSvg => Action::Export(ExportFormat::Svg),
            UiCommand::ExportPng => Action::Export(ExportFormat::Png),
            UiCommand::ExportPdf => Action::Export(ExportFormat::Pdf),
            UiCommand::ExportReport => Action::Export(ExportFormat::Html),
            UiCommand::ExportReportPdf => Action::Export(ExportFormat::ReportPdf),
        }
    }

    /// A menu button for the command, with its shortcut; `label` replaces the usual text
    /// ("Undo move of Ana Silva"). Queues the command's action when clicked.
    pub fn menu_button(
        self,
        ui: &mut egui::Ui,
        label: Option<String>,
        enabled: bool,
        actions: &mut Vec<Action>,
    ) {
        let text = label.unwrap_or_else(|| self.label().to_owned());
        let mut button = egui::Button::new(text);
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked()
        {
            actions.push(self.action());
        }
    }
}

/// The commands whose shortcuts were pressed this frame. Shortcuts with more modifiers are
/// matched first (Ctrl+Shift+S is Save As, not Save); plain keys are left to a focused text
/// field (`typing`).
pub fn pressed_commands(ctx: &egui::Context, typing: bool) -> Vec<UiCommand> {
    let mut all: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::all()
        .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
        .collect();
    all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
    let mut pressed = Vec::new();
    ctx.input_mut(|i| {
        for (command, shortcut) in all {
            let plain = shortcut.modifiers.is_none();
            if plain && typing {
                continue;
            }
            if i.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                pressed.push(command);
            }
        }
    });
    pressed
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.shift) + u8::from(m.ctrl || m.command || m.mac_cmd)
}

/// What a new option starts from; resolved against the option on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewScenario {
    FromBaseline,
    Duplicate,
    Empty,
}

/// Something the user asked for; carried out after the frame's panels have drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    New,
    Open,
    OpenPath(PathBuf),
    /// Choose an HR export to import.
    Import,
    /// Import this file (from the dialog, or dropped on the window).
    ImportPath(PathBuf),
    /// Replace the open design with an imported one (after the unsaved-changes question).
    AdoptImported(Box<crate::model::Design>, String),
    /// Choose where to write the option on screen as CSV.
    ExportCsv,
    /// Choose where to write the skills survey.
    ExportSurvey,
    /// Choose where to write the option's chart or the report.
    Export(ExportFormat),
    /// Write the option's chart or the report to this file.
    ExportTo(ExportFormat, PathBuf),
    /// Enter or leave presentation mode.
    TogglePresentation,
    /// Switch the design's privacy mode, or its pseudonyms, on or off (an undoable edit).
    TogglePrivacy {
        pseudonymise: bool,
    },
    /// Choose a file of skills and work styles for the open design.
    ImportSkills,
    /// Read skills and work styles from this file onto the open design.
    ImportSkillsPath(PathBuf),
    /// A page of the Help menu, or none.
    ShowHelp(HelpPage),
    CloseHelp,
    /// The first start's welcome strip is dismissed, for good.
    DismissWelcome,
    /// File ▸ Update staff from HR export…: asks for the export.
    UpdateStaff,
    /// The export to update the open design's staff from.
    UpdateStaffFrom(PathBuf),
    /// File ▸ Bring in options…: asks for the other design.
    BringInOptions,
    /// The design to bring options in from.
    BringInFrom(PathBuf),
    /// File ▸ Compare with another design…: asks for it.
    CompareWithFile,
    /// The design to compare the open one with.
    CompareWith(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    FitView,
    /// Show the chart down to a level, folding below it; `None` unfolds everything.
    ExpandToLevel(Option<usize>),
    SetScenario(usize),
    Select(Option<ChartItem>),
    /// Select and scroll the chart to the card (from the roster).
    SelectAndCentre(ChartItem),
    /// Show what would break in the option on screen if this person (a roster index)
    /// resigned, without changing the design.
    WhatIf(usize),
    /// Close the what-if window.
    CloseWhatIf,
    /// A copy of the option on screen with these trainings planned in it, then shown.
    CreateScenarioFromPlan(Vec<crate::model::Training>),
    DismissBanner,
    Quit,
    /// Apply an edit through the one command path.
    Apply(Command),
    /// Apply a drop whose preview worked out, at revision `base`, the design and analysis
    /// it leaves (see [`crate::edit::Document::apply_prepared`]).
    ApplyPrepared {
        command: Command,
        base: u64,
        prepared: Box<crate::edit::Prepared>,
    },
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
    /// A new open role (vacancy) in the unit or under the person given.
    AddOpenRoleUnder(Option<ChartItem>),
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
    /// Open or close the compare view.
    ToggleCompare,
    ToggleMovedMarks,
    NewScenario(NewScenario),
    /// Ask to remove the option on screen.
    RequestRemoveScenario,
    /// Move the option on screen this many places (negative: earlier).
    MoveOption(i32),
    /// Show the option this many places away.
    StepScenario(i32),
    AddOrganisation,
    AddSponsor,
    /// Show option `scenario` and select a person on it (from the compare view).
    ShowInScenario {
        scenario: usize,
        item: ChartItem,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for command in UiCommand::all() {
            for shortcut in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| s == shortcut) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
                seen.push((*shortcut, command));
            }
        }
        assert!(seen.len() >= 10, "the registry lost its shortcuts");
    }

    #[test]
    fn every_command_has_its_own_label_and_an_explanation() {
        let mut labels: Vec<&str> = Vec::new();
        for command in UiCommand::all() {
            assert!(
                !command.tooltip().is_empty(),
                "{command:?} has no explanation"
            );
            assert!(
                !labels.contains(&command.label()),
                "{command:?} shares its label {:?}",
                command.label()
            );
            labels.push(command.label());
        }
    }

    #[test]
    fn a_pressed_shortcut_with_more_modifiers_wins() {
        let ctx = egui::Context::default();
        let mut input = egui::RawInput::default();
        input.events.push(egui::Event::Key {
            key: Key::S,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::COMMAND.plus(Modifiers::SHIFT),
        });
        let mut pressed = Vec::new();
        let mut output = ctx.run_ui(input, |ui| pressed = pressed_commands(ui.ctx(), false));
        output.textures_delta.clear();
        assert_eq!(pressed, vec![UiCommand::SaveAs]);
    }
}
