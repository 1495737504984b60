//! Menus, toolbar, banner, design summary and status bar. Each reads the document and pushes
//! [`Action`]s; none changes anything itself.

use std::path::PathBuf;

use egui::{Button, Color32, RichText};

use super::app::{Action, Banner, FIND, FIT, NEW, OPEN, REDO, SAVE, SAVE_AS, UNDO};
use super::chart::{mode_colour, mode_tint};
use crate::analysis::Analysis;
use crate::edit::Document;
use crate::layout::ChartItem;
use crate::model::{Summary, UnitCount};

pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    recent: &[PathBuf],
    doc: &Document,
    actions: &mut Vec<Action>,
) {
    let dirty = doc.is_dirty();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            let ctx = ui.ctx().clone();
            if ui
                .add(Button::new("New").shortcut_text(ctx.format_shortcut(&NEW)))
                .clicked()
            {
                actions.push(Action::New);
            }
            if ui
                .add(Button::new("Open…").shortcut_text(ctx.format_shortcut(&OPEN)))
                .clicked()
            {
                actions.push(Action::Open);
            }
            ui.menu_button("Open Recent", |ui| {
                if recent.is_empty() {
                    ui.label("No recent files");
                }
                for path in recent {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                }
            });
            ui.separator();
            let save = Button::new(if dirty { "Save ●" } else { "Save" })
                .shortcut_text(ctx.format_shortcut(&SAVE));
            if ui.add(save).clicked() {
                actions.push(Action::Save);
            }
            if ui
                .add(Button::new("Save As…").shortcut_text(ctx.format_shortcut(&SAVE_AS)))
                .clicked()
            {
                actions.push(Action::SaveAs);
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            let ctx = ui.ctx().clone();
            let undo = match doc.undo_label() {
                Some(label) => format!("Undo {label}"),
                None => "Undo".to_owned(),
            };
            let button = Button::new(undo).shortcut_text(ctx.format_shortcut(&UNDO));
            if ui.add_enabled(doc.undo_label().is_some(), button).clicked() {
                actions.push(Action::Undo);
            }
            let redo = match doc.redo_label() {
                Some(label) => format!("Redo {label}"),
                None => "Redo".to_owned(),
            };
            let button = Button::new(redo).shortcut_text(ctx.format_shortcut(&REDO));
            if ui.add_enabled(doc.redo_label().is_some(), button).clicked() {
                actions.push(Action::Redo);
            }
            ui.separator();
            if ui.button("Add unplaced person").clicked() {
                actions.push(Action::AddPersonUnder(None));
            }
            if ui
                .add(Button::new("Remove selection…").shortcut_text("Delete"))
                .clicked()
            {
                actions.push(Action::RequestDelete);
            }
            ui.separator();
            if ui
                .add(Button::new("Find in roster").shortcut_text(ctx.format_shortcut(&FIND)))
                .clicked()
            {
                actions.push(Action::FocusSearch);
            }
        });
        ui.menu_button("View", |ui| {
            let ctx = ui.ctx().clone();
            if ui
                .add(Button::new("Fit to view").shortcut_text(ctx.format_shortcut(&FIT)))
                .clicked()
            {
                actions.push(Action::FitView);
            }
            if ui.button("Chart only (hide side panels)").clicked() {
                actions.push(Action::TogglePanels {
                    left: false,
                    right: false,
                });
            }
            if ui.button("Show side panels").clicked() {
                actions.push(Action::TogglePanels {
                    left: true,
                    right: true,
                });
            }
        });
    });
}

pub fn toolbar_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    panels: (bool, bool),
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.label("Scenario:");
        let design = doc.design();
        let current = doc.scenario_index();
        let name = design
            .scenarios
            .get(current)
            .map_or("", |s| s.name.as_str());
        egui::ComboBox::from_id_salt("scenario")
            .selected_text(name)
            .width(320.0)
            .show_ui(ui, |ui| {
                for (i, s) in design.scenarios.iter().enumerate() {
                    if ui.selectable_label(i == current, &s.name).clicked() && i != current {
                        actions.push(Action::SetScenario(i));
                    }
                }
            });
        if ui.button("⛶ Fit to view").clicked() {
            actions.push(Action::FitView);
        }
        let chart_only = !panels.0 && !panels.1;
        if ui
            .selectable_label(chart_only, "Chart only")
            .on_hover_text("Hide the side panels, e.g. on a projector")
            .clicked()
        {
            actions.push(Action::TogglePanels {
                left: chart_only,
                right: chart_only,
            });
        }
        ui.label(RichText::new("Scroll or pinch to zoom, drag the background to pan.").weak());
    });
}

pub fn banner_ui(ui: &mut egui::Ui, banner: &Banner, actions: &mut Vec<Action>) {
    let (text, fill) = match banner {
        Banner::Error(t) => (t, Color32::from_rgb(0xfd, 0xe2, 0xe1)),
        Banner::Info(t) => (t, Color32::from_rgb(0xe1, 0xee, 0xfd)),
    };
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let icon = if matches!(banner, Banner::Error(_)) {
                    "⚠"
                } else {
                    "ℹ"
                };
                ui.label(RichText::new(icon).strong());
                ui.add(egui::Label::new(RichText::new(text).color(Color32::BLACK)).wrap());
                if ui.button("Dismiss").clicked() {
                    actions.push(Action::DismissBanner);
                }
            });
        });
}

