//! Options side by side: the figures the room compares (head-count, cost, structure, fit,
//! findings, knowledge coverage) for each option, and who is placed differently from the
//! first option given (normally the baseline). Pure: the compare view, `orgsplit compare`
//! and the report all read this.

mod table;

use std::collections::BTreeMap;

use serde::Serialize;

pub use table::{Cell, Row, Verdict, rows};

use super::{Analysis, FindingKind, Subject, analyse};
use crate::model::{Design, ScenarioIndex};

/// Whether a higher figure is better, worse, or neither, for marking differences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
    Neither,
}

/// Structure, fit and findings of a group of people (one organisation, or a whole option).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Figures {
    /// People placed (open roles apart).
    pub people: usize,
    /// Open roles placed: seats, never people.
    pub open_roles: usize,
    /// Sum of the known annual costs.
    pub cost: u64,
    /// People whose cost is not recorded.
    pub cost_unknown: usize,
    /// Levels of management from the top (a sponsor above the organisation counts as one).
    pub layers: u32,
    /// Direct reports who are people per manager, on average (dotted lines and open roles
    /// not counted).
    #[serde(serialize_with = "rounded")]
    pub average_span: Option<f32>,
    pub widest_span: usize,
    #[serde(serialize_with = "rounded")]
    pub mean_skill_fit: Option<f32>,
    #[serde(serialize_with = "rounded")]
    pub mean_style_fit: Option<f32>,
    /// People under the skill-fit threshold.
    pub below_skill_fit: usize,
    /// People with at least one work-style difference flagged.
    pub style_differences: usize,
    /// Findings by severity: errors, warnings, infos.
    pub findings: [usize; 3],
    /// Key-person findings (one per skill and level whose holders may all leave): the same
    /// count as `check`'s findings of that kind.
    pub key_person_risks: usize,
    /// The fewest people whose departure leaves nobody holding at least half of the
    /// organisation's critical skills held today (see [`super::knowledge`]); organisations
    /// only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truck_factor: Option<usize>,
    #[serde(skip)]
    pub truck_people: Vec<usize>,
    /// People whose departure alone leaves a critical skill of the organisation with
    /// nobody; organisations only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncovering_departures: Option<usize>,
    /// The most damaging departures, most damaging first (see [`super::knowledge`]).
    #[serde(skip)]
    pub damaging_people: Vec<usize>,
    /// Person indices behind `below_skill_fit`, `style_differences` and `key_person_risks`,
    /// so a view can list and select them.
    #[serde(skip)]
    pub people_below_skill_fit: Vec<usize>,
    #[serde(skip)]
    pub people_with_style_differences: Vec<usize>,
    #[serde(skip)]
    pub key_people: Vec<usize>,
}

/// A fraction as JSON shows it: to the hundredth, as the table shows it (a percentage or
/// one decimal), never `0.8399999737739563`.
fn rounded<S: serde::Serializer>(value: &Option<f32>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => s.serialize_f64((f64::from(*v) * 100.0).round() / 100.0),
        None => s.serialize_none(),
    }
}

/// One organisation of an option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgFigures {
    pub id: String,
    pub name: String,
    pub mode: String,
    /// The sponsors it reports into, by name.
    pub sponsors: Vec<String>,
    #[serde(flatten)]
    pub figures: Figures,
    #[serde(skip)]
    pub unit: usize,
}

/// Holders of one critical skill at each level needed, per organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriticalCoverage {
    pub skill: String,
    pub name: String,
    /// (organisation id, a level needed — each level one of its units requires, else 3 —,
    /// holders at that level or above), organisation then level order.
    pub organisations: Vec<(String, u8, usize)>,
}

/// Everything compared for one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioFigures {
    pub id: String,
    pub name: String,
    #[serde(skip)]
    pub scenario: usize,
    pub total: Figures,
    pub unplaced: usize,
    pub organisations: Vec<OrgFigures>,
    /// Findings per kind (the kind's label) by severity.
    pub findings_by_kind: BTreeMap<String, [usize; 3]>,
    pub critical_skills: Vec<CriticalCoverage>,
    /// People placed differently from the first option compared.
    pub moved: usize,
}

