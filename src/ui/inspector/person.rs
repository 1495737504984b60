//! A person: name, title, placement, flight risk, cost, skills, work style, notes.

use egui::{ComboBox, RichText};

use super::{LEVELS, findings_block};
use crate::analysis::Subject;
use crate::edit::Command;
use crate::layout::ChartItem;
use crate::model::FlightRisk;
use crate::ui::actions::Action;
use crate::ui::panel_context::PanelContext;
use crate::ui::widgets::{TextBuffers, choice_row, committed_text};

pub(super) fn person_ui(
    ui: &mut egui::Ui,
    cx: &mut PanelContext,
    p: usize,
    buffers: &mut TextBuffers,
) {
    let (design, analysis, scenario) = (cx.design, cx.analysis, cx.scenario);
    let actions = &mut *cx.actions;
    let person = &design.people[p];
    let id = person.id.clone();
    let mut edit = |c: Command| actions.push(Action::Apply(c));
    ui.label(RichText::new(&person.name).strong().size(18.0));
    findings_block(ui, analysis, Subject::Person(p));
    if let Some(name) = committed_text(
        ui,
        buffers,
        "Name",
        &format!("{id}/name"),
        &person.name,
        false,
    ) {
        edit(Command::SetPersonName {
            person: id.clone(),
            name,
        });
    }
    if let Some(title) = committed_text(
        ui,
        buffers,
        "Title",
        &format!("{id}/title"),
        &person.title,
        false,
    ) {
        edit(Command::SetPersonTitle {
            person: id.clone(),
            title,
        });
    }
    ui.separator();
    match design
        .scenarios
        .get(scenario)
        .and_then(|s| s.placement_of(&id))
    {
        Some(seat) => {
            let unit = design
                .unit(&seat.unit)
                .map_or(seat.unit.as_str(), |u| u.name.as_str());
            ui.label(format!("Sits in {unit}"));
            match &seat.manager {
                Some(m) => ui.label(format!("Reports to {}", design.person_name(m))),
                None => ui.label("Reports to no one in this option"),
            };
            ui.label(RichText::new("Drag the card on the chart to move them.").weak());
            if ui.button("Unplace in this option").clicked() {
                edit(Command::Unplace {
                    scenario,
                    person: id.clone(),
                });
            }
            ui.label(RichText::new("Dotted lines (not counted in spans)").strong());
            for boss in &seat.dotted {
                ui.horizontal(|ui| {
                    ui.label(format!("· · {}", design.person_name(boss)));
                    if ui
                        .small_button("✕")
                        .on_hover_text(format!(
                            "Remove the dotted line to {}",
                            design.person_name(boss)
                        ))
                        .clicked()
                    {
                        edit(Command::SetDottedLine {
                            scenario,
                            person: id.clone(),
                            to: boss.clone(),
                            on: false,
                        });
                    }
                });
            }
            ComboBox::from_id_salt(("dotted", &id))
                .selected_text("Add a dotted line to…")
                .width(220.0)
                .show_ui(ui, |ui| {
                    let placed = &design.scenarios[scenario].placements;
                    for other in placed {
                        let taken = other.person == id
                            || seat.manager.as_deref() == Some(other.person.as_str())
                            || seat.dotted.contains(&other.person);
                        if !taken
                            && ui
                                .selectable_label(false, design.person_name(&other.person))
                                .clicked()
                        {
                            edit(Command::SetDottedLine {
                                scenario,
                                person: id.clone(),
                                to: other.person.clone(),
                                on: true,
                            });
                        }
                    }
                });
            ui.label(
                RichText::new("Or hold Alt and drop their card onto the other manager.").weak(),
            );
        }
        None => {
            ui.label("Not placed in this option.");
            ComboBox::from_id_salt(("place", &id))
                .selected_text("Place in…")
                .show_ui(ui, |ui| {
                    let option = &design.scenarios[scenario];
                    for unit in design
                        .units
                        .iter()
                        .filter(|u| option.slot_of(&u.id).is_some())
                    {
                        if ui.selectable_label(false, &unit.name).clicked() {
                            actions.push(Action::PlaceInUnit {
                                person: p,
                                unit: unit.id.clone(),
                            });
                        }
                    }
                });
        }
    }
    ui.separator();
    ui.label("Flight risk");
    let risks = [
        (FlightRisk::Low, "Low"),
        (FlightRisk::Medium, "Medium"),
        (FlightRisk::High, "High"),
    ];
    if let Some(risk) = choice_row(ui, person.flight_risk, &risks) {
        actions.push(Action::Apply(Command::SetFlightRisk {
            person: id.clone(),
            risk,
        }));
    }
    let cost_text = person
        .annual_cost
        .map(|c| c.to_string())
        .unwrap_or_default();
    if let Some(text) = committed_text(
        ui,
        buffers,
        "Annual cost",
        &format!("{id}/cost"),
        &cost_text,
        false,
    ) {
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ',' | ' ' | '_' | '.'))
            .collect();
        if digits.is_empty() {
            actions.push(Action::Apply(Command::SetAnnualCost {
                person: id.clone(),
                cost: None,
            }));
        } else {
            match digits.parse::<u32>() {
                Ok(cost) => actions.push(Action::Apply(Command::SetAnnualCost { person: id.clone(), cost: Some(cost) })),
                Err(_) => actions.push(Action::Refuse(format!(
                    "\"{text}\" is not an annual cost; type a whole number such as 85000, or leave it empty."
                ))),
            }
        }
    }
    ui.separator();
    ui.label(RichText::new("Skills").strong());
    egui::Grid::new(("skills", &id))
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for s in &person.skills {
                let name = design
                    .skill(&s.skill)
                    .map_or(s.skill.as_str(), |k| k.name.as_str());
                ui.label(name);
                if let Some(Some(level)) = choice_row(ui, Some(s.level), &LEVELS[1..]) {
                    actions.push(Action::Apply(Command::SetSkillLevel {
                        person: id.clone(),
                        skill: s.skill.clone(),
                        level: Some(level),
                    }));
                }
                if ui
                    .small_button("✖")
                    .on_hover_text(format!("Remove {name}"))
                    .clicked()
                {
                    actions.push(Action::Apply(Command::SetSkillLevel {
                        person: id.clone(),
                        skill: s.skill.clone(),
                        level: None,
                    }));
                }
                ui.end_row();
            }
        });
    ComboBox::from_id_salt(("add-skill", &id))
        .selected_text("Add skill…")
        .show_ui(ui, |ui| {
            for skill in design
                .skills
                .iter()
                .filter(|k| person.level_of(&k.id).is_none())
            {
                let text = format!("{} ({})", skill.name, skill.area.label());
                if ui.selectable_label(false, text).clicked() {
                    actions.push(Action::Apply(Command::SetSkillLevel {
                        person: id.clone(),
                        skill: skill.id.clone(),
                        level: Some(3),
                    }));
                }
            }
        });
    ui.separator();
    ui.label(RichText::new("Work style (1–5, ? = unknown)").strong());
    for dim in &design.work_styles {
        ui.label(&dim.name)
            .on_hover_text(format!("1 = {}, 5 = {}", dim.low, dim.high));
        if let Some(score) = choice_row(ui, person.score_of(&dim.id), &LEVELS) {
            actions.push(Action::Apply(Command::SetStyleScore {
                person: id.clone(),
                dimension: dim.id.clone(),
                score,
            }));
        }
    }
    ui.separator();
    if let Some(notes) = committed_text(
        ui,
        buffers,
        "Notes",
        &format!("{id}/notes"),
        &person.notes,
        true,
    ) {
        actions.push(Action::Apply(Command::SetPersonNotes {
            person: id.clone(),
            notes,
        }));
    }
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .button("Add report")
            .on_hover_text("A new person reporting to this one")
            .clicked()
        {
            actions.push(Action::AddPersonUnder(Some(ChartItem::Person(p))));
        }
        if ui.button("Remove person…").clicked() {
            actions.push(Action::RequestDelete);
        }
    });
}
