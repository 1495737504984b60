//! Commands on what an option expects and plans for its people: flight-risk overrides and
//! cross-training.

use super::scenarios::ScenarioSource;
use super::{person_ix, scenario_mut};
use crate::model::{Design, FlightRisk, RiskOverride, Training};

/// Sets (or, with `None`, drops) the flight risk option `scenario` expects of `person`.
pub(super) fn set_risk_override(
    d: &mut Design,
    scenario: usize,
    person: &str,
    risk: Option<(FlightRisk, &str)>,
) -> Result<String, String> {
    let name = d.people[person_ix(d, person)?].name.clone();
    let s = scenario_mut(d, scenario)?;
    let had = s.risk_overrides.iter().any(|o| o.person == person);
    s.risk_overrides.retain(|o| o.person != person);
    match risk {
        Some((flight_risk, reason)) => {
            s.risk_overrides.push(RiskOverride {
                person: person.to_owned(),
                flight_risk,
                reason: reason.trim().to_owned(),
            });
            s.risk_overrides.sort_by(|a, b| a.person.cmp(&b.person));
            Ok(format!(
                "{name}: flight risk {} in {}.",
                flight_risk.label(),
                s.name
            ))
        }
        None if had => Ok(format!(
            "{name}: {} uses the recorded flight risk again.",
            s.name
        )),
        None => Err(format!(
            "{} has no flight risk of its own for {name}.",
            s.name
        )),
    }
}

/// Drops the training of `learner` in `skill` from option `scenario`.
pub(super) fn remove_training(
    d: &mut Design,
    scenario: usize,
    learner: &str,
    skill: &str,
) -> Result<String, String> {
    let name = d.person_name(learner).to_owned();
    let skill_name = d.skill(skill).map_or(skill, |s| s.name.as_str());
    let skill_name = skill_name.to_owned();
    let s = scenario_mut(d, scenario)?;
    let before = s.trainings.len();
    s.trainings
        .retain(|t| !(t.learner == learner && t.skill == skill));
    if s.trainings.len() == before {
        return Err(format!(
            "{} plans no training in {skill_name} for {name}.",
            s.name
        ));
    }
    Ok(format!(
        "Dropped {name}'s training in {skill_name} from {}.",
        s.name
    ))
}

/// A copy of option `from` that plans `trainings`: a plan tried out as an option of its own.
pub(super) fn add_scenario_from_plan(
    d: &mut Design,
    from: usize,
    name: &str,
    trainings: &[Training],
) -> Result<String, String> {
    let added = super::scenarios::add_scenario(d, ScenarioSource::Copy(from), name)?;
    let last = d.scenarios.len() - 1;
    plan(d, last, trainings)?;
    Ok(format!(
        "{added} It plans {}.",
        crate::model::counted(trainings.len(), "training", "trainings")
    ))
}

/// Adds `trainings` to option `scenario`, each replacing a training of the same learner in
/// the same skill.
pub(super) fn plan(
    d: &mut Design,
    scenario: usize,
    trainings: &[Training],
) -> Result<String, String> {
    if trainings.is_empty() {
        return Err("There is no training to plan.".into());
    }
    for t in trainings {
        person_ix(d, &t.learner)?;
        if d.skill(&t.skill).is_none() {
            return Err(format!("There is no skill with id \"{}\".", t.skill));
        }
        if let Some(m) = &t.mentor {
            person_ix(d, m)?;
        }
    }
    let first = &trainings[0];
    let summary = format!(
        "{} to reach {} {}",
        d.person_name(&first.learner),
        d.skill(&first.skill).map_or("", |s| s.name.as_str()),
        first.level
    );
    let s = scenario_mut(d, scenario)?;
    for t in trainings {
        s.trainings
            .retain(|old| !(old.learner == t.learner && old.skill == t.skill));
        s.trainings.push(t.clone());
    }
    Ok(match trainings.len() {
        1 => format!("Planned training for {summary} in {}.", s.name),
        n => format!("Planned {n} trainings in {}.", s.name),
    })
}
