//! Every change to a design is a [`Command`]. [`apply`] carries one out on a design, or
//! refuses it with a sentence for the user; the design is untouched on refusal.

use std::collections::{HashMap, HashSet};

use crate::io::validate;
use crate::model::{Design, FlightRisk, Mode, ScenarioIndex};

pub use scenarios::ScenarioSource;

/// One user edit. Ids are the design's string ids; `scenario` is an index into the design's
/// scenarios where the edit concerns placements.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Replaces the whole design by `design`, worked out elsewhere (an update from an HR
    /// export, options brought in from another file) and reviewed by the user: one edit,
    /// undone as one. `what` names it in the Edit menu ("staff update from staff.csv"),
    /// `message` says in the status line what it did.
    Adopt {
        design: Box<Design>,
        what: String,
        message: String,
    },
    /// Puts `person` in `unit` under `manager`. With `alone`, their direct reports first move
    /// up to the person's former manager; otherwise the reports who sat in the person's old
    /// unit move with them to the new unit.
    MovePerson {
        scenario: usize,
        person: String,
        unit: String,
        manager: Option<String>,
        alone: bool,
    },
    /// Takes a person out of every unit in one scenario; their reports move up.
    Unplace {
        scenario: usize,
        person: String,
    },
    SetPersonName {
        person: String,
        name: String,
    },
    SetPersonTitle {
        person: String,
        title: String,
    },
    SetPersonNotes {
        person: String,
        notes: String,
    },
    SetFlightRisk {
        person: String,
        risk: FlightRisk,
    },
    SetAnnualCost {
        person: String,
        cost: Option<u32>,
    },
    /// Sets a skill level, adding the skill when new; `None` removes it.
    SetSkillLevel {
        person: String,
        skill: String,
        level: Option<u8>,
    },
    /// Sets a work-style score; `None` makes it unknown.
    SetStyleScore {
        person: String,
        dimension: String,
        score: Option<u8>,
    },
    /// Adds a new person (or, with `open_role`, a vacancy) to the roster, placed in `unit`
    /// under `manager` when given.
    AddPerson {
        scenario: usize,
        name: String,
        title: String,
        unit: Option<String>,
        manager: Option<String>,
        open_role: bool,
    },
    /// Puts `person` in the seat of the open role `role` in one option: they take its unit,
    /// manager and dotted lines, its reports now report to them, and the role leaves the
    /// option (it stays on the roster for the other options).
    FillOpenRole {
        scenario: usize,
        role: String,
        person: String,
    },
    /// Removes a person from the roster and every scenario; their reports move up.
    RemovePerson {
        person: String,
    },
    /// Adds a team to the organisation of `parent` in one scenario.
    AddTeam {
        scenario: usize,
        parent: String,
        name: String,
    },
    RenameUnit {
        unit: String,
        name: String,
    },
    SetUnitMode {
        unit: String,
        mode: Mode,
    },
    /// Sets (or with `None` clears) the kind of work a unit does, which sets its span limit.
    SetUnitWork {
        unit: String,
        work: Option<crate::model::WorkKind>,
    },
    SetUnitLeader {
        unit: String,
        leader: Option<String>,
    },
    /// Removes a team from the design; in every scenario its people and teams move to the
    /// unit it sat in there.
    RemoveTeam {
        unit: String,
    },
    /// Adds an option: a copy of the baseline (the first) or of another option, or the
    /// current option's organisations and teams with nobody placed.
    AddScenario {
        source: ScenarioSource,
        name: String,
    },
    RenameScenario {
        scenario: usize,
        name: String,
    },
    SetScenarioNotes {
        scenario: usize,
        notes: String,
    },
    /// Removes an option; the last one cannot be removed.
    RemoveScenario {
        scenario: usize,
    },
    /// Moves an option to position `to` in the list (the first is the baseline).
    MoveScenario {
        scenario: usize,
        to: usize,
    },
    /// Adds an organisation (under a CIO still to be placed) to one scenario.
    AddOrganisation {
        scenario: usize,
        name: String,
        mode: Mode,
    },
    /// Moves a team into another unit in one scenario; its people go with it.
    MoveUnit {
        scenario: usize,
        unit: String,
        parent: String,
    },
    /// Merges organisation `from` into organisation `into` in one scenario: its teams and
    /// people move across, its leader then reports to the leader of `into`, and `from` leaves
    /// the option (it stays in the design for the other options).
    MergeOrganisation {
        scenario: usize,
        from: String,
        into: String,
    },
    /// Makes an organisation report into a sponsor in one scenario, or stops it.
    SetSponsorship {
        scenario: usize,
        organisation: String,
        sponsor: String,
        on: bool,
    },
    /// Adds a sponsor (a business unit outside IT) to the design.
    AddSponsor {
        name: String,
        executive: String,
    },
    /// Renames a sponsor or changes who leads it.
    EditSponsor {
        sponsor: String,
        name: String,
        executive: String,
    },
    /// Adds or removes a dotted (secondary) reporting line from `person` to `to`.
    SetDottedLine {
        scenario: usize,
        person: String,
        to: String,
        on: bool,
    },
    /// Sets (or with `None` removes) a required skill in a unit's profile.
    SetRequiredSkill {
        unit: String,
        skill: String,
        requirement: Option<(u8, u32)>,
    },
    /// Sets (or with `None` removes) a preferred work-style range in a unit's profile.
    SetStyleRange {
        unit: String,
        dimension: String,
        range: Option<(f32, f32)>,
    },
    SetDesignTitle {
        title: String,
    },
    /// Skills and work styles from a file, as one edit: skills added to the catalogue, then
    /// (person, skill, level) and (person, dimension, score) set, replacing earlier values.
    ImportSkills {
        new_skills: Vec<crate::model::Skill>,
        levels: Vec<(String, String, u8)>,
        scores: Vec<(String, String, u8)>,
    },
    /// Replaces the analysis thresholds.
    SetSettings(crate::model::Settings),
    /// Pins a person's card at a chart position in one scenario, or with `None` unpins it.
    PinCard {
        scenario: usize,
        person: String,
        at: Option<(f32, f32)>,
    },
    /// Sets (or with `None` removes) one option's own expectation of a person's flight risk,
    /// with the reason for it.
    SetRiskOverride {
        scenario: usize,
        person: String,
        risk: Option<(FlightRisk, String)>,
    },
    /// Plans trainings in one option, each replacing one of the same learner and skill.
    PlanTrainings {
        scenario: usize,
        trainings: Vec<crate::model::Training>,
    },
    /// Drops a planned training from one option.
    RemoveTraining {
        scenario: usize,
        learner: String,
        skill: String,
    },
    /// A copy of option `from` named `name`, with `trainings` planned in it: the
    /// cross-training planner's "Create option from plan", as one edit.
    AddScenarioFromPlan {
        from: usize,
        name: String,
        trainings: Vec<crate::model::Training>,
    },
}

