//! What the option on screen expects and plans for one person: its own view of their flight
//! risk (with the reason) and the trainings they take or teach in it.

use egui::{ComboBox, RichText};

use crate::edit::Command;
use crate::model::{Design, FlightRisk, Training};
use crate::ui::actions::Action;
use crate::ui::widgets::{TextBuffers, choice_row, committed_text};

/// The level a training planned from the inspector aims at: one above today's, at least 3.
fn next_level(today: Option<u8>) -> u8 {
    today
        .map_or(3, |l| (l + 1).max(3))
        .min(crate::model::MAX_LEVEL)
}

pub(super) fn scenario_plans_ui(
    ui: &mut egui::Ui,
    design: &Design,
    scenario: usize,
    p: usize,
    buffers: &mut TextBuffers,
    actions: &mut Vec<Action>,
) {
    let Some(option) = design.scenarios.get(scenario) else {
        return;
    };
    let person = &design.people[p];
    let id = &person.id;
    // Privacy mode: the option's flight risk and its reason stay off screen.
    if !design.settings.privacy.hide_sensitive {
        ui.label(format!("Flight risk in {}", option.name))
            .on_hover_text(
                "An option can change who would leave: say so here, with the reason. Findings and \
             knowledge risk in this option use it; the recorded flight risk stays as it is.",
            );
        let current = option.risk_override(id);
        let choices = [
            (None, "As recorded"),
            (Some(FlightRisk::Low), "Low"),
            (Some(FlightRisk::Medium), "Medium"),
            (Some(FlightRisk::High), "High"),
        ];
        let reason = current.map_or(String::new(), |o| o.reason.clone());
        if let Some(choice) = choice_row(ui, current.map(|o| o.flight_risk), &choices) {
            actions.push(Action::Apply(Command::SetRiskOverride {
                scenario,
                person: id.clone(),
                risk: choice.map(|r| (r, reason.clone())),
            }));
        }
        if let Some(o) = current
            && let Some(reason) = committed_text(
                ui,
                buffers,
                "Why, in this option",
                &format!("{id}/risk-reason/{}", option.id),
                &o.reason,
                false,
            )
        {
            actions.push(Action::Apply(Command::SetRiskOverride {
                scenario,
                person: id.clone(),
                risk: Some((o.flight_risk, reason)),
            }));
        }
        ui.separator();
    }
    ui.label(RichText::new("Cross-training in this option").strong());
    let skill_name = |k: &str| design.skill(k).map_or(k.to_owned(), |s| s.name.clone());
    let by = |t: &Training| match t.by.trim() {
        "" => String::new(),
        by => format!(" by {by}"),
    };
    let mut any = false;
    for t in &option.trainings {
        let text = if &t.learner == id {
            let from = t.mentor.as_deref().map_or(String::new(), |m| {
                format!(" from {}", design.person_name(m))
            });
            format!(
                "Learns {} to level {}{from}{}",
                skill_name(&t.skill),
                t.level,
                by(t)
            )
        } else if t.mentor.as_deref() == Some(id.as_str()) {
            format!(
                "Teaches {} {} to level {}{}",
                design.person_name(&t.learner),
                skill_name(&t.skill),
                t.level,
                by(t)
            )
        } else {
            continue;
        };
        any = true;
        ui.horizontal_wrapped(|ui| {
            ui.label(text);
            if ui
                .small_button("✖")
                .on_hover_text("Drop this training from the option")
                .clicked()
            {
                actions.push(Action::Apply(Command::RemoveTraining {
                    scenario,
                    learner: t.learner.clone(),
                    skill: t.skill.clone(),
                }));
            }
        });
    }
    if !any {
        ui.label(RichText::new("None planned.").weak());
    }
    ComboBox::from_id_salt(("plan-training", id))
        .selected_text("Plan training in…")
        .show_ui(ui, |ui| {
            for skill in &design.skills {
                let today = person.level_of(&skill.id);
                if today.is_some_and(|l| l >= crate::model::MAX_LEVEL) {
                    continue;
                }
                let level = next_level(today);
                let text = format!("{} to level {level}", skill.name);
                if ui.selectable_label(false, text).clicked() {
                    actions.push(Action::Apply(Command::PlanTrainings {
                        scenario,
                        trainings: vec![Training {
                            learner: id.clone(),
                            skill: skill.id.clone(),
                            level,
                            mentor: None,
                            by: String::new(),
                        }],
                    }));
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::next_level;

    #[test]
    fn training_aims_one_level_up_and_at_least_at_three() {
        assert_eq!(next_level(None), 3);
        assert_eq!(next_level(Some(1)), 3);
        assert_eq!(next_level(Some(3)), 4);
        assert_eq!(next_level(Some(4)), 5);
    }
}
