//! Commands on options and their structure: adding, copying, renaming, reordering and
//! removing options; organisations, teams and sponsors per option; dotted lines.

use super::{next_id, non_empty, person_ix, scenario_mut, unit_ix};
use crate::model::{
    Design, Mode, Profile, Scenario, ScenarioIndex, Sponsor, Sponsorship, Unit, UnitKind, UnitSlot,
};

/// What a new option starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioSource {
    /// A copy of the baseline, the first option.
    Baseline,
    /// A copy of this option.
    Copy(usize),
    /// This option's organisations, teams and sponsors, with nobody placed.
    EmptyLike(usize),
}

fn scenario_name(d: &Design, i: usize) -> Result<String, String> {
    d.scenarios
        .get(i)
        .map(|s| s.name.clone())
        .ok_or_else(|| format!("There is no option number {}.", i + 1))
}

pub(super) fn rename(d: &mut Design, scenario: usize, name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("An option needs a name.".into());
    }
    let s = scenario_mut(d, scenario)?;
    let old = std::mem::replace(&mut s.name, name.to_owned());
    Ok(format!("Renamed option {old} to {name}."))
}

pub(super) fn set_notes(d: &mut Design, scenario: usize, notes: &str) -> Result<String, String> {
    let s = scenario_mut(d, scenario)?;
    s.notes = notes.to_owned();
    Ok(format!("Changed the notes on {}.", s.name))
}

/// Removes an option; a design keeps at least one.
pub(super) fn remove(d: &mut Design, scenario: usize) -> Result<String, String> {
    let name = scenario_name(d, scenario)?;
    if d.scenarios.len() == 1 {
        return Err(format!(
            "{name} is the only option; a design needs at least one."
        ));
    }
    d.scenarios.remove(scenario);
    Ok(format!("Removed option {name}."))
}

/// Moves an option to position `to`; the first is the baseline the others are compared with.
pub(super) fn reorder(d: &mut Design, scenario: usize, to: usize) -> Result<String, String> {
    let name = scenario_name(d, scenario)?;
    if to >= d.scenarios.len() {
        return Err(format!("There is no position {} for {name}.", to + 1));
    }
    if to == scenario {
        return Err(format!("{name} is already there."));
    }
    let s = d.scenarios.remove(scenario);
    d.scenarios.insert(to, s);
    Ok(if to == 0 {
        format!("{name} is now the baseline the other options are compared with.")
    } else {
        format!("Moved {name} to position {}.", to + 1)
    })
}

/// A new organisation (unit and slot) in option `scenario`.
pub(super) fn add_organisation(
    d: &mut Design,
    scenario: usize,
    name: &str,
    mode: Mode,
) -> Result<String, String> {
    scenario_name(d, scenario)?;
    let id = next_id(d.units.iter().map(|u| u.id.as_str()), "org");
    let name = non_empty(name, "New organisation");
    d.units.push(Unit {
        id: id.clone(),
        name: name.clone(),
        kind: UnitKind::Organisation,
        mode,
        leader: None,
        profile: Profile::default(),
    });
    scenario_mut(d, scenario)?.structure.push(UnitSlot {
        unit: id,
        parent: None,
    });
    Ok(format!("Added organisation {name}."))
}

/// Makes (or stops) `organisation` report into `sponsor` in option `scenario`.
pub(super) fn set_sponsorship(
    d: &mut Design,
    scenario: usize,
    organisation: &str,
    sponsor: &str,
    on: bool,
) -> Result<String, String> {
    let org = d.units[unit_ix(d, organisation)?].name.clone();
    let sponsor_name = d
        .sponsors
        .iter()
        .find(|s| s.id == sponsor)
        .map(|s| s.name.clone())
        .ok_or_else(|| format!("There is no sponsor with id \"{sponsor}\"."))?;
    let s = scenario_mut(d, scenario)?;
    let at = s
        .sponsors
        .iter()
        .position(|x| x.organisation == organisation && x.sponsor == sponsor);
    match (on, at) {
        (true, None) => s.sponsors.push(Sponsorship {
            organisation: organisation.to_owned(),
            sponsor: sponsor.to_owned(),
        }),
        (false, Some(at)) => {
            s.sponsors.remove(at);
        }
        (true, Some(_)) => {
            return Err(format!("{org} already reports into {sponsor_name}."));
        }
        (false, None) => return Err(format!("{org} does not report into {sponsor_name}.")),
    }
    Ok(if on {
        format!("{org} now reports into {sponsor_name}.")
    } else {
        format!("{org} no longer reports into {sponsor_name}.")
    })
}

