//! Consistency checks run on every load: a design that passes them can be shown, analysed
//! and edited without any lookup failing.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

use crate::model::{Design, FORMAT_VERSION, MAX_LEVEL, MIN_LEVEL, Scenario, UnitKind};

/// One thing wrong with a design, naming the item it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item, e.g. `person "p012" (Ana Silva)`.
    pub item: String,
    /// What is wrong with it, as a sentence fragment.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.message)
    }
}

struct Checker<'a> {
    design: &'a Design,
    /// Person id -> name, so messages never search the roster; built the first time a
    /// message needs it (a valid design never does).
    names: std::cell::OnceCell<HashMap<&'a str, &'a str>>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn name<'b>(&self, id: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.names().get(id).copied().unwrap_or(id)
    }

    fn names(&self) -> &HashMap<&'a str, &'a str> {
        self.names.get_or_init(|| {
            self.design
                .people
                .iter()
                .map(|p| (p.id.as_str(), p.name.as_str()))
                .collect()
        })
    }

    fn report(&mut self, item: String, message: String) {
        self.problems.push(Problem { item, message });
    }

    fn person_item(&self, id: &str) -> String {
        match self.names().get(id) {
            Some(name) => format!("person \"{id}\" ({name})"),
            None => format!("person \"{id}\""),
        }
    }
}

/// Returns every problem found; an empty list means the design is consistent.
pub fn validate(design: &Design) -> Vec<Problem> {
    let mut c = Checker {
        design,
        names: std::cell::OnceCell::new(),
        problems: Vec::new(),
    };
    if design.format_version == 0 || design.format_version > FORMAT_VERSION {
        c.report(
            "format_version".into(),
            format!(
                "{} is not a version this Orgsplit reads (1 to {FORMAT_VERSION})",
                design.format_version
            ),
        );
    }
    let skills = unique_ids(&mut c, "skill", design.skills.iter().map(|s| &s.id));
    let dims = unique_ids(
        &mut c,
        "work-style dimension",
        design.work_styles.iter().map(|d| &d.id),
    );
    let people = unique_ids(&mut c, "person", design.people.iter().map(|p| &p.id));
    unique_ids(&mut c, "unit", design.units.iter().map(|u| &u.id));
    let sponsors = unique_ids(&mut c, "sponsor", design.sponsors.iter().map(|s| &s.id));
    unique_ids(&mut c, "scenario", design.scenarios.iter().map(|s| &s.id));

    check_people(&mut c, &skills, &dims);
    check_units(&mut c, &skills, &dims, &people);
    if design.scenarios.is_empty() {
        c.report(
            "scenarios".into(),
            "the design needs at least one option (an entry in scenarios)".into(),
        );
    }
    for scenario in &design.scenarios {
        check_structure(&mut c, scenario, &sponsors);
        check_scenario(&mut c, scenario, &people);
        check_plans(&mut c, scenario, &people, &skills);
    }
    check_settings(&mut c);
    c.problems
}

fn unique_ids<'a>(
    c: &mut Checker,
    what: &str,
    ids: impl Iterator<Item = &'a String>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::default();
    for id in ids {
        if id.trim().is_empty() {
            c.report(format!("a {what}"), "has an empty id".into());
        } else if !seen.insert(id.as_str()) {
            c.report(
                format!("{what} \"{id}\""),
                "duplicate id: another item already uses it".into(),
            );
        }
    }
    seen
}

fn level_ok(level: u8) -> bool {
    (MIN_LEVEL..=MAX_LEVEL).contains(&level)
}

fn check_people(c: &mut Checker, skills: &HashSet<&str>, dims: &HashSet<&str>) {
    let design = c.design;
    for person in &design.people {
        let item = || format!("person \"{}\" ({})", person.id, person.name);
        // Lists are short: an earlier equal entry is found by scanning, not by a set per person.
        for (i, s) in person.skills.iter().enumerate() {
            if !skills.contains(s.skill.as_str()) {
                c.report(
                    item(),
                    format!(
                        "has skill \"{}\", which is not in the skill catalogue",
                        s.skill
                    ),
                );
            }
            if !level_ok(s.level) {
                c.report(
                    item(),
                    format!(
                        "skill \"{}\" has level {}; levels run from 1 to 5",
                        s.skill, s.level
                    ),
                );
            }
            if person.skills[..i].iter().any(|t| t.skill == s.skill) {
                c.report(item(), format!("lists skill \"{}\" twice", s.skill));
            }
        }
        for (i, s) in person.work_style.iter().enumerate() {
            if !dims.contains(s.dimension.as_str()) {
                c.report(
                    item(),
                    format!(
                        "has a score for work-style dimension \"{}\", which does not exist",
                        s.dimension
                    ),
                );
            }
            if !level_ok(s.score) {
                c.report(
                    item(),
                    format!(
                        "work-style \"{}\" has score {}; scores run from 1 to 5",
                        s.dimension, s.score
                    ),
                );
            }
            if person.work_style[..i]
                .iter()
                .any(|t| t.dimension == s.dimension)
            {
                c.report(
                    item(),
                    format!("scores work-style \"{}\" twice", s.dimension),
                );
            }
        }
    }
}

