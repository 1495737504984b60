//! Indexes built once per analysis so every rule runs in linear time.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Design, Scenario, UnitKind};

/// Where a person sits: unit index and manager index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Seat {
    pub unit: usize,
    pub manager: Option<usize>,
}

pub(super) struct Context<'a> {
    pub design: &'a Design,
    pub scenario: &'a Scenario,
    pub skill_ix: HashMap<&'a str, usize>,
    pub dim_ix: HashMap<&'a str, usize>,
    /// Per person.
    pub seat: Vec<Option<Seat>>,
    /// Per unit: the organisation it belongs to.
    pub org_of_unit: Vec<Option<usize>>,
    /// Organisation unit indices, in file order.
    pub orgs: Vec<usize>,
    /// Per unit: people placed directly in it.
    pub members: Vec<Vec<usize>>,
    /// Per unit: its leader, if they sit in it in this scenario.
    pub acting_leader: Vec<Option<usize>>,
    /// Per person: (skill index, level) for every catalogued skill they hold.
    pub skills: Vec<Vec<(usize, u8)>>,
}

impl<'a> Context<'a> {
    pub fn new(design: &'a Design, scenario: usize) -> Option<Self> {
        let scenario = design.scenarios.get(scenario)?;
        let person_ix: HashMap<&str, usize> = design
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let unit_ix: HashMap<&str, usize> = design
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        let skill_ix: HashMap<&str, usize> = design
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let dim_ix = design
            .work_styles
            .iter()
            .enumerate()
            .map(|(i, w)| (w.id.as_str(), i))
            .collect();
        let mut seat = vec![None; design.people.len()];
        let mut members = vec![Vec::new(); design.units.len()];
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
        let parent: Vec<Option<usize>> = design
            .units
            .iter()
            .map(|u| u.parent.as_deref().and_then(|p| unit_ix.get(p).copied()))
            .collect();
        let org_of_unit = (0..design.units.len())
            .map(|u| {
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
            .filter(|(_, u)| u.kind == UnitKind::Organisation)
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
        let skills = design
            .people
            .iter()
            .map(|p| {
                p.skills
                    .iter()
                    .filter_map(|s| skill_ix.get(s.skill.as_str()).map(|&k| (k, s.level)))
                    .collect()
            })
            .collect();
        Some(Self {
            skills,
            design,
            scenario,
            skill_ix,
            dim_ix,
            seat,
            org_of_unit,
            orgs,
            members,
            acting_leader,
        })
    }

    pub fn person_name(&self, p: usize) -> &str {
        &self.design.people[p].name
    }

    pub fn unit_name(&self, u: usize) -> &str {
        &self.design.units[u].name
    }

    pub fn skill_name(&self, s: usize) -> &str {
        &self.design.skills[s].name
    }
}