impl Command {
    /// How the Edit menu names this edit: "move of Ana Silva" (after "Undo ").
    pub fn label(&self, d: &Design) -> String {
        let person = |id: &str| d.person_name(id).to_owned();
        let unit = |id: &str| d.unit(id).map_or(id.to_owned(), |u| u.name.clone());
        let option = |i: usize| {
            d.scenarios
                .get(i)
                .map_or_else(|| format!("option {}", i + 1), |s| s.name.clone())
        };
        match self {
            Command::MovePerson { person: p, .. } => format!("move of {}", person(p)),
            Command::Unplace { person: p, .. } => format!("unplacing {}", person(p)),
            Command::SetPersonName { person: p, .. } => format!("rename of {}", person(p)),
            Command::SetPersonTitle { person: p, .. } => format!("title of {}", person(p)),
            Command::SetPersonNotes { person: p, .. } => format!("notes on {}", person(p)),
            Command::SetFlightRisk { person: p, .. } => format!("flight risk of {}", person(p)),
            Command::SetAnnualCost { person: p, .. } => format!("cost of {}", person(p)),
            Command::SetSkillLevel { person: p, .. } => format!("skills of {}", person(p)),
            Command::SetStyleScore { person: p, .. } => format!("work style of {}", person(p)),
            Command::AddPerson { name, .. } => {
                format!("adding {}", if name.is_empty() { "a person" } else { name })
            }
            Command::RemovePerson { person: p } => format!("removal of {}", person(p)),
            Command::FillOpenRole { role, .. } => format!("filling of {}", person(role)),
            Command::ImportSkills { .. } => "skills import".to_owned(),
            Command::AddTeam { name, .. } => format!("adding team {name}"),
            Command::RenameUnit { unit: u, .. } => format!("rename of {}", unit(u)),
            Command::SetUnitMode { unit: u, .. } => format!("mode of {}", unit(u)),
            Command::SetUnitWork { unit: u, .. } => format!("kind of work of {}", unit(u)),
            Command::SetUnitLeader { unit: u, .. } => format!("leader of {}", unit(u)),
            Command::RemoveTeam { unit: u } => format!("removal of {}", unit(u)),
            Command::AddScenario { name, .. } => format!("adding option {name}"),
            Command::RenameScenario { scenario, .. } => format!("rename of {}", option(*scenario)),
            Command::SetScenarioNotes { scenario, .. } => format!("notes on {}", option(*scenario)),
            Command::RemoveScenario { scenario } => format!("removal of {}", option(*scenario)),
            Command::MoveScenario { scenario, .. } => format!("reordering {}", option(*scenario)),
            Command::AddOrganisation { name, .. } => format!("adding organisation {name}"),
            Command::MoveUnit { unit: u, .. } => format!("move of {}", unit(u)),
            Command::MergeOrganisation { from, into, .. } => {
                format!("merging {} into {}", unit(from), unit(into))
            }
            Command::SetSponsorship { organisation, .. } => {
                format!("sponsors of {}", unit(organisation))
            }
            Command::AddSponsor { name, .. } => format!("adding sponsor {name}"),
            Command::EditSponsor { name, .. } => format!("sponsor {name}"),
            Command::SetDottedLine { person: p, .. } => format!("dotted lines of {}", person(p)),
            Command::SetRequiredSkill { unit: u, .. } => format!("required skills of {}", unit(u)),
            Command::SetStyleRange { unit: u, .. } => format!("work-style profile of {}", unit(u)),
            Command::SetDesignTitle { .. } => "design title".into(),
            Command::Adopt { what, .. } => what.clone(),
            Command::SetSettings(_) => "design settings".into(),
            Command::PinCard { person: p, .. } => format!("pin of {}", person(p)),
            Command::SetRiskOverride { person: p, .. } => {
                format!("flight risk of {} in an option", person(p))
            }
            Command::PlanTrainings { scenario, .. } => {
                format!("training plan of {}", option(*scenario))
            }
            Command::RemoveTraining { learner, .. } => {
                format!("training of {}", person(learner))
            }
            Command::AddScenarioFromPlan { name, .. } => format!("adding option {name}"),
        }
    }
}

