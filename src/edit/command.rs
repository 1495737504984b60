//! Every change to a design is a [`Command`]. [`apply`] carries one out on a design, or
//! refuses it with a sentence for the user; the design is untouched on refusal.

use std::collections::{HashMap, HashSet};

use crate::io::validate;
use crate::model::{Design, FlightRisk, Mode, Person, Placement, ScenarioIndex, counted};

pub use options::ScenarioSource;

/// One user edit. Ids are the design's string ids; `scenario` is an index into the design's
/// scenarios where the edit concerns placements.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
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
    AddOptionFromPlan {
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
            Command::AddOptionFromPlan { name, .. } => format!("adding option {name}"),
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

fn import_skills(
    d: &mut Design,
    new_skills: &[crate::model::Skill],
    levels: &[(String, String, u8)],
    scores: &[(String, String, u8)],
) -> Result<String, String> {
    for skill in new_skills {
        if d.skills.iter().any(|k| k.id == skill.id) {
            return Err(format!(
                "The catalogue already has a skill \"{}\".",
                skill.id
            ));
        }
        d.skills.push(skill.clone());
    }
    let index: HashMap<String, usize> = d
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    let mut touched = HashSet::new();
    for (person, skill, level) in levels {
        let i = *index
            .get(person)
            .ok_or_else(|| format!("There is no person with id \"{person}\"."))?;
        let p = &mut d.people[i];
        match p.skills.iter_mut().find(|s| &s.skill == skill) {
            Some(s) => s.level = *level,
            None => p.skills.push(crate::model::SkillLevel {
                skill: skill.clone(),
                level: *level,
            }),
        }
        touched.insert(i);
    }
    for (person, dimension, score) in scores {
        let i = *index
            .get(person)
            .ok_or_else(|| format!("There is no person with id \"{person}\"."))?;
        let p = &mut d.people[i];
        match p.work_style.iter_mut().find(|s| &s.dimension == dimension) {
            Some(s) => s.score = *score,
            None => p.work_style.push(crate::model::StyleScore {
                dimension: dimension.clone(),
                score: *score,
            }),
        }
        touched.insert(i);
    }
    let mut message = format!(
        "Set {} and {} for {}",
        counted(levels.len(), "skill level", "skill levels"),
        counted(scores.len(), "work-style score", "work-style scores"),
        counted(touched.len(), "person", "people")
    );
    if !new_skills.is_empty() {
        message.push_str(&format!(
            "; added {} to the catalogue",
            counted(new_skills.len(), "skill", "skills")
        ));
    }
    message.push('.');
    Ok(message)
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

fn apply_unchecked(d: &mut Design, command: &Command) -> Result<String, String> {
    match command {
        Command::MovePerson {
            scenario,
            person,
            unit,
            manager,
            alone,
        } => move_person(d, *scenario, person, unit, manager.as_deref(), *alone),
        Command::Unplace { scenario, person } => {
            let name = d.person_name(person).to_owned();
            let s = scenario_mut(d, *scenario)?;
            if s.placement_of(person).is_none() {
                return Err(format!("{name} is not placed in this option."));
            }
            forget_in_scenario(s, person);
            Ok(format!("{name} is now unplaced."))
        }
        Command::SetPersonName { person, name } => {
            let name = name.trim();
            if name.is_empty() {
                return Err("A person needs a name.".into());
            }
            let i = person_ix(d, person)?;
            let old = std::mem::replace(&mut d.people[i].name, name.to_owned());
            Ok(format!("Renamed {old} to {name}."))
        }
        Command::SetPersonTitle { person, title } => {
            let i = person_ix(d, person)?;
            d.people[i].title = title.trim().to_owned();
            Ok(format!("Changed the title of {}.", d.people[i].name))
        }
        Command::SetPersonNotes { person, notes } => {
            let i = person_ix(d, person)?;
            d.people[i].notes = notes.clone();
            Ok(format!("Changed the notes on {}.", d.people[i].name))
        }
        Command::SetFlightRisk { person, risk } => {
            let i = person_ix(d, person)?;
            d.people[i].flight_risk = *risk;
            Ok(format!(
                "{}: flight risk {}.",
                d.people[i].name,
                risk.label()
            ))
        }
        Command::SetAnnualCost { person, cost } => {
            let i = person_ix(d, person)?;
            d.people[i].annual_cost = *cost;
            Ok(format!("Changed the annual cost of {}.", d.people[i].name))
        }
        Command::SetSkillLevel {
            person,
            skill,
            level,
        } => {
            let i = person_ix(d, person)?;
            let skill_name = d
                .skill(skill)
                .map(|s| s.name.clone())
                .ok_or_else(|| format!("There is no skill with id \"{skill}\"."))?;
            let p = &mut d.people[i];
            let at = p.skills.iter().position(|s| &s.skill == skill);
            match (level, at) {
                (Some(l), Some(at)) => p.skills[at].level = *l,
                (Some(l), None) => p.skills.push(crate::model::SkillLevel {
                    skill: skill.clone(),
                    level: *l,
                }),
                (None, Some(at)) => {
                    p.skills.remove(at);
                }
                (None, None) => return Err(format!("{} does not have {skill_name}.", p.name)),
            }
            Ok(match level {
                Some(l) => format!("{}: {skill_name} level {l}.", p.name),
                None => format!("{}: removed {skill_name}.", p.name),
            })
        }
        Command::SetStyleScore {
            person,
            dimension,
            score,
        } => {
            let i = person_ix(d, person)?;
            let dim_name = d
                .work_styles
                .iter()
                .find(|w| &w.id == dimension)
                .map(|w| w.name.clone())
                .ok_or_else(|| format!("There is no work-style dimension \"{dimension}\"."))?;
            let p = &mut d.people[i];
            p.work_style.retain(|s| &s.dimension != dimension);
            if let Some(score) = score {
                p.work_style.push(crate::model::StyleScore {
                    dimension: dimension.clone(),
                    score: *score,
                });
                // Keep the catalogue's order so files diff cleanly.
                let order: HashMap<&str, usize> = d
                    .work_styles
                    .iter()
                    .enumerate()
                    .map(|(i, w)| (w.id.as_str(), i))
                    .collect();
                let p = &mut d.people[i];
                p.work_style.sort_by_key(|s| {
                    order
                        .get(s.dimension.as_str())
                        .copied()
                        .unwrap_or(usize::MAX)
                });
            }
            let p = &d.people[i];
            Ok(match score {
                Some(s) => format!("{}: {dim_name} {s}.", p.name),
                None => format!("{}: {dim_name} unknown.", p.name),
            })
        }
        Command::AddPerson {
            scenario,
            name,
            title,
            unit,
            manager,
            open_role,
        } => {
            let id = next_id(d.people.iter().map(|p| p.id.as_str()), "p");
            let name = if name.trim().is_empty() {
                if *open_role {
                    "Open role"
                } else {
                    "New person"
                }
                .to_owned()
            } else {
                name.trim().to_owned()
            };
            d.people.push(Person {
                id: id.clone(),
                name: name.clone(),
                title: title.clone(),
                skills: Vec::new(),
                work_style: Vec::new(),
                flight_risk: FlightRisk::Unknown,
                annual_cost: None,
                notes: String::new(),
                open_role: *open_role,
            });
            if let Some(unit) = unit {
                unit_ix(d, unit)?;
                scenario_mut(d, *scenario)?.placements.push(Placement {
                    person: id,
                    unit: unit.clone(),
                    manager: manager.clone(),
                    dotted: Vec::new(),
                });
            }
            Ok(format!("Added {name}."))
        }
        Command::RemovePerson { person } => {
            let i = person_ix(d, person)?;
            let removed = d.people.remove(i);
            for s in &mut d.scenarios {
                forget_in_scenario(s, person);
            }
            for u in &mut d.units {
                if u.leader.as_deref() == Some(person) {
                    u.leader = None;
                }
            }
            Ok(format!("Removed {} from the design.", removed.name))
        }
        Command::AddTeam {
            scenario,
            parent,
            name,
        } => options::add_team(d, *scenario, parent, name),
        Command::RenameUnit { unit, name } => {
            let name = name.trim();
            if name.is_empty() {
                return Err("A unit needs a name.".into());
            }
            let i = unit_ix(d, unit)?;
            let old = std::mem::replace(&mut d.units[i].name, name.to_owned());
            Ok(format!("Renamed {old} to {name}."))
        }
        Command::SetUnitMode { unit, mode } => {
            let i = unit_ix(d, unit)?;
            d.units[i].mode = *mode;
            Ok(format!(
                "{} is now a {} unit.",
                d.units[i].name,
                mode.label()
            ))
        }
        Command::SetUnitWork { unit, work } => {
            let i = unit_ix(d, unit)?;
            d.units[i].profile.work = *work;
            let name = &d.units[i].name;
            Ok(match work {
                Some(k) => format!(
                    "{name} is now a {}: its managers' span limit is {}.",
                    k.label(),
                    k.span_limit()
                ),
                None => format!(
                    "{name} follows the design's span limit ({}).",
                    d.settings.span_max
                ),
            })
        }
        Command::SetUnitLeader { unit, leader } => {
            let i = unit_ix(d, unit)?;
            if let Some(l) = leader {
                person_ix(d, l)?;
            }
            d.units[i].leader = leader.clone();
            Ok(match leader {
                Some(l) => format!("{} now leads {}.", d.person_name(l), d.units[i].name),
                None => format!("{} has no leader now.", d.units[i].name),
            })
        }
        Command::RemoveTeam { unit } => options::remove_team(d, unit),
        Command::FillOpenRole {
            scenario,
            role,
            person,
        } => open_roles::fill(d, *scenario, role, person),
        Command::ImportSkills {
            new_skills,
            levels,
            scores,
        } => import_skills(d, new_skills, levels, scores),
        Command::AddScenario { .. }
        | Command::RenameScenario { .. }
        | Command::SetScenarioNotes { .. }
        | Command::RemoveScenario { .. }
        | Command::MoveScenario { .. }
        | Command::AddOrganisation { .. }
        | Command::MoveUnit { .. }
        | Command::MergeOrganisation { .. }
        | Command::SetSponsorship { .. }
        | Command::AddSponsor { .. }
        | Command::EditSponsor { .. }
        | Command::SetDottedLine { .. } => options::apply_option_command(d, command),
        Command::SetRiskOverride { .. }
        | Command::PlanTrainings { .. }
        | Command::RemoveTraining { .. }
        | Command::AddOptionFromPlan { .. } => plans::apply_plan_command(d, command),
        Command::SetRequiredSkill {
            unit,
            skill,
            requirement,
        } => {
            let i = unit_ix(d, unit)?;
            let skill_name = d
                .skill(skill)
                .map(|s| s.name.clone())
                .ok_or_else(|| format!("There is no skill with id \"{skill}\"."))?;
            let reqs = &mut d.units[i].profile.required_skills;
            let at = reqs.iter().position(|r| &r.skill == skill);
            match (requirement, at) {
                (Some((level, holders)), Some(at)) => {
                    reqs[at].min_level = *level;
                    reqs[at].min_holders = *holders;
                }
                (Some((level, holders)), None) => reqs.push(crate::model::RequiredSkill {
                    skill: skill.clone(),
                    min_level: *level,
                    min_holders: *holders,
                }),
                (None, Some(at)) => {
                    reqs.remove(at);
                }
                (None, None) => {
                    return Err(format!(
                        "{} does not require {skill_name}.",
                        d.units[i].name
                    ));
                }
            }
            Ok(format!(
                "Changed what {} requires of {skill_name}.",
                d.units[i].name
            ))
        }
        Command::SetStyleRange {
            unit,
            dimension,
            range,
        } => {
            let i = unit_ix(d, unit)?;
            let ranges = &mut d.units[i].profile.work_style;
            ranges.retain(|r| &r.dimension != dimension);
            if let Some((min, max)) = range {
                ranges.push(crate::model::StyleRange {
                    dimension: dimension.clone(),
                    min: *min,
                    max: *max,
                });
            }
            Ok(format!(
                "Changed the preferred work style of {}.",
                d.units[i].name
            ))
        }
        Command::SetDesignTitle { title } => {
            d.title = title.trim().to_owned();
            Ok("Changed the design title.".into())
        }
        Command::SetSettings(settings) => {
            let before = d.settings.privacy;
            d.settings = settings.clone();
            let after = settings.privacy;
            let on_off = |on: bool| if on { "on" } else { "off" };
            Ok(if before.hide_sensitive != after.hide_sensitive {
                format!(
                    "Privacy mode {}: cost, flight risk and work-style scores are {}.",
                    on_off(after.hide_sensitive),
                    if after.hide_sensitive {
                        "hidden"
                    } else {
                        "shown"
                    }
                )
            } else if before.pseudonymise != after.pseudonymise {
                format!(
                    "Pseudonyms {}: the chart and exports show {}.",
                    on_off(after.pseudonymise),
                    if after.pseudonymise {
                        "\"Person 17 — team\" instead of names"
                    } else {
                        "names"
                    }
                )
            } else {
                "Changed the analysis thresholds.".to_owned()
            })
        }
        Command::PinCard {
            scenario,
            person,
            at,
        } => {
            let name = d.person_name(person).to_owned();
            let s = scenario_mut(d, *scenario)?;
            s.pinned.retain(|p| &p.person != person);
            match at {
                Some((x, y)) => {
                    s.pinned.push(crate::model::Pin {
                        person: person.clone(),
                        x: x.round(),
                        y: y.round(),
                    });
                    s.pinned.sort_by(|a, b| a.person.cmp(&b.person));
                    Ok(format!("Pinned {name}'s card where it was dropped."))
                }
                None => Ok(format!("{name}'s card follows the layout again.")),
            }
        }
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

fn move_person(
    d: &mut Design,
    scenario: usize,
    person: &str,
    unit: &str,
    manager: Option<&str>,
    alone: bool,
) -> Result<String, String> {
    let name = d.person_name(person).to_owned();
    let unit_name = d
        .unit(unit)
        .map(|u| u.name.clone())
        .ok_or_else(|| format!("There is no unit with id \"{unit}\"."))?;
    if manager == Some(person) {
        return Err(format!("{name} cannot report to themselves."));
    }
    let manager_name = manager.map(|m| d.person_name(m).to_owned());
    // Most people moved manage nobody: then nobody is below them, and the index the full
    // walk needs (about 1 ms at 10,000 people, on every drop preview) is not built.
    let manages = d.scenarios.get(scenario).is_some_and(|s| {
        s.placements
            .iter()
            .any(|p| p.manager.as_deref() == Some(person))
    });
    let below = if manages {
        reports_below(d, scenario, person)
    } else {
        Vec::new()
    };
    let s = scenario_mut(d, scenario)?;
    let old = s.placements.iter().find(|p| p.person == person).cloned();
    if let (Some(m), false) = (manager, alone)
        && below.iter().any(|b| b == m)
    {
        return Err(format!(
            "{name} cannot report to {}, who reports to {name}. Hold Shift to move {name} alone.",
            manager_name.unwrap_or_default()
        ));
    }
    if let Some(old) = &old
        && old.unit == unit
        && old.manager.as_deref() == manager
    {
        return Err(format!("{name} already sits there."));
    }
    let mut moved_reports = 0;
    match &old {
        Some(old) if alone => {
            for p in &mut s.placements {
                if p.manager.as_deref() == Some(person) {
                    p.manager = old.manager.clone();
                    if let Some(m) = &p.manager {
                        p.dotted.retain(|x| x != m);
                    }
                }
            }
        }
        Some(old) => {
            let below: HashSet<&str> = below.iter().map(String::as_str).collect();
            for p in &mut s.placements {
                if below.contains(p.person.as_str()) && p.unit == old.unit {
                    p.unit = unit.to_owned();
                }
            }
            moved_reports = below.len();
        }
        None => {}
    }
    match s.placements.iter_mut().find(|p| p.person == person) {
        Some(p) => {
            p.unit = unit.to_owned();
            p.manager = manager.map(str::to_owned);
            p.dotted.retain(|x| Some(x.as_str()) != manager);
        }
        None => s.placements.push(Placement {
            person: person.to_owned(),
            unit: unit.to_owned(),
            manager: manager.map(str::to_owned),
            dotted: Vec::new(),
        }),
    }
    let who = match moved_reports {
        0 => name,
        1 => format!("{name} and 1 report"),
        n => format!("{name} and {n} reports"),
    };
    let verb = if old.is_some() {
        "moved to"
    } else {
        "placed in"
    };
    Ok(match manager_name {
        Some(m) => format!("{who} {verb} {unit_name}, now reporting to {m}."),
        None => format!("{who} {verb} {unit_name}."),
    })
}

mod open_roles;
mod options;
mod plans;
#[cfg(test)]
mod tests;
