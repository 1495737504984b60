//! The menu bar and the toolbar. Entries come from the [`UiCommand`] registry, so labels and
//! shortcuts are defined once; each click queues an [`Action`].

use std::path::PathBuf;

use egui::RichText;

use super::actions::{Action, UiCommand};
use super::panel_context::PanelContext;

pub fn menu_bar_ui(ui: &mut egui::Ui, cx: &mut PanelContext, recent: &[PathBuf]) {
    let doc = cx.doc;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            UiCommand::New.menu_button(ui, None, true, cx.actions);
            UiCommand::Open.menu_button(ui, None, true, cx.actions);
            ui.menu_button("Open Recent", |ui| {
                if recent.is_empty() {
                    ui.label("No recent files");
                }
                for path in recent {
                    if ui.button(path.display().to_string()).clicked() {
                        cx.actions.push(Action::OpenPath(path.clone()));
                    }
                }
            });
            ui.separator();
            UiCommand::Import.menu_button(ui, None, true, cx.actions);
            UiCommand::ImportSkills.menu_button(ui, None, true, cx.actions);
            UiCommand::UpdateStaff.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::BringInOptions.menu_button(ui, None, true, cx.actions);
            UiCommand::CompareWithFile.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::ExportSurvey.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportCsv.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportSvg.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportPng.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportPdf.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportReport.menu_button(ui, None, true, cx.actions);
            UiCommand::ExportReportPdf.menu_button(ui, None, true, cx.actions);
            ui.separator();
            let save = doc.is_dirty().then(|| "Save ●".to_owned());
            UiCommand::Save.menu_button(ui, save, true, cx.actions);
            UiCommand::SaveAs.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::Quit.menu_button(ui, None, true, cx.actions);
        });
        ui.menu_button("Edit", |ui| {
            let undo = doc.undo_label().map(|l| format!("Undo {l}"));
            let can_undo = undo.is_some();
            UiCommand::Undo.menu_button(ui, undo, can_undo, cx.actions);
            let redo = doc.redo_label().map(|l| format!("Redo {l}"));
            let can_redo = redo.is_some();
            UiCommand::Redo.menu_button(ui, redo, can_redo, cx.actions);
            ui.separator();
            UiCommand::AddUnplacedPerson.menu_button(ui, None, true, cx.actions);
            let selected = cx.selected.is_some();
            UiCommand::RemoveSelection.menu_button(ui, None, selected, cx.actions);
            ui.separator();
            UiCommand::FindInRoster.menu_button(ui, None, true, cx.actions);
        });
        ui.menu_button("Option", |ui| {
            let several = cx.design.scenarios.len() > 1;
            UiCommand::NewScenarioFromBaseline.menu_button(ui, None, true, cx.actions);
            UiCommand::DuplicateScenario.menu_button(ui, None, true, cx.actions);
            UiCommand::NewEmptyScenario.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::PreviousScenario.menu_button(ui, None, cx.scenario > 0, cx.actions);
            let last = cx.scenario + 1 >= cx.design.scenarios.len();
            UiCommand::NextScenario.menu_button(ui, None, !last, cx.actions);
            UiCommand::MoveScenarioEarlier.menu_button(ui, None, cx.scenario > 0, cx.actions);
            UiCommand::MoveScenarioLater.menu_button(ui, None, !last, cx.actions);
            ui.separator();
            UiCommand::AddOrganisation.menu_button(ui, None, true, cx.actions);
            UiCommand::AddSponsor.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::RemoveScenario.menu_button(ui, None, several, cx.actions);
        });
        ui.menu_button("View", |ui| {
            UiCommand::FitView.menu_button(ui, None, true, cx.actions);
            UiCommand::ExpandAll.menu_button(ui, None, true, cx.actions);
            UiCommand::ExpandToLevel1.menu_button(ui, None, true, cx.actions);
            UiCommand::ExpandToLevel2.menu_button(ui, None, true, cx.actions);
            UiCommand::ExpandToLevel3.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::CompareScenarios.menu_button(ui, None, true, cx.actions);
            let marks = if cx.moved_marks { "✔ " } else { "" };
            let label = format!("{marks}{}", UiCommand::ShowMovedMarks.label());
            UiCommand::ShowMovedMarks.menu_button(ui, Some(label), true, cx.actions);
            ui.separator();
            UiCommand::Present.menu_button(ui, None, true, cx.actions);
            let privacy = cx.design.settings.privacy;
            for (command, on) in [
                (UiCommand::PrivacyMode, privacy.hide_sensitive),
                (UiCommand::Pseudonymise, privacy.pseudonymise),
            ] {
                let label = format!("{}{}", if on { "✔ " } else { "" }, command.label());
                command.menu_button(ui, Some(label), true, cx.actions);
            }
            ui.separator();
            UiCommand::ChartOnly.menu_button(ui, None, true, cx.actions);
            UiCommand::ShowPanels.menu_button(ui, None, true, cx.actions);
        });
        ui.menu_button("Help", |ui| {
            UiCommand::GettingStarted.menu_button(ui, None, true, cx.actions);
            UiCommand::FindingsExplained.menu_button(ui, None, true, cx.actions);
            UiCommand::KeyboardShortcuts.menu_button(ui, None, true, cx.actions);
            ui.separator();
            UiCommand::About.menu_button(ui, None, true, cx.actions);
        });
    });
}

/// The scenario switcher and view toggles under the menu bar.
pub fn toolbar_ui(ui: &mut egui::Ui, cx: &mut PanelContext, panels: (bool, bool)) {
    ui.horizontal(|ui| {
        ui.label("Option:");
        let design = cx.design;
        let current = cx.scenario;
        let name = design
            .scenarios
            .get(current)
            .map_or("", |s| s.name.as_str());
        egui::ComboBox::from_id_salt("scenario")
            .selected_text(name)
            .width(320.0)
            .show_ui(ui, |ui| {
                for (i, s) in design.scenarios.iter().enumerate() {
                    let text = if i == 0 {
                        format!("{} (baseline)", s.name)
                    } else {
                        s.name.clone()
                    };
                    if ui.selectable_label(i == current, text).clicked() && i != current {
                        cx.actions.push(Action::SetScenario(i));
                    }
                }
            });
        if ui
            .button("Compare…")
            .on_hover_text(UiCommand::CompareScenarios.tooltip())
            .clicked()
        {
            cx.actions.push(Action::ToggleCompare);
        }
        if ui
            .button(format!("⛶ {}", UiCommand::FitView.label()))
            .on_hover_text(UiCommand::FitView.tooltip())
            .clicked()
        {
            cx.actions.push(Action::FitView);
        }
        let chart_only = !panels.0 && !panels.1;
        if ui
            .selectable_label(chart_only, "Chart only")
            .on_hover_text(UiCommand::ChartOnly.tooltip())
            .clicked()
        {
            cx.actions.push(Action::TogglePanels {
                left: chart_only,
                right: chart_only,
            });
        }
        ui.label(RichText::new("Scroll or pinch to zoom, drag the background to pan.").weak());
    });
}
