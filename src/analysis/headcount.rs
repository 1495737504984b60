//! Head-counts and costs per unit for one scenario.

use crate::model::ScenarioIndex;

/// Head-count and cost of one unit (an organisation includes its teams).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitCount {
    pub unit: usize,
    pub people: usize,
    /// Sum of the known annual costs.
    pub cost: u64,
    /// People whose cost is not recorded, so totals can say they are partial.
    pub cost_unknown: usize,
    /// Open roles (vacancies), counted apart from people.
    pub open_roles: usize,
    /// Sum of the open roles' known budgeted costs.
    pub open_budget: u64,
}

/// Counts per unit, indexed like the design's units; an organisation's count includes its
/// teams'.
pub(super) fn unit_counts(ix: &ScenarioIndex) -> Vec<UnitCount> {
    let design = ix.design;
    let mut counts: Vec<UnitCount> = (0..design.units.len())
        .map(|unit| UnitCount {
            unit,
            ..UnitCount::default()
        })
        .collect();
    for (p, seat) in ix.seat.iter().enumerate() {
        let Some(seat) = seat else { continue };
        let person = &design.people[p];
        let cost = person.annual_cost;
        let mut add = |u: usize| {
            let count = &mut counts[u];
            if person.open_role {
                count.open_roles += 1;
                count.open_budget += u64::from(cost.unwrap_or(0));
                return;
            }
            count.people += 1;
            match cost {
                Some(c) => count.cost += u64::from(c),
                None => count.cost_unknown += 1,
            }
        };
        add(seat.unit);
        if let Some(org) = ix.org_of_unit[seat.unit].filter(|o| *o != seat.unit) {
            add(org);
        }
    }
    counts
}

/// People on the roster who sit in no unit in this scenario. An open role an option leaves
/// out is simply not part of that option.
pub(super) fn unplaced(ix: &ScenarioIndex) -> Vec<usize> {
    ix.seat
        .iter()
        .enumerate()
        .filter(|(p, s)| s.is_none() && !ix.design.people[*p].open_role)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyse;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn sample_counts_add_up_to_the_roster() {
        let design = parse_design(SAMPLE_RON).expect("sample loads");
        let a = analyse(&design, 1);
        assert_eq!(a.organisations.len(), 2);
        let placed: usize = a.organisations.iter().map(|o| o.total.people).sum();
        assert_eq!(placed + a.unplaced.len(), design.people.len());
        for org in &a.organisations {
            let in_teams: usize = org.teams.iter().map(|t| t.people).sum();
            assert!(in_teams <= org.total.people);
        }
    }

    #[test]
    fn costs_add_known_values_and_count_unknown_ones() {
        let mut design = parse_design(SAMPLE_RON).expect("sample loads");
        let seat = design.scenarios[1].placements[0].clone();
        let org_id = design
            .organisation_of(1, &seat.unit)
            .expect("org")
            .id
            .clone();
        let org = design
            .units
            .iter()
            .position(|u| u.id == org_id)
            .expect("org unit");
        let total = |a: &crate::analysis::Analysis| {
            let stats = a.organisations.iter().find(|s| s.unit == org);
            stats.expect("org stats").total.clone()
        };
        let before = total(&analyse(&design, 1));
        let pi = design
            .people
            .iter()
            .position(|x| x.id == seat.person)
            .expect("on roster");
        let old = design.people[pi]
            .annual_cost
            .take()
            .expect("the sample records this cost");
        let after = total(&analyse(&design, 1));
        assert_eq!(before.people, after.people);
        assert_eq!(before.cost - after.cost, u64::from(old));
        assert_eq!(after.cost_unknown, before.cost_unknown + 1);
    }

    #[test]
    fn open_roles_are_counted_apart_from_people_and_never_unplaced() {
        let mut design = parse_design(SAMPLE_RON).expect("sample loads");
        let before = analyse(&design, 1);
        let seat = design.scenarios[1].placements[5].clone();
        let mut role = design.people[0].clone();
        role.id = "vacancy".into();
        role.name = "Open role — Analyst".into();
        role.open_role = true;
        role.annual_cost = Some(50_000);
        design.people.push(role.clone());
        design.scenarios[1]
            .placements
            .push(crate::model::Placement {
                person: role.id.clone(),
                ..seat.clone()
            });
        role.id = "vacancy-elsewhere".into();
        design.people.push(role);
        let after = analyse(&design, 1);
        let org = design.organisation_of(1, &seat.unit).expect("org");
        let ix = design
            .units
            .iter()
            .position(|u| u.id == org.id)
            .expect("unit");
        let of = |a: &crate::analysis::Analysis| {
            a.organisations
                .iter()
                .find(|o| o.unit == ix)
                .expect("organisation")
                .total
                .clone()
        };
        let (b, a) = (of(&before), of(&after));
        assert_eq!((a.people, a.cost), (b.people, b.cost));
        assert_eq!((a.open_roles, a.open_budget), (1, 50_000));
        // The role this option leaves out is not an unplaced person.
        assert_eq!(after.unplaced, before.unplaced);
    }
}