/// Where someone sits in one option, in ids and names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedSeat {
    pub unit: String,
    pub unit_name: String,
    pub organisation: String,
    pub organisation_name: String,
    pub manager: Option<String>,
    pub manager_name: Option<String>,
}

impl NamedSeat {
    /// The seat in words: "Social Media (Customer Interaction IT), reporting to Amira
    /// Saleh", with `manager_word` before the manager's name; the organisation is left out
    /// for someone sitting in it directly.
    pub fn describe(&self, manager_word: &str) -> String {
        let mut text = if self.unit == self.organisation {
            self.unit_name.clone()
        } else {
            format!("{} ({})", self.unit_name, self.organisation_name)
        };
        if let Some(m) = &self.manager_name {
            text.push_str(&format!(", {manager_word} {m}"));
        }
        text
    }
}

/// Someone placed differently in `scenario` than in the first option compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    /// The option the move is in (its id).
    pub scenario: String,
    pub person: String,
    pub name: String,
    pub from: Option<NamedSeat>,
    pub to: Option<NamedSeat>,
    #[serde(skip)]
    pub person_index: usize,
}

/// Options side by side, the first being the one the others are compared with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub scenarios: Vec<ScenarioFigures>,
    pub moves: Vec<Move>,
}

impl Comparison {
    /// Moves into one option (by its index in `scenarios`).
    pub fn moves_into(&self, column: usize) -> impl Iterator<Item = &Move> {
        let id = self.scenarios.get(column).map(|s| s.id.clone());
        self.moves
            .iter()
            .filter(move |m| Some(&m.scenario) == id.as_ref())
    }
}

/// Compares `scenarios` (indices into the design's scenarios; out-of-range ones are
/// skipped). Moves are relative to the first.
pub fn compare(design: &Design, scenarios: &[usize]) -> Comparison {
    let analyses: Vec<(usize, Analysis)> = scenarios
        .iter()
        .filter(|&&s| s < design.scenarios.len())
        .map(|&s| (s, analyse(design, s)))
        .collect();
    compare_analysed(design, &analyses)
}

/// The same, from analyses already made (the app reuses the one on screen).
pub fn compare_analysed(design: &Design, analyses: &[(usize, Analysis)]) -> Comparison {
    let mut options: Vec<ScenarioFigures> = analyses
        .iter()
        .filter_map(|(s, a)| ScenarioIndex::new(design, *s).map(|ix| scenario_figures(&ix, *s, a)))
        .collect();
    let mut moves = Vec::new();
    if let Some(&(base, _)) = analyses.first() {
        for (column, &(s, _)) in analyses.iter().enumerate().skip(1) {
            let found = moves_between(design, base, s);
            options[column].moved = found.len();
            moves.extend(found);
        }
    }
    Comparison {
        scenarios: options,
        moves,
    }
}

fn mean(sum: f32, n: usize) -> Option<f32> {
    (n > 0).then(|| sum / n as f32)
}

/// Per person, the indices of the findings about them: built once per option, so figures
/// never search the whole list per person.
fn findings_by_person(design: &Design, analysis: &Analysis) -> Vec<Vec<usize>> {
    let mut by_person = vec![Vec::new(); design.people.len()];
    for (i, f) in analysis.findings.iter().enumerate() {
        if let Subject::Person(p) = f.subject
            && let Some(list) = by_person.get_mut(p)
        {
            list.push(i);
        }
    }
    by_person
}

