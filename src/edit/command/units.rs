//! Commands on units: teams added and removed, names, the organisation a unit belongs to
//! (Legacy or Interaction), the kind of work it does, its leader, and what it requires of
//! its people (skills and work style).

use super::{next_id, non_empty, person_ix, scenario_mut, unit_ix};
use crate::model::{Design, Mode, Profile, Unit, UnitKind, UnitSlot, WorkKind};

/// A new team in the organisation `parent` belongs to, in one scenario; placed after that
/// organisation's last unit so its teams stay together in the file and on the chart.
pub(super) fn add_team(
    d: &mut Design,
    scenario: usize,
    parent: &str,
    name: &str,
) -> Result<String, String> {
    let pi = unit_ix(d, parent)?;
    let org = d
        .organisation_of(scenario, parent)
        .map_or_else(|| d.units[pi].id.clone(), |o| o.id.clone());
    let mode = d.units[pi].mode;
    let id = next_id(d.units.iter().map(|u| u.id.as_str()), "team");
    let name = non_empty(name, "New team");
    let s = scenario_mut(d, scenario)?;
    let slot = s
        .structure
        .iter()
        .rposition(|x| x.unit == org || x.parent.as_deref() == Some(org.as_str()))
        .map_or(s.structure.len(), |i| i + 1);
    s.structure.insert(
        slot,
        UnitSlot {
            unit: id.clone(),
            parent: Some(org),
        },
    );
    d.units.push(Unit {
        id,
        name: name.clone(),
        kind: UnitKind::Team,
        mode,
        leader: None,
        profile: Profile::default(),
    });
    Ok(format!("Added team {name}."))
}

/// Removes a team from the design; its people sit in the unit above it in every option.
pub(super) fn remove_team(d: &mut Design, unit: &str) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    if d.units[i].kind != UnitKind::Team {
        return Err(format!(
            "{} is an organisation; only teams can be removed.",
            d.units[i].name
        ));
    }
    let removed = d.units.remove(i);
    let mut moved = 0;
    for s in &mut d.scenarios {
        let Some(at) = s.structure.iter().position(|x| x.unit == unit) else {
            continue;
        };
        let parent = s.structure.remove(at).parent.unwrap_or_default();
        for slot in &mut s.structure {
            if slot.parent.as_deref() == Some(unit) {
                slot.parent = Some(parent.clone());
            }
        }
        for p in &mut s.placements {
            if p.unit == unit {
                p.unit = parent.clone();
                moved += 1;
            }
        }
    }
    Ok(format!(
        "Removed team {}; its people now sit in the unit above it ({moved} placements).",
        removed.name
    ))
}

pub(super) fn rename(d: &mut Design, unit: &str, name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("A unit needs a name.".into());
    }
    let i = unit_ix(d, unit)?;
    let old = std::mem::replace(&mut d.units[i].name, name.to_owned());
    Ok(format!("Renamed {old} to {name}."))
}

pub(super) fn set_mode(d: &mut Design, unit: &str, mode: Mode) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    d.units[i].mode = mode;
    Ok(format!(
        "{} is now a {} unit.",
        d.units[i].name,
        mode.label()
    ))
}

/// Sets the kind of work a unit does, which sets its managers' span limit.
pub(super) fn set_work(
    d: &mut Design,
    unit: &str,
    work: Option<WorkKind>,
) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    d.units[i].profile.work = work;
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

pub(super) fn set_leader(
    d: &mut Design,
    unit: &str,
    leader: Option<&str>,
) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    if let Some(l) = leader {
        person_ix(d, l)?;
    }
    d.units[i].leader = leader.map(str::to_owned);
    Ok(match leader {
        Some(l) => format!("{} now leads {}.", d.person_name(l), d.units[i].name),
        None => format!("{} has no leader now.", d.units[i].name),
    })
}

/// Sets (or, with `None`, drops) the level and number of holders a unit needs of a skill.
pub(super) fn set_required_skill(
    d: &mut Design,
    unit: &str,
    skill: &str,
    requirement: Option<(u8, u32)>,
) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    let skill_name = d
        .skill(skill)
        .map(|s| s.name.clone())
        .ok_or_else(|| format!("There is no skill with id \"{skill}\"."))?;
    let reqs = &mut d.units[i].profile.required_skills;
    let at = reqs.iter().position(|r| r.skill == skill);
    match (requirement, at) {
        (Some((level, holders)), Some(at)) => {
            reqs[at].min_level = level;
            reqs[at].min_holders = holders;
        }
        (Some((level, holders)), None) => reqs.push(crate::model::RequiredSkill {
            skill: skill.to_owned(),
            min_level: level,
            min_holders: holders,
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

/// Sets (or, with `None`, drops) the range of a work-style dimension a unit prefers.
pub(super) fn set_style_range(
    d: &mut Design,
    unit: &str,
    dimension: &str,
    range: Option<(f32, f32)>,
) -> Result<String, String> {
    let i = unit_ix(d, unit)?;
    let ranges = &mut d.units[i].profile.work_style;
    ranges.retain(|r| r.dimension != dimension);
    if let Some((min, max)) = range {
        ranges.push(crate::model::StyleRange {
            dimension: dimension.to_owned(),
            min,
            max,
        });
    }
    Ok(format!(
        "Changed the preferred work style of {}.",
        d.units[i].name
    ))
}
