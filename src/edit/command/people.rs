//! Commands on people: where they sit in an option, what is recorded about them (name,
//! title, notes, flight risk, cost, skills, work style), adding and removing them, pinning
//! their card, and skills brought in from a survey.

use std::collections::{HashMap, HashSet};

use super::{forget_in_scenario, next_id, person_ix, reports_below, scenario_mut, unit_ix};
use crate::model::{Design, FlightRisk, Person, Placement, counted};

/// Puts `person` in `unit` under `manager` (see [`super::Command::MovePerson`]).
pub(super) fn move_person(
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

/// Takes `person` out of option `scenario`, leaving them on the roster.
pub(super) fn unplace(d: &mut Design, scenario: usize, person: &str) -> Result<String, String> {
    let name = d.person_name(person).to_owned();
    let s = scenario_mut(d, scenario)?;
    if s.placement_of(person).is_none() {
        return Err(format!("{name} is not placed in this option."));
    }
    forget_in_scenario(s, person);
    Ok(format!("{name} is now unplaced."))
}

pub(super) fn set_name(d: &mut Design, person: &str, name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("A person needs a name.".into());
    }
    let i = person_ix(d, person)?;
    let old = std::mem::replace(&mut d.people[i].name, name.to_owned());
    Ok(format!("Renamed {old} to {name}."))
}

pub(super) fn set_title(d: &mut Design, person: &str, title: &str) -> Result<String, String> {
    let i = person_ix(d, person)?;
    d.people[i].title = title.trim().to_owned();
    Ok(format!("Changed the title of {}.", d.people[i].name))
}

pub(super) fn set_notes(d: &mut Design, person: &str, notes: &str) -> Result<String, String> {
    let i = person_ix(d, person)?;
    d.people[i].notes = notes.to_owned();
    Ok(format!("Changed the notes on {}.", d.people[i].name))
}

pub(super) fn set_flight_risk(
    d: &mut Design,
    person: &str,
    risk: FlightRisk,
) -> Result<String, String> {
    let i = person_ix(d, person)?;
    d.people[i].flight_risk = risk;
    Ok(format!(
        "{}: flight risk {}.",
        d.people[i].name,
        risk.label()
    ))
}

pub(super) fn set_annual_cost(
    d: &mut Design,
    person: &str,
    cost: Option<u32>,
) -> Result<String, String> {
    let i = person_ix(d, person)?;
    d.people[i].annual_cost = cost;
    Ok(format!("Changed the annual cost of {}.", d.people[i].name))
}

/// Sets (or, with `None`, removes) the level `person` holds `skill` at.
pub(super) fn set_skill_level(
    d: &mut Design,
    person: &str,
    skill: &str,
    level: Option<u8>,
) -> Result<String, String> {
    let i = person_ix(d, person)?;
    let skill_name = d
        .skill(skill)
        .map(|s| s.name.clone())
        .ok_or_else(|| format!("There is no skill with id \"{skill}\"."))?;
    let p = &mut d.people[i];
    let at = p.skills.iter().position(|s| s.skill == skill);
    match (level, at) {
        (Some(l), Some(at)) => p.skills[at].level = l,
        (Some(l), None) => p.skills.push(crate::model::SkillLevel {
            skill: skill.to_owned(),
            level: l,
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

/// Sets (or, with `None`, forgets) `person`'s score on one work-style dimension.
pub(super) fn set_style_score(
    d: &mut Design,
    person: &str,
    dimension: &str,
    score: Option<u8>,
) -> Result<String, String> {
    let i = person_ix(d, person)?;
    let dim_name = d
        .work_styles
        .iter()
        .find(|w| w.id == dimension)
        .map(|w| w.name.clone())
        .ok_or_else(|| format!("There is no work-style dimension \"{dimension}\"."))?;
    let p = &mut d.people[i];
    p.work_style.retain(|s| s.dimension != dimension);
    if let Some(score) = score {
        p.work_style.push(crate::model::StyleScore {
            dimension: dimension.to_owned(),
            score,
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

/// Adds a person (or an open role) to the roster, placed in `unit` of option `scenario`
/// when one is given.
pub(super) fn add_person(
    d: &mut Design,
    scenario: usize,
    name: &str,
    title: &str,
    unit: Option<&str>,
    manager: Option<&str>,
    open_role: bool,
) -> Result<String, String> {
    let id = next_id(d.people.iter().map(|p| p.id.as_str()), "p");
    let name = if name.trim().is_empty() {
        if open_role { "Open role" } else { "New person" }.to_owned()
    } else {
        name.trim().to_owned()
    };
    d.people.push(Person {
        id: id.clone(),
        name: name.clone(),
        title: title.to_owned(),
        skills: Vec::new(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Unknown,
        annual_cost: None,
        notes: String::new(),
        open_role,
    });
    if let Some(unit) = unit {
        unit_ix(d, unit)?;
        scenario_mut(d, scenario)?.placements.push(Placement {
            person: id,
            unit: unit.to_owned(),
            manager: manager.map(str::to_owned),
            dotted: Vec::new(),
        });
    }
    Ok(format!("Added {name}."))
}

/// Removes `person` from the design: every option forgets them, units they led have no
/// leader.
pub(super) fn remove(d: &mut Design, person: &str) -> Result<String, String> {
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

/// Pins `person`'s card at `at` in option `scenario`, or lets the layout place it again.
pub(super) fn pin_card(
    d: &mut Design,
    scenario: usize,
    person: &str,
    at: Option<(f32, f32)>,
) -> Result<String, String> {
    let name = d.person_name(person).to_owned();
    let s = scenario_mut(d, scenario)?;
    s.pinned.retain(|p| p.person != person);
    match at {
        Some((x, y)) => {
            s.pinned.push(crate::model::Pin {
                person: person.to_owned(),
                x: x.round(),
                y: y.round(),
            });
            s.pinned.sort_by(|a, b| a.person.cmp(&b.person));
            Ok(format!("Pinned {name}'s card where it was dropped."))
        }
        None => Ok(format!("{name}'s card follows the layout again.")),
    }
}

/// Levels and scores from a skills survey, and the skills it adds to the catalogue.
pub(super) fn import_skills(
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