fn figures_of(
    ix: &ScenarioIndex,
    analysis: &Analysis,
    about: &[Vec<usize>],
    depth: &[Option<u32>],
    seats: &[usize],
) -> Figures {
    let design = ix.design;
    let spans = &analysis.facts.spans;
    let mut f = Figures::default();
    let (mut skill, mut skill_n, mut style, mut style_n) = (0.0, 0, 0.0, 0);
    let (mut managers, mut reports) = (0usize, 0usize);
    for &p in seats {
        if design.people[p].open_role {
            f.open_roles += 1;
            continue;
        }
        f.people += 1;
        match design.people[p].annual_cost {
            Some(c) => f.cost += u64::from(c),
            None => f.cost_unknown += 1,
        }
        if let Some(d) = depth[p] {
            f.layers = f.layers.max(d + 1);
        }
        let span = spans.get(p).map_or(0, |s| s.people as usize);
        if span > 0 {
            managers += 1;
            reports += span;
            f.widest_span = f.widest_span.max(span);
        }
        if let Some(fit) = analysis.fits.get(p) {
            if let Some(v) = fit.skill_fit {
                skill += v;
                skill_n += 1;
            }
            if let Some(v) = fit.style_fit {
                style += v;
                style_n += 1;
            }
        }
        let mut style_flag = false;
        for finding in about[p].iter().map(|&i| &analysis.findings[i]) {
            f.findings[finding.severity as usize] += 1;
            match finding.kind {
                FindingKind::SkillMismatch => f.people_below_skill_fit.push(p),
                FindingKind::WorkStyleMismatch => style_flag = true,
                _ => {}
            }
        }
        if style_flag {
            f.people_with_style_differences.push(p);
        }
    }
    f.average_span = mean(reports as f32, managers);
    f.mean_skill_fit = mean(skill, skill_n);
    f.mean_style_fit = mean(style, style_n);
    f.below_skill_fit = f.people_below_skill_fit.len();
    f.style_differences = f.people_with_style_differences.len();
    f
}

/// Key-person risks (of organisation `org`, or of the whole option) and the people they
/// are about, from the facts the findings are written from.
fn key_people(analysis: &Analysis, org: Option<usize>) -> (usize, Vec<usize>) {
    let facts = &analysis.facts;
    let risks: Vec<&super::KeyRisk> = facts
        .key_risks
        .iter()
        .filter(|r| r.kind == FindingKind::KeyPersonRisk)
        .filter(|r| org.is_none_or(|o| facts.needs[r.need].organisation == o))
        .collect();
    let mut people: Vec<usize> = risks
        .iter()
        .flat_map(|r| r.people.iter().copied())
        .collect();
    people.sort_unstable();
    people.dedup();
    (risks.len(), people)
}

