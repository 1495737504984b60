//! One index of a scenario, built once and shared by analysis, layout, head-counts and
//! edits, so none of them builds its own id maps and every look-up is linear overall.

use rustc_hash::FxHashMap as HashMap;

use super::{Design, Scenario, UnitKind};

/// Where a person sits in a scenario: unit index and manager index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    pub unit: usize,
    pub manager: Option<usize>,
}

/// Ids resolved to indices, and the reporting structure of one scenario. Safe on
/// unvalidated designs: dangling ids are skipped, parent cycles end the walk.
pub struct ScenarioIndex<'a> {
    pub design: &'a Design,
    pub scenario: &'a Scenario,
    pub person_ix: HashMap<&'a str, usize>,
    pub unit_ix: HashMap<&'a str, usize>,
    pub skill_ix: HashMap<&'a str, usize>,
    pub dim_ix: HashMap<&'a str, usize>,
    /// Per person: where they sit, `None` when unplaced (the first placement counts).
    pub seat: Vec<Option<Seat>>,
    /// Per unit: whether this option has it (its structure lists it).
    pub present: Vec<bool>,
    /// Per unit: its parent unit in this option.
    pub parent: Vec<Option<usize>>,
    /// Per unit: the organisation it belongs to (itself for an organisation).
    pub org_of_unit: Vec<Option<usize>>,
    /// Organisation unit indices, in file order.
    pub orgs: Vec<usize>,
    /// Per unit: people placed directly in it, in placement order.
    pub members: Vec<Vec<usize>>,
    /// Per unit: its leader, if they sit in it in this scenario.
    pub acting_leader: Vec<Option<usize>>,
    /// Per person: their direct reports, in placement order.
    pub reports: Vec<Vec<usize>>,
    /// Per unit: the sponsors (indices into the design's sponsors) it reports into here.
    pub sponsors: Vec<Vec<usize>>,
}

fn positions<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    let mut map = HashMap::default();
    map.reserve(items.len());
    for (i, item) in items.iter().enumerate() {
        // The first of duplicate ids wins, as validation reports the rest.
        map.entry(id(item)).or_insert(i);
    }
    map
}

impl<'a> ScenarioIndex<'a> {
    /// The index of scenario number `scenario`, or `None` when there is no such scenario.
    pub fn new(design: &'a Design, scenario: usize) -> Option<Self> {
        let scenario = design.scenarios.get(scenario)?;
        let person_ix = positions(&design.people, |p| p.id.as_str());
        let unit_ix = positions(&design.units, |u| u.id.as_str());
        let skill_ix = positions(&design.skills, |s| s.id.as_str());
        let dim_ix = positions(&design.work_styles, |w| w.id.as_str());
        let mut seat = vec![None; design.people.len()];
        let mut members = vec![Vec::new(); design.units.len()];
        let mut reports = vec![Vec::new(); design.people.len()];
        for p in &scenario.placements {
            let (Some(&pi), Some(&ui)) = (
                person_ix.get(p.person.as_str()),
                unit_ix.get(p.unit.as_str()),
            ) else {
                continue;
            };
            if seat[pi].is_some() {
                continue;
            }
            let manager = p.manager.as_deref().and_then(|m| person_ix.get(m).copied());
            seat[pi] = Some(Seat { unit: ui, manager });
            members[ui].push(pi);
        }
        for (p, s) in seat.iter().enumerate() {
            if let Some(m) = s.and_then(|s| s.manager) {
                reports[m].push(p);
            }
        }
        let mut present = vec![false; design.units.len()];
        let mut parent: Vec<Option<usize>> = vec![None; design.units.len()];
        for slot in &scenario.structure {
            let Some(&u) = unit_ix.get(slot.unit.as_str()) else {
                continue;
            };
            if !present[u] {
                present[u] = true;
                parent[u] = slot.parent.as_deref().and_then(|p| unit_ix.get(p).copied());
            }
        }
        let sponsor_ix = positions(&design.sponsors, |s| s.id.as_str());
        let mut sponsors = vec![Vec::new(); design.units.len()];
        for s in &scenario.sponsors {
            if let (Some(&u), Some(&k)) = (
                unit_ix.get(s.organisation.as_str()),
                sponsor_ix.get(s.sponsor.as_str()),
            ) {
                sponsors[u].push(k);
            }
        }
        let org_of_unit = (0..design.units.len())
            .map(|u| {
                if !present[u] {
                    return None;
                }
                let mut cur = u;
                for _ in 0..=design.units.len() {
                    match parent[cur] {
                        Some(p) => cur = p,
                        None => return Some(cur),
                    }
                }
                None
            })
            .collect();
        let orgs = design
            .units
            .iter()
            .enumerate()
            .filter(|(i, u)| u.kind == UnitKind::Organisation && present[*i])
            .map(|(i, _)| i)
            .collect();
        let acting_leader = design
            .units
            .iter()
            .enumerate()
            .map(|(ui, u)| {
                let l = *person_ix.get(u.leader.as_deref()?)?;
                (seat[l].map(|s: Seat| s.unit) == Some(ui)).then_some(l)
            })
            .collect();
        Some(Self {
            design,
            scenario,
            person_ix,
            unit_ix,
            skill_ix,
            dim_ix,
            seat,
            present,
            parent,
            org_of_unit,
            orgs,
            members,
            acting_leader,
            reports,
            sponsors,
        })
    }

