//! Deterministic generated designs of any size, for benchmarks and property tests.
//!
//! The result always validates: two organisations, `teams_per_org` teams each, every person
//! placed under a manager in a plausible tree. Uses a small fixed PRNG so the same arguments
//! always give the same design.

use super::{
    Design, FORMAT_VERSION, FlightRisk, Mode, Person, Placement, Profile, RequiredSkill, Scenario,
    Settings, Skill, SkillArea, SkillLevel, StyleRange, StyleScore, Unit, UnitKind, UnitSlot,
    WorkStyleDimension,
};

/// A tiny xorshift generator: enough variety for test data, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Builds a design with `people` people (at least 2) across two organisations.
pub fn generated_design(people: usize, teams_per_org: usize, seed: u64) -> Design {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let people = people.max(2);
    let teams_per_org = teams_per_org.max(1);
    let areas = [SkillArea::Legacy, SkillArea::Interaction, SkillArea::Shared];
    let skills: Vec<Skill> = (0..12)
        .map(|i| Skill {
            id: format!("s{i}"),
            name: format!("Skill {i}"),
            area: areas[i % 3],
            critical: i % 4 == 0,
        })
        .collect();
    let work_styles: Vec<WorkStyleDimension> = (0..5)
        .map(|i| WorkStyleDimension {
            id: format!("w{i}"),
            name: format!("Dimension {i}"),
            low: "low".into(),
            high: "high".into(),
        })
        .collect();
    let mut units = Vec::new();
    for (org, mode) in [("legacy", Mode::Legacy), ("interaction", Mode::Interaction)] {
        units.push(Unit {
            id: org.into(),
            name: format!("{} org", mode.label()),
            kind: UnitKind::Organisation,
            mode,
            leader: None,
            profile: Profile::default(),
        });
        for t in 0..teams_per_org {
            let base = if mode == Mode::Legacy { 0 } else { 1 };
            units.push(Unit {
                id: format!("{org}-t{t}"),
                name: format!("{} team {t}", mode.label()),
                kind: UnitKind::Team,
                mode,
                leader: None,
                profile: Profile {
                    required_skills: vec![RequiredSkill {
                        skill: format!("s{}", base + 3 * (t % 4)),
                        min_level: 3,
                        min_holders: 2,
                    }],
                    work_style: vec![StyleRange {
                        dimension: format!("w{}", t % 5),
                        min: 1.0 + base as f32 * 2.0,
                        max: 3.0 + base as f32 * 2.0,
                    }],
                    work: None,
                },
            });
        }
    }
    let roster: Vec<Person> = (0..people)
        .map(|i| Person {
            id: format!("p{i:06}"),
            name: format!("Person {i}"),
            title: "Specialist".into(),
            skills: (0..1 + rng.below(3))
                .map(|k| SkillLevel {
                    skill: format!("s{}", (i + k * 5) % 12),
                    level: 1 + rng.below(5) as u8,
                })
                .collect(),
            work_style: (0..5)
                .filter_map(|w| {
                    let known = rng.below(10) > 0;
                    let score = 1 + rng.below(5) as u8;
                    known.then(|| StyleScore {
                        dimension: format!("w{w}"),
                        score,
                    })
                })
                .collect(),
            flight_risk: [FlightRisk::Low, FlightRisk::Medium, FlightRisk::High][rng.below(3)],
            annual_cost: (rng.below(8) > 0).then(|| 60_000 + 1_000 * rng.below(60) as u32),
            notes: String::new(),
            open_role: false,
        })
        .collect();
    let structure: Vec<UnitSlot> = units
        .iter()
        .enumerate()
        .map(|(i, u)| UnitSlot {
            unit: u.id.clone(),
            parent: (u.kind == UnitKind::Team).then(|| {
                units[if i <= teams_per_org {
                    0
                } else {
                    1 + teams_per_org
                }]
                .id
                .clone()
            }),
        })
        .collect();
    // Two CIOs, then team leads, then everyone else under a lead or a recent colleague.
    let mut placements: Vec<Placement> = Vec::with_capacity(people);
    let orgs = [0, 1 + teams_per_org];
    for (k, &o) in orgs.iter().enumerate() {
        units[o].leader = Some(roster[k].id.clone());
        placements.push(Placement {
            person: roster[k].id.clone(),
            unit: units[o].id.clone(),
            manager: None,
            dotted: Vec::new(),
        });
    }
    let team_units: Vec<usize> = (0..units.len())
        .filter(|u| units[*u].kind == UnitKind::Team)
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    for (i, person) in roster.iter().enumerate().skip(2) {
        let u = team_units[i % team_units.len()];
        let org_leader = if u <= teams_per_org { 0 } else { 1 };
        let manager = if members[u].is_empty() {
            units[u].leader = Some(person.id.clone());
            roster[org_leader].id.clone()
        } else {
            let pick = members[u].len() - 1 - rng.below(members[u].len().min(8));
            roster[members[u][pick]].id.clone()
        };
        members[u].push(i);
        placements.push(Placement {
            person: person.id.clone(),
            unit: units[u].id.clone(),
            manager: Some(manager),
            dotted: Vec::new(),
        });
    }
    Design {
        format_version: FORMAT_VERSION,
        title: format!("Generated design, {people} people"),
        notes: String::new(),
        skills,
        work_styles,
        people: roster.into(),
        units,
        sponsors: Vec::new(),
        scenarios: vec![Scenario {
            id: "generated".into(),
            name: "Generated".into(),
            notes: String::new(),
            structure,
            sponsors: Vec::new(),
            placements,
            pinned: Vec::new(),
            risk_overrides: Vec::new(),
            trainings: Vec::new(),
        }],
        settings: Settings::default(),
        import: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::validate;

    #[test]
    fn generated_designs_validate() {
        for (n, teams, seed) in [(2, 1, 1), (50, 3, 2), (1_000, 8, 3)] {
            let d = generated_design(n, teams, seed);
            assert_eq!(d.people.len(), n);
            assert_eq!(validate(&d), Vec::new());
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(generated_design(200, 4, 9), generated_design(200, 4, 9));
    }
}
