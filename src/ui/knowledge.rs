//! The Knowledge tab: per organisation of the option on screen, each critical skill's
//! holders, bus factor and chance of losing them all within a year, the truck factor, and
//! the departures that would hurt most. Names select the person on the chart.

use egui::{Color32, RichText};

use super::actions::Action;
use super::derived::Derived;
use super::panel_context::PanelContext;
use super::widgets::{capitalised, person_link};
use crate::analysis::NO_SKILLS_RECORDED;
use crate::edit::Command;
use crate::model::{Design, counted};

/// A skill whose holders could all be gone within a year with at least this chance, or
/// that rests on one person, is shown in the error colour.
const ALARMING: f64 = 0.1;

const ALARM: Color32 = Color32::from_rgb(0xc0, 0x1c, 0x28);

/// Draws the tab.
pub fn knowledge_ui(ui: &mut egui::Ui, cx: &mut PanelContext, derived: &Derived) {
    let design = cx.design;
    let orgs = derived.knowledge(design);
    egui::ScrollArea::vertical().show(ui, |ui| {
        leave_chance_ui(ui, design, cx.actions);
        if orgs.is_empty() {
            ui.label("This option has no organisations yet.");
        }
        for org in orgs {
            ui.separator();
            ui.label(RichText::new(&design.units[org.organisation].name).strong());
            if org.skills.is_empty() {
                ui.label("No critical skills of its area.");
                continue;
            }
            if org.unknown() {
                ui.label(capitalised(NO_SKILLS_RECORDED));
                continue;
            }
            for s in &org.skills {
                let skill = &design.skills[s.skill];
                let private = design.settings.privacy.hide_sensitive;
                let text = match s.holders.len() {
                    0 => format!("{} {}+: nobody holds it", skill.name, s.level),
                    // The chance comes from flight risk: hidden with it.
                    n if private => format!(
                        "{} {}+: {} · bus factor {}",
                        skill.name,
                        s.level,
                        counted(n, "holder", "holders"),
                        s.bus_factor
                    ),
                    n => format!(
                        "{} {}+: {} · bus factor {} · {} chance of losing all within a year",
                        skill.name,
                        s.level,
                        counted(n, "holder", "holders"),
                        s.bus_factor,
                        pct(s.loss_chance)
                    ),
                };
                let alarming = s.holders.len() <= 1 || s.loss_chance >= ALARMING;
                let text = if alarming {
                    RichText::new(text).color(ALARM)
                } else {
                    RichText::new(text)
                };
                ui.label(text);
                if !s.holders.is_empty() && s.holders.len() <= 6 {
                    people_links(ui, design, &s.holders, cx.actions);
                }
                if s.holders.len() <= 1 && !s.elsewhere.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        ui.add_space(12.0);
                        ui.label("Held in another organisation (a mentor or a loan):");
                        for &(p, level) in s.elsewhere.iter().take(3) {
                            person_link(ui, design, p, cx.actions);
                            ui.label(format!("at level {level}"));
                        }
                    });
                }
                if !s.planned.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!(
                            "In training, covered when it completes ({}):",
                            s.planned.len()
                        ));
                        for &p in &s.planned {
                            person_link(ui, design, p, cx.actions);
                        }
                    });
                }
            }
            match &org.truck_factor {
                Some(people) => {
                    ui.label(format!(
                        "Truck factor {}: fewest people whose leaving uncovers at least half its critical skills",
                        people.len()
                    ));
                    if people.len() <= 6 {
                        people_links(ui, design, people, cx.actions);
                    }
                }
                None => {
                    ui.label("Truck factor: no critical skill is held today.");
                }
            }
            if !org.most_damaging.is_empty() {
                ui.label(RichText::new("Most damaging departures").strong());
            }
            for d in &org.most_damaging {
                let mut what = Vec::new();
                if !d.uncovers.is_empty() {
                    what.push(format!("nobody left holding {}", skill_list(design, &d.uncovers)));
                }
                if !d.leaves_sole.is_empty() {
                    what.push(format!("one holder left of {}", skill_list(design, &d.leaves_sole)));
                }
                ui.horizontal_wrapped(|ui| {
                    person_link(ui, design, d.person, cx.actions);
                    if design.settings.privacy.hide_sensitive {
                        ui.label(format!(": {}", what.join("; ")));
                        return;
                    }
                    let risk = design.scenarios.get(cx.scenario).map_or_else(
                        || design.people[d.person].flight_risk.label().to_owned(),
                        |s| s.flight_risk_words(&design.people[d.person]),
                    );
                    ui.label(format!("({risk}): {}", what.join("; ")));
                });
            }
        }
        ui.separator();
        super::planner::planner_ui(ui, cx, derived);
    });
}

/// The design's chances of leaving within 12 months, by recorded flight risk, each editable
/// in whole percent; a change is one undoable edit, made when a drag ends or a typed value
/// is entered.
fn leave_chance_ui(ui: &mut egui::Ui, design: &Design, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Chance of leaving within 12 months, by recorded flight risk").weak());
    let now = design.settings.leave_chance;
    let mut next = now;
    let mut commit = false;
    ui.horizontal_wrapped(|ui| {
        for (label, value) in [
            ("low", &mut next.low),
            ("medium", &mut next.medium),
            ("high", &mut next.high),
            ("not recorded", &mut next.unknown),
        ] {
            ui.label(label);
            let id = ui.id().with(("leave-chance", label));
            // While dragging, the value lives here; the design changes once, at the end.
            let mut percent: f32 = ui
                .data(|d| d.get_temp(id))
                .unwrap_or((*value * 100.0).round());
            let response = ui.add(
                egui::DragValue::new(&mut percent)
                    .range(0.0..=100.0)
                    .speed(0.5)
                    .fixed_decimals(0)
                    .suffix("%"),
            );
            if response.dragged() || response.has_focus() {
                ui.data_mut(|d| d.insert_temp(id, percent));
            } else {
                ui.data_mut(|d| d.remove::<f32>(id));
            }
            if response.drag_stopped()
                || response.lost_focus()
                || (response.changed() && !response.dragged() && !response.has_focus())
            {
                *value = percent.round() / 100.0;
                commit = true;
            }
        }
    });
    if commit && next != now {
        let mut settings = design.settings.clone();
        settings.leave_chance = next;
        actions.push(Action::Apply(Command::SetSettings(settings)));
    }
}

fn pct(p: f64) -> String {
    if p > 0.0 && p < 0.005 {
        "under 1%".to_owned()
    } else {
        format!("{:.0}%", p * 100.0)
    }
}

fn skill_list(design: &Design, skills: &[(usize, u8)]) -> String {
    skills
        .iter()
        .map(|&(k, level)| format!("{} {level}+", design.skills[k].name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn people_links(ui: &mut egui::Ui, design: &Design, people: &[usize], actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.add_space(12.0);
        for &p in people {
            person_link(ui, design, p, actions);
        }
    });
}
