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
    let mut what_if = false;
    let mut edit = |c: Command| actions.push(Action::Apply(c));
    ui.label(RichText::new(&person.name).strong().size(18.0));
    if person.open_role {
        ui.label(
            RichText::new(
                "An open role: a budgeted seat nobody fills yet, counted apart from head-count.",
            )
            .weak(),
        );
    }
    if !person.open_role
        && let Some(fit) = analysis.fits.get(p)
    {
        // Work-style fit comes from the scores: privacy mode shows skill fit alone.
        ui.label(if design.settings.privacy.hide_sensitive {
            crate::scene::skill_fit_line(fit.skill_fit)
        } else {
            crate::ui::chart::fit_line(fit.skill_fit, fit.style_fit)
        });
    }
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
            if person.open_role {
                fill_with(ui, design, scenario, &id, &mut edit);
            }
            if ui.button("Unplace in this option").clicked() {
                edit(Command::Unplace {
                    scenario,
                    person: id.clone(),
                });
            }
            if !person.open_role
                && ui
                    .button("What if they resign?")
                    .on_hover_text(
                        "Shows what would break in this option without them; the design does \
                         not change",
                    )
                    .clicked()
            {
                what_if = true;
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
    if what_if {
        actions.push(Action::WhatIf(p));
    }
    ui.separator();
    if person.open_role && design.settings.privacy.hide_sensitive {
        ui.label(RichText::new(PRIVATE).italics());
    } else if person.open_role {
        cost_field(
            ui,
            buffers,
            actions,
            &id,
            person.annual_cost,
            "Budgeted annual cost",
        );
    } else {
        person_attributes(ui, design, actions, p, buffers);
        ui.separator();
        super::plans::scenario_plans_ui(ui, design, scenario, p, buffers, actions);
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
        if ui
            .button("Add open role")
            .on_hover_text("A vacancy reporting to this one")
            .clicked()
        {
            actions.push(Action::AddOpenRoleUnder(Some(ChartItem::Person(p))));
        }
        let remove = if person.open_role {
            "Remove open role…"
        } else {
            "Remove person…"
        };
        if ui.button(remove).clicked() {
            actions.push(Action::RequestDelete);
        }
    });
}

/// Flight risk, annual cost, skills and work style: what a person has and an open role has not.
fn person_attributes(
    ui: &mut egui::Ui,
    design: &crate::model::Design,
    actions: &mut Vec<Action>,
    p: usize,
    buffers: &mut TextBuffers,
) {
    let person = &design.people[p];
    let id = person.id.clone();
    // Privacy mode: no cost, flight risk or work-style score on screen, not even in the
    // fields that edit them.
    let private = design.settings.privacy.hide_sensitive;
    if private {
        ui.label(RichText::new(PRIVATE).italics());
    } else {
        ui.label("Recorded flight risk");
        let risks = [
            (FlightRisk::Unknown, "Not recorded"),
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
        cost_field(ui, buffers, actions, &id, person.annual_cost, "Annual cost");
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
    if private {
        return;
    }
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
}

/// A whole-number cost, or empty for unknown; anything else is refused with a sentence.
fn cost_field(
    ui: &mut egui::Ui,
    buffers: &mut TextBuffers,
    actions: &mut Vec<Action>,
    id: &str,
    cost: Option<u32>,
    label: &str,
) {
    let cost_text = cost.map(|c| c.to_string()).unwrap_or_default();
    let Some(text) = committed_text(ui, buffers, label, &format!("{id}/cost"), &cost_text, false)
    else {
        return;
    };
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '.'))
        .collect();
    let person = id.to_owned();
    if digits.is_empty() {
        actions.push(Action::Apply(Command::SetAnnualCost { person, cost: None }));
        return;
    }
    match digits.parse::<u32>() {
        Ok(cost) => actions.push(Action::Apply(Command::SetAnnualCost {
            person,
            cost: Some(cost),
        })),
        Err(_) => actions.push(Action::Refuse(format!(
            "\"{text}\" is not an annual cost; type a whole number such as 85000, or leave it empty."
        ))),
    }
}

/// "Fill with…": a person of the roster takes this open role's seat in the option.
fn fill_with(
    ui: &mut egui::Ui,
    design: &crate::model::Design,
    scenario: usize,
    role: &str,
    edit: &mut impl FnMut(Command),
) {
    ComboBox::from_id_salt(("fill", role))
        .selected_text("Fill with…")
        .width(220.0)
        .show_ui(ui, |ui| {
            for person in design.people.iter().filter(|x| !x.open_role) {
                if ui.selectable_label(false, &person.name).clicked() {
                    edit(Command::FillOpenRole {
                        scenario,
                        role: role.to_owned(),
                        person: person.id.clone(),
                    });
                }
            }
        });
    ui.label(RichText::new("Or drop a person's card onto this one.").weak());
}

/// What the inspector says in place of cost, flight risk and work-style scores.
const PRIVATE: &str =
    "Privacy mode: cost, flight risk and work-style scores are hidden (View ▸ Privacy mode).";
