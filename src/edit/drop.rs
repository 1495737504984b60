//! What dropping a dragged person onto a chart card means, worked out before the drop so the
//! chart can show the outcome (or the refusal) while the user is still dragging.

use super::command::{Command, tried};
use crate::analysis::{Analysis, analyse, impact_between};
use crate::layout::ChartItem;
use crate::model::Design;

/// The move a drop would make and what it would do: `Ok(message)` or `Err(reason)`.
#[derive(Debug, Clone, PartialEq)]
pub struct DropPreview {
    pub command: Option<Command>,
    pub outcome: Result<String, String>,
    /// How the findings would change: "+1 skill mismatch", "COBOL (3+) holders in Legacy IT: from 2 to 1".
    pub impact: Vec<String>,
    /// The design the move would leave and its analysis, worked out for the preview and
    /// kept so the drop itself need not work them out again (see
    /// [`super::Document::apply_prepared`]).
    pub prepared: Option<Box<Prepared>>,
}

/// A design an edit would leave, the analysis of option `scenario` in it, and what the edit
/// says it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub design: Design,
    pub scenario: usize,
    pub analysis: Analysis,
    pub message: String,
}

/// Works out dropping `person` (a roster index) onto `target`. With `alone`, the person's
/// reports stay behind. The outcome comes from a dry run of the real command; `analysis` is
/// the current analysis of `scenario`, against which the impact is measured.
pub fn preview_drop(
    design: &Design,
    analysis: &Analysis,
    scenario: usize,
    person: usize,
    target: ChartItem,
    alone: bool,
) -> DropPreview {
    let refuse = |reason: String| DropPreview {
        command: None,
        outcome: Err(reason),
        impact: Vec::new(),
        prepared: None,
    };
    let Some(who) = design.people.get(person) else {
        return refuse("That person is no longer in the design.".into());
    };
    let Some(scen) = design.scenarios.get(scenario) else {
        return refuse("That option is no longer in the design.".into());
    };
    let (unit, manager) = match target {
        ChartItem::Sponsor { sponsor, .. } => {
            let name = design
                .sponsors
                .get(sponsor)
                .map_or("A sponsor", |s| s.name.as_str());
            return refuse(format!(
                "{name} is outside IT; drop {} onto the organisation below it instead.",
                who.name
            ));
        }
        ChartItem::Person(t) => {
            let Some(boss) = design.people.get(t) else {
                return refuse("That card is no longer in the design.".into());
            };
            if boss.id == who.id {
                return refuse(format!("{} cannot be dropped onto themselves.", who.name));
            }
            let Some(seat) = scen.placement_of(&boss.id) else {
                return refuse(format!("{} is not placed in this option.", boss.name));
            };
            if boss.open_role && !who.open_role {
                // A person dropped onto a vacancy fills it.
                return dry_run(
                    design,
                    analysis,
                    scenario,
                    Command::FillOpenRole {
                        scenario,
                        role: boss.id.clone(),
                        person: who.id.clone(),
                    },
                );
            }
            (seat.unit.clone(), Some(boss.id.clone()))
        }
        ChartItem::Organisation(u) | ChartItem::Team(u) => {
            let Some(unit) = design.units.get(u) else {
                return refuse("That unit is no longer in the design.".into());
            };
            // Report to the unit's leader, or, for a leader joining their own unit (or a unit
            // without one), to the leader of the unit above.
            let mut manager = None;
            let mut current = Some(unit);
            for _ in 0..design.units.len() {
                let Some(u) = current else { break };
                match design.acting_leader(scenario, &u.id) {
                    Some(l) if l != who.id => {
                        manager = Some(l.to_owned());
                        break;
                    }
                    _ => {
                        current = scen
                            .slot_of(&u.id)
                            .and_then(|slot| slot.parent.as_deref())
                            .and_then(|p| design.unit(p));
                    }
                }
            }
            (unit.id.clone(), manager)
        }
    };
    let command = Command::MovePerson {
        scenario,
        person: who.id.clone(),
        unit,
        manager,
        alone,
    };
    dry_run(design, analysis, scenario, command)
}

/// The outcome of `command` from a trial run, with its impact on the findings.
fn dry_run(design: &Design, analysis: &Analysis, scenario: usize, command: Command) -> DropPreview {
    match tried(design, &command) {
        Ok((trial, message)) => {
            let after = analyse(&trial, scenario);
            DropPreview {
                command: Some(command),
                impact: impact_between(analysis, &trial, &after),
                prepared: Some(Box::new(Prepared {
                    design: trial,
                    scenario,
                    analysis: after,
                    message: message.clone(),
                })),
                outcome: Ok(message),
            }
        }
        Err(reason) => DropPreview {
            command: None,
            outcome: Err(reason),
            impact: Vec::new(),
            prepared: None,
        },
    }
}

