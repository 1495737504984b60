//! The cross-training planner, at the foot of the Knowledge tab: a coverage target, the
//! pairings that would reach it in the option on screen, and three ways to act on them —
//! plan one, plan all, or create a new option with the plan.

use egui::RichText;

use super::actions::Action;
use super::derived::Derived;
use super::panel_context::PanelContext;
use super::widgets::person_link;
use crate::analysis::{CoverageTarget, Pairing};
use crate::edit::Command;
use crate::model::{Design, Training};

/// The planner's inputs, kept for the session (not in the design: they are a question the
/// room asks, not part of any option).
#[derive(Clone, Default)]
struct PlannerInputs {
    target: CoverageTarget,
    by: String,
}

pub(super) fn planner_ui(ui: &mut egui::Ui, cx: &mut PanelContext, derived: &Derived) {
    let design = cx.design;
    let id = ui.id().with("planner-inputs");
    let mut inputs: PlannerInputs = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.label(RichText::new("Cross-training planner").strong());
    ui.horizontal_wrapped(|ui| {
        ui.label("At least");
        ui.add(egui::DragValue::new(&mut inputs.target.holders).range(1..=9));
        ui.label("holders at level");
        ui.add(
            egui::DragValue::new(&mut inputs.target.level)
                .range(1..=crate::model::MAX_LEVEL)
                .suffix("+"),
        );
        ui.label("of each critical skill per organisation, and under");
        let mut percent = (inputs.target.loss_max * 100.0).round();
        if ui
            .add(
                egui::DragValue::new(&mut percent)
                    .range(0.0..=100.0)
                    .fixed_decimals(0)
                    .suffix("%"),
            )
            .changed()
        {
            inputs.target.loss_max = percent / 100.0;
        }
        ui.label("chance of losing all of them within a year.");
    });
    ui.horizontal(|ui| {
        ui.label("Complete by");
        ui.add(
            egui::TextEdit::singleline(&mut inputs.by)
                .hint_text("e.g. 2027-06")
                .desired_width(90.0),
        );
    });
    ui.data_mut(|d| d.insert_temp(id, inputs.clone()));
    let plan = derived.plan(design, inputs.target);
    let unknown = derived
        .knowledge(design)
        .iter()
        .filter(|o| o.unknown())
        .count();
    if unknown > 0 {
        // Nothing is known of those organisations: the plan cannot speak for them.
        ui.label(format!(
            "No plan for {}: no skills are recorded there.",
            crate::model::counted(unknown, "organisation", "organisations")
        ));
    }
    if plan.is_empty() {
        if unknown < derived.knowledge(design).len() {
            ui.label("Every critical skill meets the target in this option.");
        }
        return;
    }
    ui.label(format!(
        "{} would reach it (trainings already planned count):",
        crate::model::counted(plan.len(), "training", "trainings")
    ));
    for pairing in &plan {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("Plan")
                .on_hover_text("Plan this training in this option")
                .clicked()
            {
                cx.actions.push(Action::Apply(Command::PlanTrainings {
                    scenario: cx.scenario,
                    trainings: vec![pairing.training(design, &inputs.by)],
                }));
            }
            pairing_ui(ui, design, pairing, cx.actions);
        });
    }
    let trainings: Vec<Training> = plan
        .iter()
        .map(|p| p.training(design, &inputs.by))
        .collect();
    ui.horizontal(|ui| {
        if ui
            .button(format!("Plan all ({})", trainings.len()))
            .on_hover_text("Plan every training above in this option, as one edit")
            .clicked()
        {
            cx.actions.push(Action::Apply(Command::PlanTrainings {
                scenario: cx.scenario,
                trainings: trainings.clone(),
            }));
        }
        if ui
            .button("Create option from plan")
            .on_hover_text("A copy of this option with every training above planned in it")
            .clicked()
        {
            cx.actions.push(Action::CreateScenarioFromPlan(trainings));
        }
    });
}

/// "Legacy IT · Mainframe operations: Tom Ashby level 2 to 3, learning from Erik Lund".
fn pairing_ui(ui: &mut egui::Ui, design: &Design, p: &Pairing, actions: &mut Vec<Action>) {
    ui.label(format!(
        "{} · {}:",
        design.units[p.organisation].name, design.skills[p.skill].name
    ));
    person_link(ui, design, p.learner, actions);
    ui.label(match p.from_level {
        Some(l) => format!("level {l} to {}", p.level),
        None => format!("new to it, to level {}", p.level),
    });
    match p.mentor {
        Some(m) => {
            ui.label("learning from");
            person_link(ui, design, m, actions);
            if p.across {
                ui.label("(another organisation)");
            }
        }
        None => {
            ui.label("— nobody in the option holds it: a course or a hire");
        }
    }
}
