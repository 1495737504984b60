//! Updating a design's staff from a newer HR export, keeping every option, note, override
//! and planned training. People are matched by id. Leavers leave the roster and every option
//! (their reports go up to their manager); joiners sit where HR puts them in the baseline
//! and beside their manager in the other options; the baseline follows HR's moves, and an
//! option follows them only where it never placed the person differently from the baseline
//! (otherwise the option's own placement is kept and the conflict listed); changed titles,
//! names and costs are applied; an open role HR has filled becomes a person in its seat.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::names::Names;
use super::seats::{Seats, remove_people};
use super::units::Units;
use crate::import::{Field, Imported, Mapping, Table, build, guess_mapping};
use crate::model::{Design, Person, Placement, counted};

/// Someone in the design whom the export no longer has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Leaver {
    pub id: String,
    pub name: String,
    /// Where they sat in the baseline.
    pub from: String,
    pub open_role: bool,
}

/// Someone the export has and the design does not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Joiner {
    pub id: String,
    pub name: String,
    /// Where they sit in the baseline, as HR puts them.
    pub to: String,
    /// Options (other than the baseline) where their manager is not placed, so they are
    /// left unplaced there.
    pub unplaced_in: Vec<String>,
}

/// An option that keeps its own placement of someone HR moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub option: String,
    pub kept: String,
}

/// Someone whose team or manager HR changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mover {
    pub id: String,
    pub name: String,
    pub from: String,
    pub to: String,
    pub conflicts: Vec<Conflict>,
}

/// A recorded value HR changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changed {
    pub id: String,
    pub field: String,
    pub from: String,
    pub to: String,
}

/// A row of the export that was not used (or not all of it), with its line and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub line: u64,
    pub reason: String,
}

/// What an update from an HR export does, before anything changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RefreshReport {
    pub leavers: Vec<Leaver>,
    pub joiners: Vec<Joiner>,
    pub movers: Vec<Mover>,
    pub changed: Vec<Changed>,
    /// Open roles HR has filled: (id, the person's name).
    pub filled: Vec<(String, String)>,
    /// Teams HR names that the design did not have, added to the baseline.
    pub new_teams: Vec<String>,
    pub unmatched: Vec<Unmatched>,
    /// What the departures break in the baseline, as the what-if says it.
    pub breaks: Vec<String>,
    /// The export had no ids, so people were matched by their (unique) names.
    pub matched_by_name: bool,
}

impl RefreshReport {
    /// Whether the export changes nothing in the design.
    pub fn is_empty(&self) -> bool {
        self.leavers.is_empty()
            && self.joiners.is_empty()
            && self.movers.is_empty()
            && self.changed.is_empty()
            && self.filled.is_empty()
    }

    /// "3 leavers, 2 joiners, 1 moved, 4 changed values, 1 open role filled".
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "no changes".to_owned();
        }
        let mut parts = vec![
            counted(self.leavers.len(), "leaver", "leavers"),
            counted(self.joiners.len(), "joiner", "joiners"),
            format!("{} moved", self.movers.len()),
            counted(self.changed.len(), "changed value", "changed values"),
        ];
        if !self.filled.is_empty() {
            parts.push(counted(
                self.filled.len(),
                "open role filled",
                "open roles filled",
            ));
        }
        parts.join(", ")
    }
}

/// The design as the export leaves it, and what changed.
#[derive(Debug, Clone)]
pub struct Refreshed {
    pub design: Design,
    pub report: RefreshReport,
}