/// Carries out `command` on `design`. On success returns what happened, in words fit for the
/// status line; on refusal returns why, and `design` is unchanged.
pub fn apply(design: &mut Design, command: &Command) -> Result<String, String> {
    let (next, message) = applied(design, command)?;
    *design = next;
    Ok(message)
}

/// The design as `command` would leave it, and what happened; `design` itself is untouched.
/// This copies the design once, so callers that keep the old design (undo, previews) need no
/// copy of their own.
pub fn applied(design: &Design, command: &Command) -> Result<(Design, String), String> {
    let mut next = design.clone();
    let message = apply_unchecked(&mut next, command)?;
    loadable(&next)?;
    Ok((next, message))
}

/// Every edit must leave a design that would load: the last line of defence against a
/// cycle or a dangling reference, reported instead of saved.
pub(super) fn loadable(design: &Design) -> Result<(), String> {
    match validate(design).into_iter().next() {
        Some(problem) => Err(format!("That change would break the design: {problem}.")),
        None => Ok(()),
    }
}

/// The design as `command` would leave it, without the final validation of [`applied`]:
/// for the drop preview, which runs whenever the drag target changes and must fit in a
/// frame. The commands refuse illegal edits themselves; the rare design that validation
/// alone would catch is still refused when the drop is applied.
pub(super) fn tried(design: &Design, command: &Command) -> Result<(Design, String), String> {
    let mut next = design.clone();
    let message = apply_unchecked(&mut next, command)?;
    Ok((next, message))
}

fn person_ix(design: &Design, id: &str) -> Result<usize, String> {
    design
        .people
        .iter()
        .position(|p| p.id == id)
        .ok_or_else(|| format!("There is no person with id \"{id}\"."))
}

fn unit_ix(design: &Design, id: &str) -> Result<usize, String> {
    design
        .units
        .iter()
        .position(|u| u.id == id)
        .ok_or_else(|| format!("There is no unit with id \"{id}\"."))
}

fn scenario_mut(design: &mut Design, ix: usize) -> Result<&mut crate::model::Scenario, String> {
    design
        .scenarios
        .get_mut(ix)
        .ok_or_else(|| format!("There is no option number {}.", ix + 1))
}

/// `text` trimmed, or `fallback` when nothing is left.
fn non_empty(text: &str, fallback: &str) -> String {
    match text.trim() {
        "" => fallback.to_owned(),
        t => t.to_owned(),
    }
}