fn cost_text(count: &UnitCount) -> String {
    let mut s = super::chart::thousands_u64(count.cost);
    if count.cost_unknown > 0 {
        s.push_str(&format!(" (+{} unknown)", count.cost_unknown));
    }
    s
}

pub fn status_bar_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    summary: &Summary,
    analysis: &Analysis,
    status: &str,
) {
    ui.horizontal_wrapped(|ui| {
        for org in &summary.organisations {
            let counts = analysis
                .organisations
                .iter()
                .find(|o| o.unit == org.org.unit)
                .map_or([0; 3], |o| o.counts);
            let name = doc
                .design()
                .units
                .get(org.org.unit)
                .map_or("", |u| u.name.as_str());
            ui.label(RichText::new("■").color(mode_colour(org.mode)));
            ui.label(format!(
                "{name}: {} people, cost {}, findings E{} W{} I{}",
                org.org.people,
                cost_text(&org.org),
                counts[0],
                counts[1],
                counts[2]
            ));
            ui.separator();
        }
        ui.label(format!("Unplaced: {}", summary.unplaced.len()));
        ui.separator();
        ui.label(status);
    });
}

pub fn design_panel_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    summary: &Summary,
    actions: &mut Vec<Action>,
) {
    let design = doc.design();
    egui::ScrollArea::vertical()
        .id_salt("design-summary")
        .max_height(ui.available_height() * 0.45)
        .show(ui, |ui| {
            ui.heading(&design.title);
            if !design.notes.is_empty() {
                ui.add(egui::Label::new(RichText::new(&design.notes).weak()).wrap());
            }
            ui.label(format!(
                "{} people · {} units · {} scenarios",
                design.people.len(),
                design.units.len(),
                design.scenarios.len()
            ));
            ui.separator();
            for org in &summary.organisations {
                let Some(unit) = design.units.get(org.org.unit) else {
                    continue;
                };
                let header = RichText::new(format!("{} — {} people", unit.name, org.org.people))
                    .strong()
                    .color(mode_colour(org.mode));
                egui::Frame::new()
                    .fill(mode_tint(org.mode))
                    .inner_margin(6.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        if ui.selectable_label(false, header).clicked() {
                            actions
                                .push(Action::Select(Some(ChartItem::Organisation(org.org.unit))));
                        }
                        ui.label(format!("{} organisation", org.mode.label()));
                        if !unit.reports_into.is_empty() {
                            ui.label(format!("Reports into {}", unit.reports_into));
                        }
                        for team in &org.teams {
                            let Some(t) = design.units.get(team.unit) else {
                                continue;
                            };
                            let text = format!("{} · {}", t.name, team.people);
                            if ui.selectable_label(false, text).clicked() {
                                actions.push(Action::Select(Some(ChartItem::Team(team.unit))));
                            }
                        }
                    });
                ui.add_space(6.0);
            }
        });
}

/// A modal question: a heading, a sentence and a row of answers, each pushing its action.
/// `on_dismiss` is what Esc or a click outside means (`None`: they do nothing).
fn question_ui(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    answers: &[(&str, Action)],
    on_dismiss: Option<Action>,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::new(id)).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(heading);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (label, action) in answers {
                if ui.button(*label).clicked() {
                    actions.push(action.clone());
                }
            }
        });
    });
    if modal.should_close()
        && let Some(action) = on_dismiss
    {
        actions.push(action);
    }
}

/// The confirmation asked before a removal.
pub fn confirm_ui(ctx: &egui::Context, question: &str, actions: &mut Vec<Action>) {
    question_ui(
        ctx,
        "confirm-delete",
        "Remove?",
        question,
        &[
            ("Remove", Action::ConfirmDelete),
            ("Cancel", Action::CancelDelete),
        ],
        Some(Action::CancelDelete),
        actions,
    );
}

/// "Save changes to … before …?" with Save / Don't Save / Cancel.
pub fn save_question_ui(ctx: &egui::Context, question: &str, actions: &mut Vec<Action>) {
    question_ui(
        ctx,
        "save-question",
        "Unsaved changes",
        question,
        &[
            ("Save", Action::GuardSave),
            ("Don't Save", Action::GuardDiscard),
            ("Cancel", Action::GuardCancel),
        ],
        Some(Action::GuardCancel),
        actions,
    );
}

/// Offers work recovered from a session that ended without saving.
pub fn recovery_ui(ctx: &egui::Context, orphan: &crate::io::Orphan, actions: &mut Vec<Action>) {
    let rec = &orphan.recovery;
    let belongs = match &rec.original {
        Some(path) => format!("It belongs to {}.", path.display()),
        None => "It had never been saved to a file.".to_owned(),
    };
    let text = format!(
        "Orgsplit closed before \u{201c}{}\u{201d} was saved. The last autosave is from {}. {belongs}",
        rec.design.title,
        crate::io::age_in_words(rec.saved_at)
    );
    question_ui(
        ctx,
        "recovery",
        "Recover unsaved work?",
        &text,
        &[
            ("Restore", Action::RestoreRecovery),
            ("Discard", Action::DiscardRecovery),
            ("Decide later", Action::LaterRecovery),
        ],
        None,
        actions,
    );
}