/// Updates `design` from the export read into `table` (its file named `file`, read as
/// `encoding`): columns as the design's last import chose them, else guessed. `Err` says
/// why nothing can be updated (no id column to match on, an export that cannot be built).
pub fn refresh(
    design: &Design,
    table: &Table,
    file: &str,
    encoding: &str,
    today: &str,
) -> Result<Refreshed, String> {
    let mapping = match &design.import {
        Some(recipe) => Mapping::from_recipe(recipe, table),
        None => guess_mapping(table),
    };
    if design.scenarios.is_empty() {
        return Err("the design has no option to update".into());
    }
    if mapping.column(Field::Id).is_some() {
        let hr = build(table, &mapping, file, encoding)?;
        return loadable(apply(design, &hr, file, today));
    }
    let no_ids = || {
        format!(
            "{file} has no id column to match its people with the design's (its columns are {}); \
             choose the id column when importing, or export the id from the HR system",
            table.headers.join(", ")
        )
    };
    if mapping.column(Field::Name).is_none() {
        return Err(no_ids());
    }
    // Without ids, people are matched by name, but only when no name is shared (in the
    // design or in the export): otherwise someone could be taken for someone else.
    let mut hr = build(table, &mapping, file, encoding)?;
    if !by_names(design, &mut hr) {
        return Err(format!(
            "{}; matching by name is offered only when every name is unique, and some are \
             shared",
            no_ids()
        ));
    }
    let mut update = apply(design, &hr, file, today);
    update.report.matched_by_name = true;
    loadable(update)
}

/// The update, if the design it leaves would load: the last line of defence, as for every
/// edit, so a broken design is never written or adopted.
fn loadable(update: Refreshed) -> Result<Refreshed, String> {
    match crate::io::validate(&update.design).into_iter().next() {
        Some(problem) => Err(format!("the update would break the design: {problem}")),
        None => Ok(update),
    }
}

/// Gives the export's people the design's ids, matched by name (without case), and those
/// the design does not have ids it does not use; `false` (and nothing changed) when a name
/// is shared in the design or in the export.
fn by_names(design: &Design, hr: &mut Imported) -> bool {
    let unique = |names: Vec<String>| {
        let count = names.len();
        let set: HashSet<String> = names.into_iter().collect();
        (set.len() == count).then_some(set)
    };
    let ours: Vec<String> = design
        .people
        .iter()
        .map(|p| p.name.to_lowercase())
        .collect();
    let theirs: Vec<String> = hr
        .design
        .people
        .iter()
        .map(|p| p.name.to_lowercase())
        .collect();
    if unique(ours).is_none() || unique(theirs).is_none() {
        return false;
    }
    let id_of: HashMap<String, &str> = design
        .people
        .iter()
        .map(|p| (p.name.to_lowercase(), p.id.as_str()))
        .collect();
    let mut taken: HashSet<String> = design.people.iter().map(|p| p.id.clone()).collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut n = 0;
    for p in hr.design.people.iter() {
        let id = match id_of.get(&p.name.to_lowercase()) {
            Some(&id) => id.to_owned(),
            None => loop {
                n += 1;
                let candidate = format!("new{n}");
                if !taken.contains(&candidate) {
                    break candidate;
                }
            },
        };
        taken.insert(id.clone());
        renamed.insert(p.id.clone(), id);
    }
    let new_id = |old: &str| renamed.get(old).cloned().unwrap_or_else(|| old.to_owned());
    for p in hr.design.people.iter_mut() {
        p.id = new_id(&p.id);
    }
    for s in &mut hr.design.scenarios {
        for seat in &mut s.placements {
            seat.person = new_id(&seat.person);
            seat.manager = seat.manager.as_deref().map(new_id);
        }
    }
    for unit in &mut hr.design.units {
        unit.leader = unit.leader.as_deref().map(new_id);
    }
    true
}

