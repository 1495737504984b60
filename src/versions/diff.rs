//! What differs between two designs, in people's words: who joined or left the roster and
//! what changed about them; per option (matched by id) whether it was added, removed or
//! renamed and who sits elsewhere in it; units and settings that differ. Also a design as
//! plain text ([`describe`]) for a version-control diff driver.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use serde::Serialize;

use super::names::Names;
use super::refresh::Changed;
use crate::model::{Design, Person, Placement, Scenario};

/// A person or unit by id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// Someone who sits elsewhere in the same option of the two designs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatChange {
    pub id: String,
    pub name: String,
    pub from: String,
    pub to: String,
}

/// How one option differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionDiff {
    pub id: String,
    pub name: String,
    /// "added", "removed" or "changed".
    pub change: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    pub moves: Vec<SeatChange>,
    /// Units the option's structure gained or lost, by name.
    pub units_added: Vec<String>,
    pub units_removed: Vec<String>,
    pub notes_changed: bool,
}

/// Everything that differs between two designs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<(String, String)>,
    pub people_added: Vec<Named>,
    pub people_removed: Vec<Named>,
    pub people_changed: Vec<Changed>,
    pub units_added: Vec<Named>,
    pub units_removed: Vec<Named>,
    pub units_changed: Vec<Changed>,
    pub options: Vec<OptionDiff>,
    /// Settings and thresholds that differ (`id` is "settings").
    pub settings: Vec<Changed>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        *self == Diff::default()
    }

    /// The differences as lines a person reads (and a code review shows).
    pub fn text(&self) -> String {
        self.text_with("→")
    }

    /// [`Self::text`] with `arrow` between the old and the new (the window's fonts have no
    /// "→", so it says "to").
    pub fn text_with(&self, arrow: &str) -> String {
        let mut out = String::new();
        if self.is_empty() {
            out.push_str("The designs are the same.\n");
            return out;
        }
        if let Some((a, b)) = &self.title {
            let _ = writeln!(out, "Title: \"{a}\" {arrow} \"{b}\"");
        }
        let named = |list: &[Named]| {
            list.iter()
                .map(|n| format!("{} ({})", n.name, n.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for (what, list) in [
            ("People added", &self.people_added),
            ("People removed", &self.people_removed),
            ("Units added", &self.units_added),
            ("Units removed", &self.units_removed),
        ] {
            if !list.is_empty() {
                let _ = writeln!(out, "{what} ({}): {}", list.len(), named(list));
            }
        }
        for c in self.people_changed.iter().chain(&self.units_changed) {
            let _ = writeln!(
                out,
                "Changed {}: {} \"{}\" {arrow} \"{}\"",
                c.id, c.field, c.from, c.to
            );
        }
        for o in &self.options {
            let _ = writeln!(out, "Option {} ({}): {}", o.name, o.id, o.change);
            if let Some(old) = &o.renamed_from {
                let _ = writeln!(out, "  renamed from \"{old}\"");
            }
            if o.notes_changed {
                let _ = writeln!(out, "  notes changed");
            }
            for (what, list) in [("gains", &o.units_added), ("loses", &o.units_removed)] {
                if !list.is_empty() {
                    let _ = writeln!(out, "  {what} {}", list.join(", "));
                }
            }
            for m in &o.moves {
                let _ = writeln!(out, "  {} ({}): {} {arrow} {}", m.name, m.id, m.from, m.to);
            }
        }
        for s in &self.settings {
            let _ = writeln!(out, "Setting {}: {} {arrow} {}", s.field, s.from, s.to);
        }
        out
    }
}

/// What differs from `a` to `b`.
pub fn diff(a: &Design, b: &Design) -> Diff {
    let (names_a, names_b) = (Names::of(a), Names::of(b));
    let mut d = Diff {
        title: (a.title != b.title).then(|| (a.title.clone(), b.title.clone())),
        ..Diff::default()
    };
    let theirs: HashMap<&str, &Person> = b.people.iter().map(|p| (p.id.as_str(), p)).collect();
    let ours: HashMap<&str, &Person> = a.people.iter().map(|p| (p.id.as_str(), p)).collect();
    for p in a.people.iter() {
        match theirs.get(p.id.as_str()) {
            None => d.people_removed.push(named(&p.id, &p.name)),
            Some(q) => person_changes(p, q, &mut d.people_changed),
        }
    }
    d.people_added = b
        .people
        .iter()
        .filter(|p| !ours.contains_key(p.id.as_str()))
        .map(|p| named(&p.id, &p.name))
        .collect();
    for u in &a.units {
        match b.unit(&u.id) {
            None => d.units_removed.push(named(&u.id, &u.name)),
            Some(v) => {
                for (field, x, y) in [
                    ("name", u.name.clone(), v.name.clone()),
                    (
                        "organisation",
                        u.mode.label().to_owned(),
                        v.mode.label().to_owned(),
                    ),
                    (
                        "leader",
                        leader(&names_a, u.leader.as_deref()),
                        leader(&names_b, v.leader.as_deref()),
                    ),
                ] {
                    if x != y {
                        d.units_changed.push(change(&u.id, field, x, y));
                    }
                }
            }
        }
    }
    d.units_added = b
        .units
        .iter()
        .filter(|u| a.unit(&u.id).is_none())
        .map(|u| named(&u.id, &u.name))
        .collect();
    for s in &a.scenarios {
        match b.scenarios.iter().find(|t| t.id == s.id) {
            None => d.options.push(whole(s, "removed")),
            Some(t) if s != t => d.options.push(option_changes(&names_a, s, &names_b, t)),
            Some(_) => {}
        }
    }
    for t in &b.scenarios {
        if !a.scenarios.iter().any(|s| s.id == t.id) {
            d.options.push(whole(t, "added"));
        }
    }
    d.settings = settings_changes(a, b);
    d
}

fn named(id: &str, name: &str) -> Named {
    Named {
        id: id.to_owned(),
        name: name.to_owned(),
    }
}

fn change(id: &str, field: &str, from: String, to: String) -> Changed {
    Changed {
        id: id.to_owned(),
        field: field.to_owned(),
        from,
        to,
    }
}

fn leader(names: &Names, id: Option<&str>) -> String {
    id.map_or_else(|| "nobody".to_owned(), |l| names.person(l).to_owned())
}

fn skills_text(p: &Person) -> String {
    let mut skills: Vec<String> = p
        .skills
        .iter()
        .map(|s| format!("{} {}", s.skill, s.level))
        .collect();
    skills.sort();
    skills.join(", ")
}

fn style_text(p: &Person) -> String {
    let mut scores: Vec<String> = p
        .work_style
        .iter()
        .map(|s| format!("{} {}", s.dimension, s.score))
        .collect();
    scores.sort();
    scores.join(", ")
}

fn person_changes(a: &Person, b: &Person, out: &mut Vec<Changed>) {
    let cost = |p: &Person| {
        p.annual_cost
            .map_or("not recorded".into(), |c| c.to_string())
    };
    let fields = [
        ("name", a.name.clone(), b.name.clone()),
        ("title", a.title.clone(), b.title.clone()),
        (
            "flight risk",
            a.flight_risk.label().to_owned(),
            b.flight_risk.label().to_owned(),
        ),
        ("annual cost", cost(a), cost(b)),
        (
            "open role",
            a.open_role.to_string(),
            b.open_role.to_string(),
        ),
        ("skills", skills_text(a), skills_text(b)),
        ("work style", style_text(a), style_text(b)),
        ("notes", a.notes.clone(), b.notes.clone()),
    ];
    for (field, x, y) in fields {
        if x != y {
            out.push(change(&a.id, field, x, y));
        }
    }
}

fn whole(s: &Scenario, change: &'static str) -> OptionDiff {
    OptionDiff {
        id: s.id.clone(),
        name: s.name.clone(),
        change,
        renamed_from: None,
        moves: Vec::new(),
        units_added: Vec::new(),
        units_removed: Vec::new(),
        notes_changed: false,
    }
}

fn option_changes(a: &Names, s: &Scenario, b: &Names, t: &Scenario) -> OptionDiff {
    let mut o = whole(t, "changed");
    o.renamed_from = (s.name != t.name).then(|| s.name.clone());
    o.notes_changed = s.notes != t.notes;
    let ours: HashMap<&str, &Placement> = s
        .placements
        .iter()
        .map(|p| (p.person.as_str(), p))
        .collect();
    let theirs: HashMap<&str, &Placement> = t
        .placements
        .iter()
        .map(|p| (p.person.as_str(), p))
        .collect();
    let people: BTreeSet<&str> = ours.keys().chain(theirs.keys()).copied().collect();
    for id in people {
        let (x, y) = (ours.get(id).copied(), theirs.get(id).copied());
        let same = match (x, y) {
            (Some(x), Some(y)) => x.unit == y.unit && x.manager == y.manager,
            _ => false,
        };
        if !same {
            let name = b
                .people
                .get(id)
                .or_else(|| a.people.get(id))
                .map_or(id, String::as_str);
            o.moves.push(SeatChange {
                id: id.to_owned(),
                name: name.to_owned(),
                from: a.seat(x),
                to: b.seat(y),
            });
        }
    }
    let unit_name = |n: &Names, id: &str| n.units.get(id).map_or(id.to_owned(), |u| u.0.clone());
    o.units_added = t
        .structure
        .iter()
        .filter(|slot| s.slot_of(&slot.unit).is_none())
        .map(|slot| unit_name(b, &slot.unit))
        .collect();
    o.units_removed = s
        .structure
        .iter()
        .filter(|slot| t.slot_of(&slot.unit).is_none())
        .map(|slot| unit_name(a, &slot.unit))
        .collect();
    o
}

/// Settings compared field by field through their saved form, so a new setting is
/// compared without this code knowing it.
fn settings_changes(a: &Design, b: &Design) -> Vec<Changed> {
    let (Ok(x), Ok(y)) = (
        serde_json::to_value(&a.settings),
        serde_json::to_value(&b.settings),
    ) else {
        return Vec::new();
    };
    let (Some(x), Some(y)) = (x.as_object(), y.as_object()) else {
        return Vec::new();
    };
    let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
    keys.into_iter()
        .filter(|k| x.get(*k) != y.get(*k))
        .map(|k| {
            let show = |v: Option<&serde_json::Value>| v.map_or("—".into(), ToString::to_string);
            change("settings", k, show(x.get(k)), show(y.get(k)))
        })
        .collect()
}

/// A design as plain text, one fact per line in a fixed order: the title, the roster, each
/// unit, each option's seats and the settings. Made for `git diff` (as a textconv driver),
/// so a change to a design reads as people, not RON.
pub fn describe(design: &Design) -> String {
    let names = Names::of(design);
    let mut out = String::new();
    let _ = writeln!(out, "Design: {}", design.title);
    let _ = writeln!(out, "People ({}):", design.people.len());
    for p in design.people.iter() {
        let role = if p.open_role { " [open role]" } else { "" };
        let _ = writeln!(out, "  {} {}{role}: {}", p.id, p.name, p.title);
        let skills = skills_text(p);
        if !skills.is_empty() {
            let _ = writeln!(out, "    skills: {skills}");
        }
    }
    let _ = writeln!(out, "Units ({}):", design.units.len());
    for u in &design.units {
        let _ = writeln!(
            out,
            "  {} {} ({}), led by {}",
            u.id,
            u.name,
            u.mode.label(),
            leader(&names, u.leader.as_deref())
        );
    }
    for s in &design.scenarios {
        let _ = writeln!(out, "Option {} ({}):", s.name, s.id);
        for p in &s.placements {
            let _ = writeln!(
                out,
                "  {} {}: {}",
                p.person,
                names.person(&p.person),
                names.seat(Some(p))
            );
        }
    }
    if let Ok(settings) = serde_json::to_string(&design.settings) {
        let _ = writeln!(out, "Settings: {settings}");
    }
    out
}