/// Works out dropping `person` onto `target` with Alt held: a dotted (secondary) reporting
/// line from them to the target person, who stays where they are.
pub fn preview_dotted_line(
    design: &Design,
    scenario: usize,
    person: usize,
    target: ChartItem,
) -> DropPreview {
    let refuse = |reason: String| DropPreview {
        command: None,
        outcome: Err(reason),
        impact: Vec::new(),
        prepared: None,
    };
    let (Some(who), ChartItem::Person(t)) = (design.people.get(person), target) else {
        return refuse("A dotted line goes to a person: drop onto their card.".into());
    };
    let Some(boss) = design.people.get(t) else {
        return refuse("That card is no longer in the design.".into());
    };
    if boss.id == who.id {
        return refuse(format!(
            "{} cannot have a dotted line to themselves.",
            who.name
        ));
    }
    let command = Command::SetDottedLine {
        scenario,
        person: who.id.clone(),
        to: boss.id.clone(),
        on: true,
    };
    let outcome = tried(design, &command).map(|(_, message)| message);
    DropPreview {
        command: outcome.is_ok().then_some(command),
        outcome,
        impact: vec!["dotted lines are not counted in spans".into()],
        prepared: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    fn sample() -> Design {
        parse_design(SAMPLE_RON).expect("sample is valid")
    }

    fn ix(d: &Design, name: &str) -> usize {
        d.people
            .iter()
            .position(|p| p.name == name)
            .expect("in sample")
    }

    #[test]
    fn dropping_on_a_team_header_joins_the_team_under_its_lead() {
        let d = sample();
        let social = d.units.iter().position(|u| u.id == "social").unwrap();
        let p = preview_drop(
            &d,
            &crate::analysis::analyse(&d, 1),
            1,
            ix(&d, "Erik Lund"),
            ChartItem::Team(social),
            false,
        );
        let lead = d.unit("social").unwrap().leader.clone();
        match p.command {
            Some(Command::MovePerson { unit, manager, .. }) => {
                assert_eq!(unit, "social");
                assert_eq!(manager, lead);
            }
            other => panic!("expected a move, got {other:?}"),
        }
        assert!(p.outcome.unwrap().contains("Social Media"));
    }

    #[test]
    fn alt_dropping_onto_a_person_adds_a_dotted_line_and_refuses_the_manager() {
        let d = sample();
        let (who, erp_lead) = (ix(&d, "Wen Li"), ix(&d, "Sofia Rossi"));
        // Wen Li's solid line in option A is to Sofia Rossi: a dotted one to her is refused.
        let p = preview_dotted_line(&d, 1, who, ChartItem::Person(erp_lead));
        assert_eq!(
            p.outcome,
            Err("Sofia Rossi is already Wen Li's manager.".to_owned())
        );
        let other = ix(&d, "Tomasz Nowak");
        let p = preview_dotted_line(&d, 1, who, ChartItem::Person(other));
        assert_eq!(
            p.outcome,
            Ok("Wen Li now has a dotted line to Tomasz Nowak.".to_owned())
        );
        let (next, _) =
            crate::edit::applied(&d, p.command.as_ref().expect("a command")).expect("legal");
        let seat = next.scenarios[1]
            .placement_of(&d.people[who].id)
            .expect("placed");
        assert_eq!(seat.dotted, vec![d.people[other].id.clone()]);
        assert!(
            preview_dotted_line(&d, 1, who, ChartItem::Team(0))
                .command
                .is_none()
        );
    }

    #[test]
    fn dropping_onto_yourself_is_refused() {
        let d = sample();
        let who = ix(&d, "Erik Lund");
        let p = preview_drop(
            &d,
            &crate::analysis::analyse(&d, 1),
            1,
            who,
            ChartItem::Person(who),
            false,
        );
        assert_eq!(p.command, None);
        assert!(p.outcome.unwrap_err().contains("onto themselves"));
    }

    #[test]
    fn dropping_a_lead_onto_their_own_report_is_refused_unless_alone() {
        let d = sample();
        let lead_id = d.unit("mainframe").unwrap().leader.clone().unwrap();
        let lead = d.people.iter().position(|p| p.id == lead_id).unwrap();
        let report = ix(&d, "Erik Lund");
        let p = preview_drop(
            &d,
            &crate::analysis::analyse(&d, 1),
            1,
            lead,
            ChartItem::Person(report),
            false,
        );
        assert_eq!(p.command, None);
        assert!(p.outcome.unwrap_err().contains("Hold Shift"));
        let p = preview_drop(
            &d,
            &crate::analysis::analyse(&d, 1),
            1,
            lead,
            ChartItem::Person(report),
            true,
        );
        assert!(p.command.is_some(), "{:?}", p.outcome);
    }
}