pub(super) fn add_sponsor(d: &mut Design, name: &str, executive: &str) -> Result<String, String> {
    let id = next_id(d.sponsors.iter().map(|s| s.id.as_str()), "sponsor");
    let name = non_empty(name, "New sponsor");
    d.sponsors.push(Sponsor {
        id,
        name: name.clone(),
        executive: executive.trim().to_owned(),
    });
    Ok(format!("Added sponsor {name}."))
}

pub(super) fn edit_sponsor(
    d: &mut Design,
    sponsor: &str,
    name: &str,
    executive: &str,
) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("A sponsor needs a name.".into());
    }
    let s = d
        .sponsors
        .iter_mut()
        .find(|s| s.id == sponsor)
        .ok_or_else(|| format!("There is no sponsor with id \"{sponsor}\"."))?;
    s.name = name.to_owned();
    s.executive = executive.trim().to_owned();
    Ok(format!("Changed the sponsor {name}."))
}

/// Draws (or removes) a dotted line from `person` to `to` in option `scenario`.
pub(super) fn set_dotted_line(
    d: &mut Design,
    scenario: usize,
    person: &str,
    to: &str,
    on: bool,
) -> Result<String, String> {
    let who = d.people[person_ix(d, person)?].name.clone();
    let boss = d.people[person_ix(d, to)?].name.clone();
    if person == to {
        return Err(format!("{who} cannot have a dotted line to themselves."));
    }
    let s = scenario_mut(d, scenario)?;
    if on && s.placement_of(to).is_none() {
        return Err(format!("{boss} is not placed in this option."));
    }
    let Some(seat) = s.placements.iter_mut().find(|p| p.person == person) else {
        return Err(format!("{who} is not placed in this option."));
    };
    if on && seat.manager.as_deref() == Some(to) {
        return Err(format!("{boss} is already {who}'s manager."));
    }
    let at = seat.dotted.iter().position(|x| x == to);
    match (on, at) {
        (true, None) => seat.dotted.push(to.to_owned()),
        (false, Some(at)) => {
            seat.dotted.remove(at);
        }
        (true, Some(_)) => {
            return Err(format!("{who} already has a dotted line to {boss}."));
        }
        (false, None) => return Err(format!("{who} has no dotted line to {boss}.")),
    }
    Ok(if on {
        format!("{who} now has a dotted line to {boss}.")
    } else {
        format!("Removed the dotted line from {who} to {boss}.")
    })
}

/// A new option, copied from another or with only its structure.
pub(super) fn add_scenario(
    d: &mut Design,
    source: ScenarioSource,
    name: &str,
) -> Result<String, String> {
    let (from, empty) = match source {
        ScenarioSource::Baseline => (0, false),
        ScenarioSource::Copy(i) => (i, false),
        ScenarioSource::EmptyLike(i) => (i, true),
    };
    let base = d
        .scenarios
        .get(from)
        .ok_or_else(|| format!("There is no option number {}.", from + 1))?;
    let name = non_empty(name, &format!("{} (copy)", base.name));
    let id = next_id(d.scenarios.iter().map(|s| s.id.as_str()), "option");
    let scenario = Scenario {
        id,
        name: name.clone(),
        notes: String::new(),
        structure: base.structure.clone(),
        sponsors: base.sponsors.clone(),
        placements: if empty {
            Vec::new()
        } else {
            base.placements.clone()
        },
        pinned: if empty {
            Vec::new()
        } else {
            base.pinned.clone()
        },
        risk_overrides: if empty {
            Vec::new()
        } else {
            base.risk_overrides.clone()
        },
        trainings: if empty {
            Vec::new()
        } else {
            base.trainings.clone()
        },
    };
    d.scenarios.push(scenario);
    Ok(format!("Added option {name}."))
}