fn check_units(
    c: &mut Checker,
    skills: &HashSet<&str>,
    dims: &HashSet<&str>,
    people: &HashSet<&str>,
) {
    let design = c.design;
    for unit in &design.units {
        let item = || format!("unit \"{}\" ({})", unit.id, unit.name);
        if let Some(leader) = &unit.leader
            && !people.contains(leader.as_str())
        {
            c.report(
                item(),
                format!("has leader \"{leader}\", who is not on the roster"),
            );
        }
        for r in &unit.profile.required_skills {
            if !skills.contains(r.skill.as_str()) {
                c.report(
                    item(),
                    format!(
                        "requires skill \"{}\", which is not in the skill catalogue",
                        r.skill
                    ),
                );
            }
            if !level_ok(r.min_level) {
                c.report(
                    item(),
                    format!(
                        "requires skill \"{}\" at level {}; levels run from 1 to 5",
                        r.skill, r.min_level
                    ),
                );
            }
            if r.min_holders == 0 {
                c.report(item(), format!("requires skill \"{}\" with 0 holders; use 1 or more, or remove the requirement", r.skill));
            }
        }
        for r in &unit.profile.work_style {
            if !dims.contains(r.dimension.as_str()) {
                c.report(
                    item(),
                    format!(
                        "prefers a range on work-style \"{}\", which does not exist",
                        r.dimension
                    ),
                );
            }
            let in_scale = |v: f32| v.is_finite() && (1.0..=5.0).contains(&v);
            if !in_scale(r.min) || !in_scale(r.max) || r.min > r.max {
                c.report(item(), format!("prefers work-style \"{}\" from {} to {}; a range must lie within 1 to 5 with min ≤ max", r.dimension, r.min, r.max));
            }
        }
    }
}

/// An option's units and sponsors: each unit once, organisations at the top, teams inside a
/// unit of the same option, no unit inside itself; sponsors real and attached to one of its
/// organisations.
fn check_structure(c: &mut Checker, scenario: &Scenario, sponsors: &HashSet<&str>) {
    let design = c.design;
    let scen = format!("option \"{}\" ({})", scenario.id, scenario.name);
    // Units by id, once: a design of 100,000 units is checked in linear time.
    let mut by_id: HashMap<&str, &crate::model::Unit> = HashMap::default();
    for unit in &design.units {
        by_id.entry(unit.id.as_str()).or_insert(unit);
    }
    let unit_of = |id: &str| by_id.get(id).copied();
    let mut present: HashMap<&str, Option<&str>> = HashMap::default();
    for slot in &scenario.structure {
        let Some(unit) = unit_of(&slot.unit) else {
            c.report(
                scen.clone(),
                format!("has unit \"{}\", which does not exist", slot.unit),
            );
            continue;
        };
        if present
            .insert(unit.id.as_str(), slot.parent.as_deref())
            .is_some()
        {
            c.report(
                format!("unit \"{}\" in {scen}", unit.id),
                "is listed twice in the structure".into(),
            );
        }
    }
    for slot in &scenario.structure {
        let Some(unit) = unit_of(&slot.unit) else {
            continue;
        };
        let item = || format!("unit \"{}\" ({}) in {scen}", unit.id, unit.name);
        match (&slot.parent, unit.kind) {
            (Some(p), _) if p == &unit.id => c.report(item(), "is its own parent".into()),
            (Some(p), _) if !present.contains_key(p.as_str()) => c.report(
                item(),
                format!("has parent \"{p}\", which is not a unit of this option"),
            ),
            (Some(_), UnitKind::Organisation) => c.report(
                item(),
                "is an organisation but has a parent unit; only teams sit inside another unit"
                    .into(),
            ),
            (None, UnitKind::Team) => c.report(
                item(),
                "is a team without a parent; every team belongs to an organisation".into(),
            ),
            _ => {}
        }
    }
    let parent: HashMap<&str, &str> = present
        .iter()
        .filter_map(|(u, p)| p.map(|p| (*u, p)))
        .collect();
    let order = scenario.structure.iter().map(|s| s.unit.as_str());
    for cycle in find_cycles(order, &parent) {
        let names: Vec<&str> = cycle
            .iter()
            .map(|id| unit_of(id).map_or(*id, |u| u.name.as_str()))
            .collect();
        c.report(
            format!("unit \"{}\" in {scen}", cycle[0]),
            format!("is inside itself: {}", names.join(" inside ")),
        );
    }
    let mut seen = HashSet::default();
    for s in &scenario.sponsors {
        let org = unit_of(&s.organisation);
        if !sponsors.contains(s.sponsor.as_str()) {
            c.report(
                scen.clone(),
                format!(
                    "has sponsor \"{}\", which is not a sponsor of the design",
                    s.sponsor
                ),
            );
        } else if org.is_none_or(|u| u.kind != UnitKind::Organisation)
            || !present.contains_key(s.organisation.as_str())
        {
            c.report(
                scen.clone(),
                format!(
                    "has \"{}\" reporting into sponsor \"{}\", but it is not an organisation of this option",
                    s.organisation, s.sponsor
                ),
            );
        } else if !seen.insert((s.organisation.as_str(), s.sponsor.as_str())) {
            c.report(
                scen.clone(),
                format!(
                    "has \"{}\" reporting into sponsor \"{}\" twice",
                    s.organisation, s.sponsor
                ),
            );
        }
    }
}

