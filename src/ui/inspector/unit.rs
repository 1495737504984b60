//! A unit: name, mode, leader, required skills, preferred work-style ranges, teams.

use egui::{ComboBox, RichText};

use super::findings_block;
use crate::analysis::Subject;
use crate::edit::Command;
use crate::layout::ChartItem;
use crate::model::{Design, Mode, UnitKind, WorkKind};
use crate::ui::actions::Action;
use crate::ui::panel_context::PanelContext;
use crate::ui::widgets::{TextBuffers, choice_row, committed_text};

pub(super) fn unit_ui(
    ui: &mut egui::Ui,
    cx: &mut PanelContext,
    u: usize,
    buffers: &mut TextBuffers,
) {
    let (design, analysis, scenario) = (cx.design, cx.analysis, cx.scenario);
    let actions = &mut *cx.actions;
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
    structure_ui(ui, design, scenario, u, actions);
    {
        ui.label("Mode");
        let team_modes = [
            (Mode::Legacy, "Legacy"),
            (Mode::Interaction, "Interaction"),
            (Mode::Mixed, "Decide later"),
        ];
        let org_modes = [
            (Mode::Legacy, "Legacy"),
            (Mode::Interaction, "Interaction"),
            (Mode::Mixed, "Both (one CIO)"),
        ];
        let modes: &[(Mode, &str)] = match unit.kind {
            UnitKind::Team => &team_modes,
            UnitKind::Organisation => &org_modes,
        };
        if let Some(mode) = choice_row(ui, unit.mode, modes) {
            actions.push(Action::Apply(Command::SetUnitMode {
                unit: id.clone(),
                mode,
            }));
        }
    }
    {
        ui.label("Kind of work (sets the span limit of its managers)");
        let design_limit = format!("Design's limit ({})", design.settings.span_max);
        let current = unit.profile.work;
        ComboBox::from_id_salt(("work", &id))
            .selected_text(current.map_or(design_limit.as_str(), |k| k.choice()))
            .width(220.0)
            .show_ui(ui, |ui| {
                let choices = std::iter::once(None).chain(WorkKind::ALL.into_iter().map(Some));
                for choice in choices {
                    let text = choice.map_or(design_limit.as_str(), |k| k.choice());
                    if ui.selectable_label(choice == current, text).clicked() && choice != current {
                        actions.push(Action::Apply(Command::SetUnitWork {
                            unit: id.clone(),
                            work: choice,
                        }));
                    }
                }
            });
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
        if ui
            .button("Add open role")
            .on_hover_text("A vacancy: a budgeted seat nobody fills yet")
            .clicked()
        {
            actions.push(Action::AddOpenRoleUnder(Some(ChartItem::Team(u))));
        }
        if ui.button("Add team").clicked() {
            actions.push(Action::Apply(Command::AddTeam {
                scenario,
                parent: id.clone(),
                name: "New team".into(),
            }));
        }
        if unit.kind == UnitKind::Team && ui.button("Remove team…").clicked() {
            actions.push(Action::RequestDelete);
        }
    });
}

/// Where the unit sits in the option on screen: a team's unit (movable), an organisation's
/// sponsors (switchable).
fn structure_ui(
    ui: &mut egui::Ui,
    design: &Design,
    scenario: usize,
    u: usize,
    actions: &mut Vec<Action>,
) {
    let Some(option) = design.scenarios.get(scenario) else {
        return;
    };
    let unit = &design.units[u];
    let Some(slot) = option.slot_of(&unit.id) else {
        ui.label(RichText::new("Not part of the option on screen.").weak());
        return;
    };
    match unit.kind {
        UnitKind::Team => {
            let current = slot
                .parent
                .as_deref()
                .and_then(|p| design.unit(p))
                .map_or("—", |p| p.name.as_str());
            ui.label("Sits in");
            ComboBox::from_id_salt(("sits-in", &unit.id))
                .selected_text(current)
                .width(220.0)
                .show_ui(ui, |ui| {
                    for other in &option.structure {
                        if other.unit == unit.id || Some(&other.unit) == slot.parent.as_ref() {
                            continue;
                        }
                        let Some(target) = design.unit(&other.unit) else {
                            continue;
                        };
                        if ui.selectable_label(false, &target.name).clicked() {
                            actions.push(Action::Apply(Command::MoveUnit {
                                scenario,
                                unit: unit.id.clone(),
                                parent: target.id.clone(),
                            }));
                        }
                    }
                });
        }
        UnitKind::Organisation => {
            let others: Vec<&crate::model::Unit> = option
                .structure
                .iter()
                .filter(|slot| slot.parent.is_none() && slot.unit != unit.id)
                .filter_map(|slot| design.unit(&slot.unit))
                .collect();
            if !others.is_empty() {
                ComboBox::from_id_salt(("merge-into", &unit.id))
                    .selected_text("Merge into…")
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        for other in others {
                            if ui
                                .selectable_label(false, &other.name)
                                .on_hover_text(format!(
                                    "Move {}'s teams and people into {} in this option",
                                    unit.name, other.name
                                ))
                                .clicked()
                            {
                                actions.push(Action::Apply(Command::MergeOrganisation {
                                    scenario,
                                    from: unit.id.clone(),
                                    into: other.id.clone(),
                                }));
                            }
                        }
                    });
            }
            ui.label("Reports into (outside IT)");
            if design.sponsors.is_empty() {
                ui.label(
                    RichText::new("No sponsors yet: use Add sponsor in the Option menu.").weak(),
                );
            }
            for sponsor in &design.sponsors {
                let on = option
                    .sponsors
                    .iter()
                    .any(|s| s.organisation == unit.id && s.sponsor == sponsor.id);
                let mut checked = on;
                let label = if sponsor.executive.is_empty() {
                    sponsor.name.clone()
                } else {
                    format!("{} ({})", sponsor.name, sponsor.executive)
                };
                if ui.checkbox(&mut checked, label).changed() {
                    actions.push(Action::Apply(Command::SetSponsorship {
                        scenario,
                        organisation: unit.id.clone(),
                        sponsor: sponsor.id.clone(),
                        on: checked,
                    }));
                }
            }
        }
    }
}
