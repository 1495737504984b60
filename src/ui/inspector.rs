//! The inspector: edit the selected person or unit. Every change becomes one [`Command`].

use egui::{ComboBox, RichText};

use super::actions::Action;
use super::panel_context::PanelContext;
use super::widgets::{TextBuffers, choice_row, committed_text};
use crate::analysis::{Analysis, Subject};
use crate::edit::Command;
use crate::layout::ChartItem;
use crate::model::{Design, FlightRisk, Mode, UnitKind};

const LEVELS: [(Option<u8>, &str); 6] = [
    (None, "?"),
    (Some(1), "1"),
    (Some(2), "2"),
    (Some(3), "3"),
    (Some(4), "4"),
    (Some(5), "5"),
];

/// Draws the inspector for `selected` and pushes the edits the user made.
pub fn inspector_ui(ui: &mut egui::Ui, cx: &mut PanelContext, buffers: &mut TextBuffers) {
    let (design, analysis, scenario) = (cx.design, cx.analysis, cx.scenario);
    let actions = &mut *cx.actions;
    match cx.selected {
        Some(ChartItem::Person(p)) if p < design.people.len() => {
            person_ui(ui, design, analysis, scenario, p, buffers, actions)
        }
        Some(ChartItem::Team(u) | ChartItem::Organisation(u)) if u < design.units.len() => {
            unit_ui(ui, design, analysis, scenario, u, buffers, actions)
        }
        _ => design_ui(ui, design, buffers, actions),
    }
}

/// With nothing selected: the design's title and the analysis thresholds.
fn design_ui(
    ui: &mut egui::Ui,
    design: &Design,
    buffers: &mut TextBuffers,
    actions: &mut Vec<Action>,
) {
    ui.label("Select a card on the chart or a name in the roster to edit it.");
    ui.separator();
    ui.label(RichText::new("Design").strong());
    if let Some(title) = committed_text(ui, buffers, "Title", "design/title", &design.title, false)
    {
        actions.push(Action::Apply(Command::SetDesignTitle { title }));
    }
    ui.separator();
    ui.label(RichText::new("Analysis thresholds").strong());
    let s = &design.settings;
    let fields: [(&str, &str, String); 4] = [
        (
            "Skill fit below (%)",
            "settings/fit",
            format!("{}", (s.skill_fit_min * 100.0).round()),
        ),
        (
            "Work style outside range by (points)",
            "settings/style",
            format!("{}", s.style_tolerance),
        ),
        (
            "Direct reports more than",
            "settings/span",
            s.span_max.to_string(),
        ),
        (
            "Layers below the CIO more than",
            "settings/layers",
            s.layers_max.to_string(),
        ),
    ];
    for (i, (label, key, value)) in fields.iter().enumerate() {
        let Some(text) = committed_text(ui, buffers, label, key, value, false) else {
            continue;
        };
        let mut next = s.clone();
        let parsed = text.trim().replace(',', ".").parse::<f32>();
        let ok = match (i, parsed) {
            (0, Ok(v)) if (0.0..=100.0).contains(&v) => {
                next.skill_fit_min = v / 100.0;
                true
            }
            (1, Ok(v)) if (0.0..=4.0).contains(&v) => {
                next.style_tolerance = v;
                true
            }
            (2, Ok(v)) if v >= 1.0 && v.fract() == 0.0 => {
                next.span_max = v as u32;
                true
            }
            (3, Ok(v)) if v >= 1.0 && v.fract() == 0.0 => {
                next.layers_max = v as u32;
                true
            }
            _ => false,
        };
        if ok {
            actions.push(Action::Apply(Command::SetSettings(next)));
        } else {
            actions.push(Action::Refuse(format!(
                "\"{text}\" is not a valid value for \"{label}\"; the value is unchanged."
            )));
        }
    }
}

