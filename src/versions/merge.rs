//! Bringing options a colleague made in another file into this design. People, units,
//! sponsors and skills are matched by id; the options come in with ids and names made
//! unique. People the other file placed and this design does not have are listed, and
//! added to the roster only when the user agrees (otherwise their seats are dropped and
//! their reports go up to their manager); people this design has and the incoming option
//! does not place are unplaced there.

use std::collections::HashSet;

use serde::Serialize;

use crate::edit::forget_all;
use crate::model::{Design, Scenario};

/// An option brought in: its id in the other file, and its id and name here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incoming {
    pub from: String,
    pub id: String,
    pub name: String,
    /// The name it had, when it was changed to be unique here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    /// People of this design the option does not place (unplaced there).
    pub unplaced: usize,
}

/// What bringing options in does.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MergeReport {
    pub options: Vec<Incoming>,
    /// People the incoming options place whom this design does not have: (id, name).
    pub unknown_people: Vec<(String, String)>,
    /// Whether they were added to the roster (else their seats were dropped).
    pub people_added: bool,
    /// Units, sponsors and skills the options use that this design lacked, added.
    pub new_units: Vec<String>,
    pub new_sponsors: Vec<String>,
    pub new_skills: Vec<String>,
    /// Options left out because this design already has them as they are.
    pub already_here: Vec<String>,
}

/// The design with the options brought in, and what was done.
#[derive(Debug, Clone)]
pub struct Merged {
    pub design: Design,
    pub report: MergeReport,
}

/// The people the options `chosen` (ids, or all) of `other` place and `target` lacks: what
/// the user is asked about before [`merge`].
pub fn unknown_people(
    target: &Design,
    other: &Design,
    chosen: Option<&[String]>,
) -> Result<Vec<(String, String)>, String> {
    let known: HashSet<&str> = target.people.iter().map(|p| p.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut unknown = Vec::new();
    for s in picked(other, chosen)? {
        for p in &s.placements {
            if !known.contains(p.person.as_str()) && seen.insert(p.person.clone()) {
                unknown.push((p.person.clone(), other.person_name(&p.person).to_owned()));
            }
        }
    }
    Ok(unknown)
}

fn picked<'a>(other: &'a Design, chosen: Option<&[String]>) -> Result<Vec<&'a Scenario>, String> {
    let Some(ids) = chosen else {
        return Ok(other.scenarios.iter().collect());
    };
    ids.iter()
        .map(|id| {
            other.scenarios.iter().find(|s| &s.id == id).ok_or_else(|| {
                let all: Vec<&str> = other.scenarios.iter().map(|s| s.id.as_str()).collect();
                format!(
                    "it has no option \"{id}\"; its options are {}",
                    all.join(", ")
                )
            })
        })
        .collect()
}

/// `target` with the options `chosen` (ids, or all) of `other` (from the file `file`)
/// added; people only `other` has are added to the roster when `add_people`. `Err` says
/// why nothing can be brought in (an unknown option id, nothing new to add).
pub fn merge(
    target: &Design,
    other: &Design,
    chosen: Option<&[String]>,
    add_people: bool,
    file: &str,
) -> Result<Merged, String> {
    let mut report = MergeReport {
        unknown_people: unknown_people(target, other, chosen)?,
        people_added: add_people,
        ..MergeReport::default()
    };
    let mut next = target.clone();
    let unknown: HashSet<String> = report
        .unknown_people
        .iter()
        .map(|(id, _)| id.clone())
        .collect();
    if add_people {
        for p in other.people.iter().filter(|p| unknown.contains(&p.id)) {
            for s in &p.skills {
                if next.skill(&s.skill).is_none()
                    && let Some(k) = other.skill(&s.skill)
                {
                    next.skills.push(k.clone());
                    report.new_skills.push(k.name.clone());
                }
            }
            for w in &p.work_style {
                if !next.work_styles.iter().any(|d| d.id == w.dimension)
                    && let Some(d) = other.work_styles.iter().find(|d| d.id == w.dimension)
                {
                    next.work_styles.push(d.clone());
                }
            }
            next.people.push(p.clone());
        }
    }
    for incoming in picked(other, chosen)? {
        if target.scenarios.iter().any(|s| s == incoming) {
            report.already_here.push(incoming.name.clone());
            continue;
        }
        let mut option = incoming.clone();
        if !add_people {
            forget_all(&mut option, &unknown);
        }
        bring_in_what_it_uses(&mut next, other, &option, &mut report);
        let id = unique(&option.id, |c| next.scenarios.iter().any(|s| s.id == c));
        let name = if next.scenarios.iter().any(|s| s.name == option.name) {
            unique(&format!("{} (from {file})", option.name), |c| {
                next.scenarios.iter().any(|s| s.name == c)
            })
        } else {
            option.name.clone()
        };
        let placed: HashSet<&str> = option
            .placements
            .iter()
            .map(|p| p.person.as_str())
            .collect();
        let unplaced = next
            .people
            .iter()
            .filter(|p| !placed.contains(p.id.as_str()))
            .count();
        report.options.push(Incoming {
            from: option.id.clone(),
            id: id.clone(),
            name: name.clone(),
            renamed_from: (name != option.name).then(|| option.name.clone()),
            unplaced,
        });
        option.id = id;
        option.name = name;
        next.scenarios.push(option);
    }
    if report.options.is_empty() {
        return Err(format!(
            "there is nothing to bring in: this design already has {}",
            report.already_here.join(", ")
        ));
    }
    // The last line of defence, as for every edit: a broken design is never written.
    if let Some(problem) = crate::io::validate(&next).into_iter().next() {
        return Err(format!(
            "bringing them in would break the design: {problem}"
        ));
    }
    Ok(Merged {
        design: next,
        report,
    })
}

/// Adds the units, sponsors and skills `option` uses that `design` lacks, from `other`.
fn bring_in_what_it_uses(
    design: &mut Design,
    other: &Design,
    option: &Scenario,
    report: &mut MergeReport,
) {
    let units = option
        .structure
        .iter()
        .map(|s| s.unit.as_str())
        .chain(option.placements.iter().map(|p| p.unit.as_str()));
    for id in units {
        if design.unit(id).is_none()
            && let Some(u) = other.unit(id)
        {
            design.units.push(u.clone());
            report.new_units.push(u.name.clone());
        }
    }
    for s in &option.sponsors {
        if !design.sponsors.iter().any(|x| x.id == s.sponsor)
            && let Some(x) = other.sponsors.iter().find(|x| x.id == s.sponsor)
        {
            design.sponsors.push(x.clone());
            report.new_sponsors.push(x.name.clone());
        }
    }
    for t in &option.trainings {
        if design.skill(&t.skill).is_none()
            && let Some(k) = other.skill(&t.skill)
        {
            design.skills.push(k.clone());
            report.new_skills.push(k.name.clone());
        }
    }
}

/// `base`, or `base-2`, `base-3`… whichever is not `taken`.
fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or_else(|| format!("{base}-new"))
}