/// Moves a team under another unit of option `scenario`.
pub(super) fn move_unit(
    d: &mut Design,
    scenario: usize,
    unit: &str,
    parent: &str,
) -> Result<String, String> {
    let u = unit_ix(d, unit)?;
    let p = unit_ix(d, parent)?;
    let (unit_name, parent_name) = (d.units[u].name.clone(), d.units[p].name.clone());
    if d.units[u].kind == UnitKind::Organisation {
        return Err(format!(
            "{unit_name} is an organisation; organisations sit at the top."
        ));
    }
    let ix = ScenarioIndex::new(d, scenario)
        .ok_or_else(|| format!("There is no option number {}.", scenario + 1))?;
    if !ix.present[u] || !ix.present[p] {
        return Err(format!(
            "{unit_name} and {parent_name} must both be in this option."
        ));
    }
    let mut above = Some(p);
    for _ in 0..=d.units.len() {
        match above {
            Some(a) if a == u => {
                return Err(format!(
                    "{unit_name} cannot move into {parent_name}, which is inside it."
                ));
            }
            Some(a) => above = ix.parent[a],
            None => break,
        }
    }
    if ix.parent[u] == Some(p) {
        return Err(format!("{unit_name} is already in {parent_name}."));
    }
    let people = ix.members[u].len();
    // The team's lead now reports to whoever leads the unit it moves into (or the nearest
    // unit above that has a leader).
    let lead = ix.acting_leader[u].map(|l| d.people[l].id.clone());
    let mut new_manager = None;
    let mut at = Some(p);
    for _ in 0..=d.units.len() {
        let Some(a) = at else { break };
        if let Some(l) = ix.acting_leader[a] {
            new_manager = Some(d.people[l].id.clone());
            break;
        }
        at = ix.parent[a];
    }
    let s = scenario_mut(d, scenario)?;
    if let Some(slot) = s.structure.iter_mut().find(|x| x.unit == unit) {
        slot.parent = Some(parent.to_owned());
    }
    if let Some(lead) = lead
        && let Some(seat) = s.placements.iter_mut().find(|x| x.person == lead)
    {
        seat.dotted.retain(|x| Some(x) != new_manager.as_ref());
        seat.manager = new_manager;
    }
    Ok(format!(
        "Moved {unit_name} ({people} people) into {parent_name}."
    ))
}

/// Merges organisation `from` into `into` in option `scenario`.
pub(super) fn merge_organisation(
    d: &mut Design,
    scenario: usize,
    from: &str,
    into: &str,
) -> Result<String, String> {
    let (f, t) = (unit_ix(d, from)?, unit_ix(d, into)?);
    let (from_name, into_name) = (d.units[f].name.clone(), d.units[t].name.clone());
    if f == t {
        return Err(format!("{from_name} cannot be merged into itself."));
    }
    if d.units[f].kind != UnitKind::Organisation || d.units[t].kind != UnitKind::Organisation {
        return Err("Only organisations can be merged; move a team with Sits in.".into());
    }
    let ix = ScenarioIndex::new(d, scenario)
        .ok_or_else(|| format!("There is no option number {}.", scenario + 1))?;
    if !ix.present[f] || !ix.present[t] {
        return Err(format!(
            "{from_name} and {into_name} must both be in this option."
        ));
    }
    // The leader of `from` reports to the leader of `into`, if both sit in their units.
    let from_leader = ix.acting_leader[f].map(|l| d.people[l].id.clone());
    let into_leader = ix.acting_leader[t].map(|l| d.people[l].id.clone());
    let moved = ix.members[f].len();
    let s = scenario_mut(d, scenario)?;
    s.structure.retain(|slot| slot.unit != from);
    for slot in &mut s.structure {
        if slot.parent.as_deref() == Some(from) {
            slot.parent = Some(into.to_owned());
        }
    }
    s.sponsors.retain(|x| x.organisation != from);
    for p in &mut s.placements {
        if p.unit == from {
            p.unit = into.to_owned();
        }
        if from_leader.as_ref() == Some(&p.person) && p.manager.is_none() {
            p.manager = into_leader.clone();
            p.dotted.retain(|x| Some(x) != into_leader.as_ref());
        }
    }
    let people = match moved {
        1 => "the 1 person".to_owned(),
        n => format!("the {n} people"),
    };
    Ok(format!(
        "Merged {from_name} into {into_name}: its teams, and {people} sitting in it directly, now sit in {into_name}."
    ))
}
