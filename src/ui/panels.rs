//! Banner, design summary and status bar. Each reads the document and what was derived from
//! it, and pushes [`Action`]s; none changes anything itself.

use egui::{Color32, RichText};

use super::actions::{Action, UiCommand};
use super::chart::{mode_colour, mode_tint};
use super::panel_context::PanelContext;
use crate::analysis::UnitCount;
use crate::layout::ChartItem;
use crate::model::counted;

/// A message shown in a strip above the chart until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    Error(String),
    Info(String),
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

/// The first start's strip: the sample is fictional, and where to begin with your own.
pub fn welcome_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    egui::Frame::new()
        .fill(Color32::from_rgb(0xe6, 0xf4, 0xea))
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(
                        "This is a fictional sample. Import your staff (Ctrl+I), open a design \
                         (Ctrl+O), or start blank (Ctrl+N).",
                    )
                    .color(Color32::BLACK),
                );
                if ui.button("Import staff…").clicked() {
                    actions.push(Action::Import);
                }
                if ui.button("Open…").clicked() {
                    actions.push(UiCommand::Open.action());
                }
                if ui.button("Start blank").clicked() {
                    actions.push(UiCommand::New.action());
                }
                if ui.button("Dismiss").clicked() {
                    actions.push(Action::DismissWelcome);
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

pub fn status_bar_ui(ui: &mut egui::Ui, cx: &PanelContext, status: &str) {
    ui.horizontal_wrapped(|ui| {
        for org in &cx.analysis.organisations {
            let name = cx
                .design
                .units
                .get(org.unit)
                .map_or("", |u| u.name.as_str());
            ui.label(RichText::new("■").color(mode_colour(org.mode)));
            let cost = if cx.design.settings.privacy.hide_sensitive {
                "hidden".to_owned()
            } else {
                cost_text(&org.total)
            };
            ui.label(format!(
                "{name}: {}, cost {cost}, findings E{} W{} I{}",
                people_text(&org.total),
                org.counts[0],
                org.counts[1],
                org.counts[2]
            ));
            ui.separator();
        }
        ui.label(format!("Unplaced: {}", cx.analysis.unplaced.len()));
        ui.separator();
        ui.label(status);
    });
}

pub fn design_panel_ui(ui: &mut egui::Ui, cx: &mut PanelContext) {
    let design = cx.design;
    let actions = &mut *cx.actions;
    egui::ScrollArea::vertical()
        .id_salt("design-summary")
        .max_height(ui.available_height() * 0.45)
        .show(ui, |ui| {
            ui.heading(&design.title);
            if !design.notes.is_empty() {
                ui.add(egui::Label::new(RichText::new(&design.notes).weak()).wrap());
            }
            let options = design.scenarios.len();
            let roles = design.people.iter().filter(|p| p.open_role).count();
            let mut line = counted(design.people.len() - roles, "person", "people");
            if roles > 0 {
                line.push_str(&format!(" + {}", counted(roles, "open role", "open roles")));
            }
            ui.label(format!(
                "{line} · {} · {}",
                counted(design.units.len(), "unit", "units"),
                counted(options, "option", "options")
            ));
            ui.separator();
            for org in &cx.analysis.organisations {
                let Some(unit) = design.units.get(org.unit) else {
                    continue;
                };
                let header = RichText::new(format!("{} — {}", unit.name, people_text(&org.total)))
                    .strong()
                    .color(mode_colour(org.mode));
                egui::Frame::new()
                    .fill(mode_tint(org.mode))
                    .inner_margin(6.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        if ui.selectable_label(false, header).clicked() {
                            actions.push(Action::Select(Some(ChartItem::Organisation(org.unit))));
                        }
                        ui.label(format!("{} organisation", org.mode.label()));
                        if !org.sponsors.is_empty() {
                            let names: Vec<&str> = org
                                .sponsors
                                .iter()
                                .filter_map(|&k| design.sponsors.get(k))
                                .map(|s| s.name.as_str())
                                .collect();
                            ui.label(format!("Reports into {}", names.join(" & ")));
                        }
                        for team in &org.teams {
                            let Some(t) = design.units.get(team.unit) else {
                                continue;
                            };
                            let text = format!("{} · {}", t.name, people_text(team));
                            if ui.selectable_label(false, text).clicked() {
                                actions.push(Action::Select(Some(ChartItem::Team(team.unit))));
                            }
                        }
                    });
                ui.add_space(6.0);
            }
        });
}

/// "65 people", or "65 people + 2 open roles" when the unit has vacancies.
fn people_text(count: &UnitCount) -> String {
    let people = counted(count.people, "person", "people");
    match count.open_roles {
        0 => people,
        n => format!("{people} + {}", counted(n, "open role", "open roles")),
    }
}