fn apply(design: &Design, hr: &Imported, file: &str, today: &str) -> Refreshed {
    let mut report = RefreshReport::default();
    let hr_design = &hr.design;
    let hr_seats: HashMap<&str, &Placement> = hr_design.scenarios[0]
        .placements
        .iter()
        .map(|p| (p.person.as_str(), p))
        .collect();
    // Rows whose id was used before: the later ones are listed, not joined.
    let renamed: HashSet<&str> = hr
        .report
        .duplicate_ids
        .iter()
        .flat_map(|d| d.renamed_to.iter().map(String::as_str))
        .collect();
    for d in &hr.report.duplicate_ids {
        for (line, _) in d.lines.iter().skip(1).zip(&d.renamed_to) {
            report.unmatched.push(Unmatched {
                line: *line,
                reason: format!("id {} is used again; its first row is used", d.id),
            });
        }
    }
    report
        .unmatched
        .extend(hr.report.skipped.iter().map(|s| Unmatched {
            line: s.line,
            reason: s.reason.clone(),
        }));
    report
        .unmatched
        .extend(hr.report.unmatched_managers.iter().map(|u| Unmatched {
            line: u.line,
            reason: format!(
                "its manager \"{}\" is not in the export, so HR places them under nobody",
                u.value
            ),
        }));
    report.unmatched.sort_by_key(|u| u.line);
    let hr_people: HashMap<&str, &Person> = hr_design
        .people
        .iter()
        .filter(|p| !renamed.contains(p.id.as_str()))
        .map(|p| (p.id.as_str(), p))
        .collect();
    let known: HashSet<&str> = design.people.iter().map(|p| p.id.as_str()).collect();

    // Leavers, and what their going breaks in the baseline.
    let before_names = Names::of(design);
    let before_seats = Seats::of(design);
    let leavers: Vec<&Person> = design
        .people
        .iter()
        .filter(|p| !hr_people.contains_key(p.id.as_str()))
        .collect();
    report.leavers = leavers
        .iter()
        .map(|p| Leaver {
            id: p.id.clone(),
            name: p.name.clone(),
            from: before_names.seat(before_seats.get(design, 0, &p.id)),
            open_role: p.open_role,
        })
        .collect();
    let placed_leavers: Vec<String> = leavers
        .iter()
        .filter(|p| before_seats.get(design, 0, &p.id).is_some())
        .map(|p| p.id.clone())
        .collect();
    if !placed_leavers.is_empty()
        && let Ok(w) = crate::edit::what_if(design, 0, &placed_leavers)
    {
        report.breaks = w.lines;
    }
    let mut next = design.clone();
    let gone: HashSet<String> = leavers.iter().map(|p| p.id.clone()).collect();
    remove_people(&mut next, &gone);

    // Changed values, filled open roles, then joiners (in the export's order).
    for person in next.people.iter_mut() {
        let Some(theirs) = hr_people.get(person.id.as_str()) else {
            continue;
        };
        if person.open_role && !theirs.open_role && theirs.name != person.name {
            report.filled.push((person.id.clone(), theirs.name.clone()));
            person.open_role = false;
            person.name = theirs.name.clone();
            if !theirs.title.is_empty() {
                person.title = theirs.title.clone();
            }
            continue;
        }
        let mut change = |field: &str, from: String, to: String| {
            report.changed.push(Changed {
                id: theirs.id.clone(),
                field: field.to_owned(),
                from,
                to,
            });
        };
        if !person.open_role && theirs.name != person.name && !theirs.open_role {
            change("name", person.name.clone(), theirs.name.clone());
            person.name = theirs.name.clone();
        }
        if !theirs.title.is_empty() && theirs.title != person.title {
            change("title", person.title.clone(), theirs.title.clone());
            person.title = theirs.title.clone();
        }
        if let Some(cost) = theirs.annual_cost
            && person.annual_cost != Some(cost)
        {
            let was = person
                .annual_cost
                .map_or("not recorded".into(), |c| c.to_string());
            change("annual cost", was, cost.to_string());
            person.annual_cost = Some(cost);
        }
    }
    let joiners: Vec<&Person> = hr_design
        .people
        .iter()
        .filter(|p| !renamed.contains(p.id.as_str()) && !known.contains(p.id.as_str()))
        .collect();
    for j in &joiners {
        next.people.push(Person {
            id: j.id.clone(),
            name: j.name.clone(),
            title: j.title.clone(),
            skills: Vec::new(),
            work_style: Vec::new(),
            flight_risk: j.flight_risk,
            annual_cost: j.annual_cost,
            notes: j.notes.clone(),
            open_role: j.open_role,
        });
    }

    // Where HR puts each person, in the design's units (teams HR names that the design
    // lacks are added to the baseline under their manager's organisation).
    let mut names = Names::of(&next);
    let mut seats = Seats::of(&next);
    let mut units = Units::new(&next, hr);
    let manager_in = |names: &Names, id: &str| -> Option<String> {
        hr_seats
            .get(id)
            .and_then(|s| s.manager.clone())
            .filter(|m| names.people.contains_key(m))
    };
    // Joiners: the baseline as HR has them, the other options beside their manager.
    for j in &joiners {
        let manager = manager_in(&names, &j.id);
        let hr_seat = hr_seats.get(j.id.as_str()).copied();
        let (unit, new_team) = units.unit_for(
            &mut next,
            &seats,
            &mut names,
            hr_seat,
            manager.as_deref(),
            None,
        );
        report.new_teams.extend(new_team);
        let seat = Placement {
            person: j.id.clone(),
            unit,
            manager: manager.clone(),
            dotted: Vec::new(),
        };
        let to = names.seat(Some(&seat));
        seats.set(&mut next, 0, seat);
        let mut unplaced_in = Vec::new();
        for option in 1..next.scenarios.len() {
            match seats.beside(&next, option, &j.id, manager.as_deref()) {
                Some(seat) => seats.set(&mut next, option, seat),
                None => unplaced_in.push(next.scenarios[option].name.clone()),
            }
        }
        report.joiners.push(Joiner {
            id: j.id.clone(),
            name: j.name.clone(),
            to,
            unplaced_in,
        });
    }
    // Movers: people both have, placed by HR elsewhere than the baseline has them.
    let staying: Vec<String> = design
        .people
        .iter()
        .filter(|p| !gone.contains(&p.id))
        .map(|p| p.id.clone())
        .collect();
    for id in &staying {
        let Some(&hr_place) = hr_seats.get(id.as_str()) else {
            continue;
        };
        let manager = manager_in(&names, id);
        let before = seats.get(&next, 0, id).cloned();
        // Someone unplaced whom HR has in no team under nobody stays unplaced.
        let hr_in_team = units.hr_names.contains_key(&hr_place.unit);
        if before.is_none() && !hr_in_team && manager.is_none() {
            continue;
        }
        let (unit, new_team) = units.unit_for(
            &mut next,
            &seats,
            &mut names,
            Some(hr_place),
            manager.as_deref(),
            before.as_ref().map(|b| b.unit.as_str()),
        );
        report.new_teams.extend(new_team);
        let same_place = before
            .as_ref()
            .is_some_and(|b| b.unit == unit && b.manager == manager);
        if same_place {
            continue;
        }
        let to_seat = Placement {
            person: id.clone(),
            unit: unit.clone(),
            manager: manager.clone(),
            dotted: before
                .as_ref()
                .map(|b| b.dotted.clone())
                .unwrap_or_default(),
        };
        let (from, to) = (names.seat(before.as_ref()), names.seat(Some(&to_seat)));
        let mut conflicts = Vec::new();
        for option in 1..next.scenarios.len() {
            let theirs = seats.get(&next, option, id).cloned();
            let untouched = match (&theirs, &before) {
                (Some(t), Some(b)) => t.unit == b.unit && t.manager == b.manager,
                (None, None) => true,
                _ => false,
            };
            let s = &next.scenarios[option];
            let in_structure = s.structure.iter().any(|slot| slot.unit == unit);
            let manager_here = manager
                .as_ref()
                .is_none_or(|m| seats.get(&next, option, m).is_some());
            if untouched && in_structure && manager_here {
                seats.set(&mut next, option, to_seat.clone());
            } else if untouched
                && let Some(seat) = seats.beside(&next, option, id, manager.as_deref())
            {
                seats.set(&mut next, option, seat);
            } else if theirs.is_some() || !untouched {
                conflicts.push(Conflict {
                    option: s.name.clone(),
                    kept: names.seat(theirs.as_ref()),
                });
            }
        }
        seats.set(&mut next, 0, to_seat);
        report.movers.push(Mover {
            id: id.clone(),
            name: names.person(id).to_owned(),
            from,
            to,
            conflicts,
        });
    }
    if !report.is_empty() {
        let line = format!("{today}: staff updated from {file}: {}.", report.summary());
        next.notes = if next.notes.trim().is_empty() {
            line
        } else {
            format!("{}\n{line}", next.notes.trim_end())
        };
    }
    Refreshed {
        design: next,
        report,
    }
}