/// Forgets `person` everywhere in one option: their placement (their reports move up to
/// their manager), dotted lines to them, their pin, trainings they would learn in (and
/// their name as a mentor), and their flight-risk override. Removing, unplacing and
/// filling an open role all go through here, so none of them leaves a reference behind.
pub(super) fn forget_in_scenario(s: &mut crate::model::Scenario, person: &str) {
    unseat(s, person);
    s.trainings.retain(|t| t.learner != person);
    for t in &mut s.trainings {
        if t.mentor.as_deref() == Some(person) {
            t.mentor = None;
        }
    }
    s.risk_overrides.retain(|o| o.person != person);
}

/// Forgets everyone in `gone` in one option, as [`forget_in_scenario`] would one by one
/// but in one pass: their reports go up to the first manager above them who stays, dotted
/// lines, pins, trainings they would learn in, mentoring and overrides go.
pub fn forget_all(s: &mut crate::model::Scenario, gone: &HashSet<String>) {
    let manager_of: HashMap<String, Option<String>> = s
        .placements
        .iter()
        .filter(|p| gone.contains(&p.person))
        .map(|p| (p.person.clone(), p.manager.clone()))
        .collect();
    // The first manager up the chain who stays (a chain of leavers is walked, at most once
    // round any loop a broken file might hold).
    let stays = |start: &str| -> Option<String> {
        let mut at = start.to_owned();
        for _ in 0..=manager_of.len() {
            if !gone.contains(&at) {
                return Some(at);
            }
            at = manager_of.get(&at).cloned().flatten()?;
        }
        None
    };
    s.placements.retain(|p| !gone.contains(&p.person));
    for p in &mut s.placements {
        if let Some(m) = p.manager.clone()
            && gone.contains(&m)
        {
            p.manager = stays(&m);
        }
        p.dotted.retain(|d| !gone.contains(d));
        if let Some(m) = &p.manager {
            let m = m.clone();
            p.dotted.retain(|d| *d != m);
        }
    }
    s.pinned.retain(|pin| !gone.contains(&pin.person));
    s.trainings.retain(|t| !gone.contains(&t.learner));
    for t in &mut s.trainings {
        if t.mentor.as_ref().is_some_and(|m| gone.contains(m)) {
            t.mentor = None;
        }
    }
    s.risk_overrides.retain(|o| !gone.contains(&o.person));
}

/// Takes `person` out of their seat in one option: their reports move up to their manager,
/// dotted lines to them and their pin go. What they learn or teach stays.
pub(super) fn unseat(s: &mut crate::model::Scenario, person: &str) {
    let old_manager = s
        .placements
        .iter()
        .find(|p| p.person == person)
        .and_then(|p| p.manager.clone());
    s.placements.retain(|p| p.person != person);
    for p in &mut s.placements {
        if p.manager.as_deref() == Some(person) {
            p.manager = old_manager.clone();
        }
        p.dotted.retain(|x| x != person);
        if let Some(m) = &p.manager {
            p.dotted.retain(|x| x != m);
        }
    }
    s.pinned.retain(|pin| pin.person != person);
}