fn scenario_figures(ix: &ScenarioIndex, scenario: usize, analysis: &Analysis) -> ScenarioFigures {
    let design = ix.design;
    let (depth, _) = ix.depths();
    let about = findings_by_person(design, analysis);
    let placed: Vec<usize> = (0..design.people.len())
        .filter(|&p| ix.seat[p].is_some())
        .collect();
    let mut total = figures_of(ix, analysis, &about, &depth, &placed);
    // Every finding counts in the option's total, also those about units and unplaced people.
    total.findings = analysis.counts();
    (total.key_person_risks, total.key_people) = key_people(analysis, None);
    let mut unit_findings = vec![[0usize; 3]; design.units.len()];
    for f in &analysis.findings {
        if let Subject::Unit(u) = f.subject {
            unit_findings[u][f.severity as usize] += 1;
        }
    }
    let organisations = ix
        .orgs
        .iter()
        .map(|&o| {
            let people: Vec<usize> = placed
                .iter()
                .copied()
                .filter(|&p| ix.org_of_person(p) == Some(o))
                .collect();
            let mut figures = figures_of(ix, analysis, &about, &depth, &people);
            (figures.key_person_risks, figures.key_people) = key_people(analysis, Some(o));
            for (u, counts) in unit_findings.iter().enumerate() {
                if ix.org_of_unit[u] == Some(o) {
                    for (total, n) in figures.findings.iter_mut().zip(counts) {
                        *total += n;
                    }
                }
            }
            let unit = &design.units[o];
            OrgFigures {
                id: unit.id.clone(),
                name: unit.name.clone(),
                mode: unit.mode.label().to_owned(),
                sponsors: ix.sponsors[o]
                    .iter()
                    .map(|&k| design.sponsors[k].name.clone())
                    .collect(),
                figures,
                unit: o,
            }
        })
        .collect();
    let mut organisations: Vec<OrgFigures> = organisations;
    for k in super::knowledge_of(design, analysis) {
        if let Some(org) = organisations.iter_mut().find(|o| o.unit == k.organisation) {
            org.figures.truck_factor = k.truck_factor.as_ref().map(Vec::len);
            org.figures.truck_people = k.truck_factor.unwrap_or_default();
            let mut sole: Vec<usize> = k
                .skills
                .iter()
                .filter(|s| s.holders.len() == 1)
                .map(|s| s.holders[0])
                .collect();
            sole.sort_unstable();
            sole.dedup();
            org.figures.uncovering_departures = Some(sole.len());
            org.figures.damaging_people = k.most_damaging.iter().map(|d| d.person).collect();
        }
    }
    let mut findings_by_kind: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for f in &analysis.findings {
        findings_by_kind
            .entry(f.kind.label().to_owned())
            .or_default()[f.severity as usize] += 1;
    }
    let unplaced = analysis.unplaced.len();
    let scen = &design.scenarios[scenario];
    ScenarioFigures {
        id: scen.id.clone(),
        name: scen.name.clone(),
        scenario,
        total,
        unplaced,
        organisations,
        findings_by_kind,
        critical_skills: critical_coverage(ix, analysis),
        moved: 0,
    }
}

fn critical_coverage(ix: &ScenarioIndex, analysis: &Analysis) -> Vec<CriticalCoverage> {
    let design = ix.design;
    design
        .skills
        .iter()
        .enumerate()
        .filter(|(_, s)| s.critical)
        .map(|(k, skill)| CriticalCoverage {
            skill: skill.id.clone(),
            name: skill.name.clone(),
            organisations: analysis
                .facts
                .needs
                .iter()
                .filter(|n| n.skill == k)
                .map(|n| {
                    (
                        design.units[n.organisation].id.clone(),
                        n.level,
                        n.holders.len(),
                    )
                })
                .collect(),
        })
        .collect()
}

fn seat_of(ix: &ScenarioIndex, p: usize) -> Option<NamedSeat> {
    let design = ix.design;
    let seat = ix.seat[p]?;
    let unit = &design.units[seat.unit];
    let org = ix.org_of_unit[seat.unit].map(|o| &design.units[o]);
    let manager = seat.manager.map(|m| &design.people[m]);
    Some(NamedSeat {
        unit: unit.id.clone(),
        unit_name: unit.name.clone(),
        organisation: org.map_or_else(String::new, |o| o.id.clone()),
        organisation_name: org.map_or_else(String::new, |o| o.name.clone()),
        manager: manager.map(|m| m.id.clone()),
        manager_name: manager.map(|m| m.name.clone()),
    })
}

/// People whose unit or manager differs between two options (placed or not). A change of
/// organisation alone — the same team under a new CIO — is not a move.
pub fn moves_between(design: &Design, from: usize, to: usize) -> Vec<Move> {
    let (Some(a), Some(b)) = (
        ScenarioIndex::new(design, from),
        ScenarioIndex::new(design, to),
    ) else {
        return Vec::new();
    };
    (0..design.people.len())
        .filter(|&p| a.placed_differently(&b, p))
        .map(|p| Move {
            scenario: design.scenarios[to].id.clone(),
            person: design.people[p].id.clone(),
            name: design.people[p].name.clone(),
            from: seat_of(&a, p),
            to: seat_of(&b, p),
            person_index: p,
        })
        .collect()
}

#[cfg(test)]
mod tests;