/// Finds every cycle in a "points to" map, iteratively. Each returned cycle starts and ends
/// with the same id, so it reads as a path.
fn find_cycles<'a>(
    ids: impl Iterator<Item = &'a str>,
    next: &HashMap<&'a str, &'a str>,
) -> Vec<Vec<&'a str>> {
    // 0 = unseen, 1 = on the current walk, 2 = finished
    let mut state: HashMap<&str, u8> = HashMap::default();
    let mut cycles = Vec::new();
    for start in ids {
        if state.get(start).copied().unwrap_or(0) != 0 {
            continue;
        }
        let mut walk = Vec::new();
        let mut current = Some(start);
        while let Some(id) = current {
            match state.get(id).copied().unwrap_or(0) {
                0 => {
                    state.insert(id, 1);
                    walk.push(id);
                    current = next.get(id).copied();
                }
                1 => {
                    if let Some(pos) = walk.iter().position(|w| *w == id) {
                        let mut cycle = walk[pos..].to_vec();
                        cycle.push(id);
                        cycles.push(cycle);
                    }
                    current = None;
                }
                _ => current = None,
            }
        }
        for id in walk {
            state.insert(id, 2);
        }
    }
    cycles
}

fn check_scenario(c: &mut Checker, scenario: &Scenario, people: &HashSet<&str>) {
    let scen = format!("option \"{}\" ({})", scenario.id, scenario.name);
    let units: HashSet<&str> = scenario.structure.iter().map(|s| s.unit.as_str()).collect();
    let mut placed = HashSet::default();
    for p in &scenario.placements {
        if !people.contains(p.person.as_str()) {
            c.report(
                scen.clone(),
                format!("places \"{}\", who is not on the roster", p.person),
            );
            continue;
        }
        if !placed.insert(p.person.as_str()) {
            let who = c.person_item(&p.person);
            c.report(format!("{who} in {scen}"), "is placed twice".into());
        }
        if !units.contains(p.unit.as_str()) {
            let who = c.person_item(&p.person);
            c.report(
                format!("{who} in {scen}"),
                format!(
                    "sits in unit \"{}\", which is not a unit of this option",
                    p.unit
                ),
            );
        }
    }
    check_dotted_lines(c, scenario, &scen, &placed);
    // Who reports to whom (a later placement of the same person wins), without anyone
    // managing themselves (reported above): the lines a reporting cycle can run along.
    let mut reports_to: HashMap<&str, &str> = scenario
        .placements
        .iter()
        .filter_map(|p| p.manager.as_deref().map(|m| (p.person.as_str(), m)))
        .collect();
    for p in &scenario.placements {
        let Some(m) = p.manager.as_deref() else {
            continue;
        };
        if m != p.person && people.contains(m) && placed.contains(m) {
            continue;
        }
        let who = c.person_item(&p.person);
        if m == p.person {
            c.report(format!("{who} in {scen}"), "manages themselves".into());
        } else if !people.contains(m) {
            c.report(
                format!("{who} in {scen}"),
                format!("reports to \"{m}\", who is not on the roster"),
            );
        } else if !placed.contains(m) {
            let name = c.name(m).to_string();
            c.report(
                format!("{who} in {scen}"),
                format!("reports to {name}, who is not placed in this option"),
            );
        }
    }
    reports_to.retain(|p, m| p != m);
    let order = scenario.placements.iter().map(|p| p.person.as_str());
    for cycle in find_cycles(order, &reports_to) {
        let names: Vec<&str> = cycle.iter().map(|id| c.name(id)).collect();
        c.report(
            scen.clone(),
            format!("has a reporting cycle: {}", names.join(" reports to ")),
        );
    }
    for pin in &scenario.pinned {
        if !people.contains(pin.person.as_str()) {
            c.report(
                scen.clone(),
                format!(
                    "pins a card for \"{}\", who is not on the roster",
                    pin.person
                ),
            );
        } else if !pin.x.is_finite() || !pin.y.is_finite() {
            let who = c.person_item(&pin.person);
            c.report(
                format!("{who} in {scen}"),
                "has a pinned position that is not a number".into(),
            );
        }
    }
}