    pub fn person(&self, id: &str) -> Option<usize> {
        self.person_ix.get(id).copied()
    }

    pub fn unit(&self, id: &str) -> Option<usize> {
        self.unit_ix.get(id).copied()
    }

    pub fn person_name(&self, p: usize) -> &'a str {
        &self.design.people[p].name
    }

    pub fn unit_name(&self, u: usize) -> &'a str {
        &self.design.units[u].name
    }

    /// The organisation a person sits in, if placed.
    pub fn org_of_person(&self, p: usize) -> Option<usize> {
        self.seat[p].and_then(|s| self.org_of_unit[s.unit])
    }

    /// Each person's depth below the top of their reporting chain (0 at the top), and that
    /// top. A chain whose top sits in an organisation that reports into a sponsor starts one
    /// layer down: the sponsor is a layer too. Iterative with memoisation, linear overall; a
    /// walk longer than the roster (a cycle, in unvalidated data) stops.
    pub fn depths(&self) -> (Vec<Option<u32>>, Vec<usize>) {
        let n = self.design.people.len();
        let sponsored = |p: usize| {
            self.org_of_person(p)
                .is_some_and(|o| !self.sponsors[o].is_empty())
        };
        let mut depth: Vec<Option<u32>> = vec![None; n];
        let mut top: Vec<usize> = (0..n).collect();
        for start in 0..n {
            let mut chain = Vec::new();
            let mut cur = Some(start);
            let mut base = 0;
            let mut chain_top = start;
            while let Some(p) = cur {
                if let Some(d) = depth[p] {
                    base = d + 1;
                    chain_top = top[p];
                    break;
                }
                if chain.len() > n {
                    break;
                }
                chain.push(p);
                chain_top = p;
                cur = self.seat[p].and_then(|s| s.manager);
                if cur.is_none() {
                    base = u32::from(sponsored(p));
                }
            }
            for &p in &chain {
                top[p] = chain_top;
            }
            for (i, &p) in chain.iter().rev().enumerate() {
                depth[p] = Some(base + i as u32);
            }
        }
        (depth, top)
    }

    /// Whether person `p` sits in another unit or under another manager in `other` (an index
    /// of another option of the same design), being placed in one and not the other
    /// included. A change of organisation alone (the same team under a new CIO) is not one.
    pub fn placed_differently(&self, other: &ScenarioIndex, p: usize) -> bool {
        let seat = |ix: &ScenarioIndex, p: usize| ix.seat[p].map(|s| (s.unit, s.manager));
        seat(self, p) != seat(other, p)
    }

    /// Everyone below `person` in the reporting lines (not including them), depth first.
    pub fn reports_below(&self, person: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut seen = vec![false; self.reports.len()];
        seen[person] = true;
        let mut stack = vec![person];
        while let Some(p) = stack.pop() {
            for &c in &self.reports[p] {
                if !seen[c] {
                    seen[c] = true;
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn the_sample_index_agrees_with_the_file() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let ix = ScenarioIndex::new(&d, 1).expect("scenario 0");
        let placed = d.scenarios[1].placements.len();
        assert_eq!(ix.seat.iter().flatten().count(), placed);
        let reports: usize = ix.reports.iter().map(Vec::len).sum();
        let managed = d.scenarios[1]
            .placements
            .iter()
            .filter(|p| p.manager.is_some())
            .count();
        assert_eq!(reports, managed);
        for p in &d.scenarios[1].placements {
            let pi = ix.person(&p.person).expect("known");
            assert_eq!(d.units[ix.seat[pi].expect("seated").unit].id, p.unit);
        }
        // Every unit belongs to an organisation, which is its own organisation.
        for &o in &ix.orgs {
            assert_eq!(ix.org_of_unit[o], Some(o));
        }
        // Option A has its units, each in an organisation, and not the baseline's single IT.
        for (u, org) in ix.org_of_unit.iter().enumerate() {
            assert_eq!(org.is_some(), ix.present[u], "{}", d.units[u].id);
        }
        assert!(!ix.present[d.units.iter().position(|u| u.id == "it").expect("it")]);
        assert!(ScenarioIndex::new(&d, d.scenarios.len()).is_none());
    }

    #[test]
    fn reports_below_follows_the_whole_chain() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let ix = ScenarioIndex::new(&d, 1).expect("scenario 0");
        let cio = ix.acting_leader[ix.orgs[0]].expect("the CIO sits in the organisation");
        let mut below = ix.reports_below(cio);
        below.sort_unstable();
        // Walking up from each person independently finds the same people.
        let reaches_cio = |mut p: usize| {
            for _ in 0..d.people.len() {
                match ix.seat[p].and_then(|s| s.manager) {
                    Some(m) if m == cio => return true,
                    Some(m) => p = m,
                    None => return false,
                }
            }
            false
        };
        let expected: Vec<usize> = (0..d.people.len()).filter(|&p| reaches_cio(p)).collect();
        assert_eq!(below, expected);
        assert!(below.len() > 10);
        assert!(!below.contains(&cio));
    }
}