/// The selection's fit and findings, right under its name.
fn findings_block(ui: &mut egui::Ui, analysis: &Analysis, subject: Subject) {
    if let Subject::Person(p) = subject
        && let Some(fit) = analysis.fits.get(p)
    {
        ui.label(super::chart::fit_line(fit.skill_fit, fit.style_fit));
    }
    for f in analysis.about(subject) {
        let colour = super::chart::severity_colour(f.severity);
        let text = RichText::new(format!("{} {}", f.severity.letter(), f.message)).color(colour);
        ui.add(egui::Label::new(text).wrap());
    }
}

fn person_ui(
    ui: &mut egui::Ui,
    design: &Design,
    analysis: &Analysis,
    scenario: usize,
    p: usize,
    buffers: &mut TextBuffers,
    actions: &mut Vec<Action>,
) {
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
                None => ui.label("Reports to no one in this scenario"),
            };
            ui.label(RichText::new("Drag the card on the chart to move them.").weak());
            if ui.button("Unplace in this scenario").clicked() {
                edit(Command::Unplace {
                    scenario,
                    person: id.clone(),
                });
            }
        }
        None => {
            ui.label("Not placed in this scenario.");
            ComboBox::from_id_salt(("place", &id))
                .selected_text("Place in…")
                .show_ui(ui, |ui| {
                    for unit in &design.units {
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

fn unit_ui(
    ui: &mut egui::Ui,
    design: &Design,
    analysis: &Analysis,
    scenario: usize,
    u: usize,
    buffers: &mut TextBuffers,
    actions: &mut Vec<Action>,
) {
    let unit = &design.units[u];
    let id = unit.id.clone();
    let kind = match unit.kind {
        UnitKind::Organisation => "organisation",
        UnitKind::Team => "team",
    };
    ui.label(RichText::new(&unit.name).strong().size(18.0));
    ui.label(format!("{} {kind}", unit.mode.label()));
    findings_block(ui, analysis, Subject::Unit(u));
    if let Some(name) = committed_text(
        ui,
        buffers,
        "Name",
        &format!("{id}/name"),
        &unit.name,
        false,
    ) {
        actions.push(Action::Apply(Command::RenameUnit {
            unit: id.clone(),
            name,
        }));
    }
    if unit.kind == UnitKind::Team {
        ui.label("Mode");
        let modes = [(Mode::Legacy, "Legacy"), (Mode::Interaction, "Interaction")];
        if let Some(mode) = choice_row(ui, unit.mode, &modes) {
            actions.push(Action::Apply(Command::SetUnitMode {
                unit: id.clone(),
                mode,
            }));
        }
    }
    ui.label("Leader");
    let leader_name = unit
        .leader
        .as_deref()
        .map_or("No leader", |l| design.person_name(l));
    ComboBox::from_id_salt(("leader", &id))
        .selected_text(leader_name)
        .width(220.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(unit.leader.is_none(), "No leader")
                .clicked()
                && unit.leader.is_some()
            {
                actions.push(Action::Apply(Command::SetUnitLeader {
                    unit: id.clone(),
                    leader: None,
                }));
            }
            if let Some(s) = design.scenarios.get(scenario) {
                for p in s.placements.iter().filter(|p| p.unit == id) {
                    let chosen = unit.leader.as_deref() == Some(p.person.as_str());
                    if ui
                        .selectable_label(chosen, design.person_name(&p.person))
                        .clicked()
                        && !chosen
                    {
                        actions.push(Action::Apply(Command::SetUnitLeader {
                            unit: id.clone(),
                            leader: Some(p.person.clone()),
                        }));
                    }
                }
            }
        });
    ui.separator();
    ui.label(RichText::new("Required skills").strong());
    egui::Grid::new(("reqs", &id))
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for r in &unit.profile.required_skills {
                let name = design
                    .skill(&r.skill)
                    .map_or(r.skill.as_str(), |k| k.name.as_str());
                ui.label(name);
                let mut level = r.min_level;
                ComboBox::from_id_salt(("req-level", &id, &r.skill))
                    .selected_text(format!("level {level}+"))
                    .width(80.0)
                    .show_ui(ui, |ui| {
                        for l in 1..=5u8 {
                            ui.selectable_value(&mut level, l, format!("level {l}+"));
                        }
                    });
                let mut holders = r.min_holders;
                ui.horizontal(|ui| {
                    if ui.small_button("−").clicked() && holders > 1 {
                        holders -= 1;
                    }
                    ui.label(format!("× {holders}"));
                    if ui.small_button("+").clicked() {
                        holders += 1;
                    }
                });
                if (level, holders) != (r.min_level, r.min_holders) {
                    actions.push(Action::Apply(Command::SetRequiredSkill {
                        unit: id.clone(),
                        skill: r.skill.clone(),
                        requirement: Some((level, holders)),
                    }));
                }
                if ui
                    .small_button("✖")
                    .on_hover_text(format!("No longer require {name}"))
                    .clicked()
                {
                    actions.push(Action::Apply(Command::SetRequiredSkill {
                        unit: id.clone(),
                        skill: r.skill.clone(),
                        requirement: None,
                    }));
                }
                ui.end_row();
            }
        });
    ComboBox::from_id_salt(("add-req", &id))
        .selected_text("Require a skill…")
        .show_ui(ui, |ui| {
            for skill in design
                .skills
                .iter()
                .filter(|k| !unit.profile.required_skills.iter().any(|r| r.skill == k.id))
            {
                if ui.selectable_label(false, &skill.name).clicked() {
                    actions.push(Action::Apply(Command::SetRequiredSkill {
                        unit: id.clone(),
                        skill: skill.id.clone(),
                        requirement: Some((3, 1)),
                    }));
                }
            }
        });
    ui.separator();
    ui.label(RichText::new("Preferred work style").strong());
    let steps: Vec<f32> = (2..=10).map(|h| h as f32 / 2.0).collect();
    for r in &unit.profile.work_style {
        let name = design
            .work_styles
            .iter()
            .find(|w| w.id == r.dimension)
            .map_or(r.dimension.as_str(), |w| w.name.as_str());
        ui.horizontal(|ui| {
            ui.label(name);
            let (mut min, mut max) = (r.min, r.max);
            for (label, value) in [("from", &mut min), ("to", &mut max)] {
                ComboBox::from_id_salt(("range", &id, &r.dimension, label))
                    .selected_text(format!("{label} {value:.1}"))
                    .width(70.0)
                    .show_ui(ui, |ui| {
                        for s in &steps {
                            ui.selectable_value(value, *s, format!("{s:.1}"));
                        }
                    });
            }
            if (min, max) != (r.min, r.max) {
                actions.push(Action::Apply(Command::SetStyleRange {
                    unit: id.clone(),
                    dimension: r.dimension.clone(),
                    range: Some((min.min(max), max.max(min))),
                }));
            }
            if ui.small_button("✖").clicked() {
                actions.push(Action::Apply(Command::SetStyleRange {
                    unit: id.clone(),
                    dimension: r.dimension.clone(),
                    range: None,
                }));
            }
        });
    }
    ComboBox::from_id_salt(("add-range", &id))
        .selected_text("Prefer a range on…")
        .show_ui(ui, |ui| {
            for w in design
                .work_styles
                .iter()
                .filter(|w| !unit.profile.work_style.iter().any(|r| r.dimension == w.id))
            {
                if ui.selectable_label(false, &w.name).clicked() {
                    actions.push(Action::Apply(Command::SetStyleRange {
                        unit: id.clone(),
                        dimension: w.id.clone(),
                        range: Some((2.0, 4.0)),
                    }));
                }
            }
        });
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        if ui.button("Add person").clicked() {
            actions.push(Action::AddPersonUnder(Some(ChartItem::Team(u))));
        }
        let parent = if unit.kind == UnitKind::Organisation {
            id.clone()
        } else {
            unit.parent.clone().unwrap_or_else(|| id.clone())
        };
        if ui.button("Add team").clicked() {
            actions.push(Action::Apply(Command::AddTeam {
                parent,
                name: "New team".into(),
            }));
        }
        if unit.kind == UnitKind::Team && ui.button("Remove team…").clicked() {
            actions.push(Action::RequestDelete);
        }
    });
}