/// Flight-risk overrides and planned trainings: about people on the roster, each person
/// overridden once, each training of a catalogued skill at a level from 1 to 5, never
/// taught by the learner themselves.
fn check_plans(
    c: &mut Checker,
    scenario: &Scenario,
    people: &HashSet<&str>,
    skills: &HashSet<&str>,
) {
    let scen = format!("option \"{}\" ({})", scenario.id, scenario.name);
    let mut overridden = HashSet::default();
    for o in &scenario.risk_overrides {
        if !people.contains(o.person.as_str()) {
            c.report(
                scen.clone(),
                format!(
                    "overrides the flight risk of \"{}\", who is not on the roster",
                    o.person
                ),
            );
        } else if !overridden.insert(o.person.as_str()) {
            let who = c.person_item(&o.person);
            c.report(
                format!("{who} in {scen}"),
                "has their flight risk overridden twice".into(),
            );
        }
    }
    let mut planned = HashSet::default();
    for t in &scenario.trainings {
        let problem = if !people.contains(t.learner.as_str()) {
            Some(format!(
                "plans training for \"{}\", who is not on the roster",
                t.learner
            ))
        } else if !skills.contains(t.skill.as_str()) {
            Some(format!(
                "plans training in \"{}\", which is not in the skills catalogue",
                t.skill
            ))
        } else if !level_ok(t.level) {
            Some(format!(
                "plans training to level {}; levels run from {MIN_LEVEL} to {MAX_LEVEL}",
                t.level
            ))
        } else if t.mentor.as_deref() == Some(t.learner.as_str()) {
            Some("plans training someone to teach themselves".to_owned())
        } else if let Some(m) = t.mentor.as_deref().filter(|m| !people.contains(m)) {
            Some(format!(
                "plans training taught by \"{m}\", who is not on the roster"
            ))
        } else if !planned.insert((t.learner.as_str(), t.skill.as_str())) {
            Some("plans the same training twice".to_owned())
        } else {
            None
        };
        if let Some(message) = problem {
            let item = if people.contains(t.learner.as_str()) {
                format!("{} in {scen}", c.person_item(&t.learner))
            } else {
                scen.clone()
            };
            c.report(item, message);
        }
    }
}

/// Dotted lines: to someone placed in the same option, never to oneself, never the same as
/// the solid line, each once.
fn check_dotted_lines(c: &mut Checker, scenario: &Scenario, scen: &str, placed: &HashSet<&str>) {
    for p in &scenario.placements {
        let mut seen = HashSet::default();
        for d in &p.dotted {
            let problem = if d == &p.person {
                Some("has a dotted line to themselves".to_owned())
            } else if p.manager.as_deref() == Some(d.as_str()) {
                Some(format!(
                    "has a dotted line to {}, who is already their manager",
                    c.name(d)
                ))
            } else if !placed.contains(d.as_str()) {
                Some(format!(
                    "has a dotted line to \"{d}\", who is not placed in this option"
                ))
            } else if !seen.insert(d.as_str()) {
                Some(format!("has the dotted line to {} twice", c.name(d)))
            } else {
                None
            };
            if let Some(message) = problem {
                let who = c.person_item(&p.person);
                c.report(format!("{who} in {scen}"), message);
            }
        }
    }
}

fn check_settings(c: &mut Checker) {
    let s = &c.design.settings;
    let mut bad = Vec::new();
    if !(s.skill_fit_min.is_finite() && (0.0..=1.0).contains(&s.skill_fit_min)) {
        bad.push(format!(
            "skill_fit_min is {}; use a share from 0.0 to 1.0",
            s.skill_fit_min
        ));
    }
    if !(s.style_tolerance.is_finite() && (0.0..=4.0).contains(&s.style_tolerance)) {
        bad.push(format!(
            "style_tolerance is {}; use 0 to 4 points",
            s.style_tolerance
        ));
    }
    let l = s.leave_chance;
    for (name, v) in [
        ("low", l.low),
        ("medium", l.medium),
        ("high", l.high),
        ("unknown", l.unknown),
    ] {
        if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
            bad.push(format!(
                "leave_chance.{name} is {v}; use a chance from 0 to 1"
            ));
        }
    }
    if s.span_max == 0 {
        bad.push("span_max is 0; use 1 or more".into());
    }
    if s.layers_max == 0 {
        bad.push("layers_max is 0; use 1 or more".into());
    }
    for message in bad {
        c.report("settings".into(), message);
    }
}
