//! Head-counts and costs per organisation and team for one scenario.

use std::collections::HashMap;

use super::{Design, Mode, UnitKind};

/// Head-count and cost of one unit (an organisation includes its teams).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitCount {
    pub unit: usize,
    pub people: usize,
    /// Sum of the known annual costs.
    pub cost: u64,
    /// People whose cost is not recorded, so totals can say they are partial.
    pub cost_unknown: usize,
}

/// One organisation with its teams.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgSummary {
    pub org: UnitCount,
    pub mode: Mode,
    pub teams: Vec<UnitCount>,
}

/// Everything the summary panel and status bar show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub organisations: Vec<OrgSummary>,
    /// People on the roster who sit in no unit in this scenario.
    pub unplaced: Vec<usize>,
}

/// Counts people and cost per unit for `scenario` (an index into the design's scenarios).
pub fn summarise(design: &Design, scenario: usize) -> Summary {
    let Some(scen) = design.scenarios.get(scenario) else {
        return Summary::default();
    };
    let unit_ix: HashMap<&str, usize> = design
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    let org_of: Vec<Option<usize>> = design
        .units
        .iter()
        .map(|u| {
            design
                .organisation_of(&u.id)
                .and_then(|o| unit_ix.get(o.id.as_str()).copied())
        })
        .collect();
    let person_ix: HashMap<&str, usize> = design
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut counts: Vec<UnitCount> = (0..design.units.len())
        .map(|unit| UnitCount {
            unit,
            people: 0,
            cost: 0,
            cost_unknown: 0,
        })
        .collect();
    let mut placed = vec![false; design.people.len()];
    for p in &scen.placements {
        let (Some(&pi), Some(&ui)) = (
            person_ix.get(p.person.as_str()),
            unit_ix.get(p.unit.as_str()),
        ) else {
            continue;
        };
        placed[pi] = true;
        let cost = design.people[pi].annual_cost;
        let mut add = |u: usize| {
            counts[u].people += 1;
            match cost {
                Some(c) => counts[u].cost += u64::from(c),
                None => counts[u].cost_unknown += 1,
            }
        };
        add(ui);
        if let Some(org) = org_of[ui].filter(|o| *o != ui) {
            add(org);
        }
    }
    let organisations = design
        .units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.kind == UnitKind::Organisation)
        .map(|(oi, org)| OrgSummary {
            org: counts[oi].clone(),
            mode: org.mode,
            teams: design
                .units
                .iter()
                .enumerate()
                .filter(|(ti, t)| t.kind == UnitKind::Team && org_of[*ti] == Some(oi))
                .map(|(ti, _)| counts[ti].clone())
                .collect(),
        })
        .collect();
    let unplaced = placed
        .iter()
        .enumerate()
        .filter(|(_, p)| !**p)
        .map(|(i, _)| i)
        .collect();
    Summary {
        organisations,
        unplaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn sample_counts_add_up_to_the_roster() {
        let design = parse_design(SAMPLE_RON).expect("sample loads");
        let s = summarise(&design, 0);
        assert_eq!(s.organisations.len(), 2);
        let placed: usize = s.organisations.iter().map(|o| o.org.people).sum();
        assert_eq!(placed + s.unplaced.len(), design.people.len());
        for org in &s.organisations {
            let in_teams: usize = org.teams.iter().map(|t| t.people).sum();
            assert!(in_teams <= org.org.people);
        }
    }
}