/// Carries out `command` on `d`, each kind of command by the one function of its subject
/// (people, units, options, plans, the design): a command left unrouted does not compile.
fn apply_unchecked(d: &mut Design, command: &Command) -> Result<String, String> {
    match command {
        Command::MovePerson {
            scenario,
            person,
            unit,
            manager,
            alone,
        } => people::move_person(d, *scenario, person, unit, manager.as_deref(), *alone),
        Command::Unplace { scenario, person } => people::unplace(d, *scenario, person),
        Command::SetPersonName { person, name } => people::set_name(d, person, name),
        Command::SetPersonTitle { person, title } => people::set_title(d, person, title),
        Command::SetPersonNotes { person, notes } => people::set_notes(d, person, notes),
        Command::SetFlightRisk { person, risk } => people::set_flight_risk(d, person, *risk),
        Command::SetAnnualCost { person, cost } => people::set_annual_cost(d, person, *cost),
        Command::SetSkillLevel {
            person,
            skill,
            level,
        } => people::set_skill_level(d, person, skill, *level),
        Command::SetStyleScore {
            person,
            dimension,
            score,
        } => people::set_style_score(d, person, dimension, *score),
        Command::AddPerson {
            scenario,
            name,
            title,
            unit,
            manager,
            open_role,
        } => people::add_person(
            d,
            *scenario,
            name,
            title,
            unit.as_deref(),
            manager.as_deref(),
            *open_role,
        ),
        Command::FillOpenRole {
            scenario,
            role,
            person,
        } => open_roles::fill(d, *scenario, role, person),
        Command::RemovePerson { person } => people::remove(d, person),
        Command::PinCard {
            scenario,
            person,
            at,
        } => people::pin_card(d, *scenario, person, *at),
        Command::ImportSkills {
            new_skills,
            levels,
            scores,
        } => people::import_skills(d, new_skills, levels, scores),
        Command::AddTeam {
            scenario,
            parent,
            name,
        } => units::add_team(d, *scenario, parent, name),
        Command::RemoveTeam { unit } => units::remove_team(d, unit),
        Command::RenameUnit { unit, name } => units::rename(d, unit, name),
        Command::SetUnitMode { unit, mode } => units::set_mode(d, unit, *mode),
        Command::SetUnitWork { unit, work } => units::set_work(d, unit, *work),
        Command::SetUnitLeader { unit, leader } => units::set_leader(d, unit, leader.as_deref()),
        Command::SetRequiredSkill {
            unit,
            skill,
            requirement,
        } => units::set_required_skill(d, unit, skill, *requirement),
        Command::SetStyleRange {
            unit,
            dimension,
            range,
        } => units::set_style_range(d, unit, dimension, *range),
        Command::AddScenario { source, name } => scenarios::add_scenario(d, *source, name),
        Command::RenameScenario { scenario, name } => scenarios::rename(d, *scenario, name),
        Command::SetScenarioNotes { scenario, notes } => scenarios::set_notes(d, *scenario, notes),
        Command::RemoveScenario { scenario } => scenarios::remove(d, *scenario),
        Command::MoveScenario { scenario, to } => scenarios::reorder(d, *scenario, *to),
        Command::AddOrganisation {
            scenario,
            name,
            mode,
        } => scenarios::add_organisation(d, *scenario, name, *mode),
        Command::MoveUnit {
            scenario,
            unit,
            parent,
        } => scenarios::move_unit(d, *scenario, unit, parent),
        Command::MergeOrganisation {
            scenario,
            from,
            into,
        } => scenarios::merge_organisation(d, *scenario, from, into),
        Command::SetSponsorship {
            scenario,
            organisation,
            sponsor,
            on,
        } => scenarios::set_sponsorship(d, *scenario, organisation, sponsor, *on),
        Command::AddSponsor { name, executive } => scenarios::add_sponsor(d, name, executive),
        Command::EditSponsor {
            sponsor,
            name,
            executive,
        } => scenarios::edit_sponsor(d, sponsor, name, executive),
        Command::SetDottedLine {
            scenario,
            person,
            to,
            on,
        } => scenarios::set_dotted_line(d, *scenario, person, to, *on),
        Command::SetRiskOverride {
            scenario,
            person,
            risk,
        } => plans::set_risk_override(
            d,
            *scenario,
            person,
            risk.as_ref().map(|(r, why)| (*r, why.as_str())),
        ),
        Command::PlanTrainings {
            scenario,
            trainings,
        } => plans::plan(d, *scenario, trainings),
        Command::RemoveTraining {
            scenario,
            learner,
            skill,
        } => plans::remove_training(d, *scenario, learner, skill),
        Command::AddScenarioFromPlan {
            from,
            name,
            trainings,
        } => plans::add_scenario_from_plan(d, *from, name, trainings),
        Command::SetDesignTitle { title } => design::set_title(d, title),
        Command::Adopt {
            design: next,
            what,
            message,
        } => design::adopt(d, next, what, message),
        Command::SetSettings(settings) => design::set_settings(d, settings),
    }
}

/// The smallest unused id of the form `prefix` + number (p069, team3), zero-padded for people.
fn next_id<'a>(existing: impl Iterator<Item = &'a str>, prefix: &str) -> String {
    let taken: HashSet<&str> = existing.collect();
    let width = if prefix == "p" { 3 } else { 1 };
    (1..)
        .map(|n| format!("{prefix}{n:0width$}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| format!("{prefix}-new"))
}

/// The ids of everyone below `person` in scenario number `scenario`'s reporting lines (not
/// including them).
pub fn reports_below(design: &Design, scenario: usize, person: &str) -> Vec<String> {
    let Some(ix) = ScenarioIndex::new(design, scenario) else {
        return Vec::new();
    };
    ix.person(person).map_or_else(Vec::new, |p| {
        ix.reports_below(p)
            .into_iter()
            .map(|q| design.people[q].id.clone())
            .collect()
    })
}

mod design;
mod open_roles;
mod people;
mod plans;
mod scenarios;
#[cfg(test)]
mod tests;
mod units;
