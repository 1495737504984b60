//! Knowledge risk per organisation: for each critical skill and each level the
//! organisation needs it at, who holds it, how many of them can leave before nobody does
//! (the bus factor) and the chance of losing every one of them within a year; the
//! organisation's truck factor; and whose departure would do the most damage.
//!
//! Everything here is read from the option's [`Facts`] (the levels needed, the holders,
//! the chance of loss), so the Knowledge tab, `orgsplit risks`, the compare view and the
//! findings state the same holders at the same levels.

use serde::Serialize;

use super::facts::Need;
use super::{Analysis, Facts, analyse};
use crate::model::Design;

/// One critical skill at one level in one organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillRisk {
    /// Index into the design's skills.
    pub skill: usize,
    /// The level it is needed at.
    pub level: u8,
    /// People holding it at that level, in roster order (never open roles).
    pub holders: Vec<usize>,
    /// How many departures leave nobody holding it: the number of holders.
    pub bus_factor: usize,
    /// Chance that every holder leaves within 12 months (1 when there is no holder).
    pub loss_chance: f64,
    /// People of the organisation in planned training to reach the level, who do not hold
    /// it yet: covered when their training completes, so counted apart from `holders`.
    pub planned: Vec<usize>,
    /// People of the option's other organisations holding it at the level, with their
    /// level, strongest first.
    pub elsewhere: Vec<(usize, u8)>,
}

impl SkillRisk {
    fn of(need: &Need) -> Self {
        Self {
            skill: need.skill,
            level: need.level,
            holders: need.holders.clone(),
            bus_factor: need.bus_factor(),
            loss_chance: need.loss_chance,
            planned: need.learners.clone(),
            elsewhere: need.elsewhere.clone(),
        }
    }
}

/// What one person's departure would do to an organisation's critical skills, as (skill
/// index, level) pairs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Departure {
    pub person: usize,
    /// Skills at levels nobody would hold any more.
    pub uncovers: Vec<(usize, u8)>,
    /// Skills at levels only one person would hold.
    pub leaves_sole: Vec<(usize, u8)>,
}

/// Knowledge risk of one organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgKnowledge {
    /// Index into the design's units.
    pub organisation: usize,
    /// Every critical skill at every level needed, skill then level order.
    pub skills: Vec<SkillRisk>,
    /// The fewest people whose departure leaves at least half of the critical skills held
    /// today with nobody (see [`truck_factor`]); `None` without critical skills held.
    pub truck_factor: Option<Vec<usize>>,
    /// Departures that uncover skills or leave sole holders, most damaging first (at most 5).
    pub most_damaging: Vec<Departure>,
    /// People placed in the organisation (open roles apart).
    pub people: usize,
    /// How many of them have skills recorded: with none, nothing here is known.
    pub recorded: usize,
}

impl OrgKnowledge {
    /// Whether nobody in the organisation has skills recorded, so its figures say nothing.
    pub fn unknown(&self) -> bool {
        self.people > 0 && self.recorded == 0
    }

    /// Critical skills held today by anyone at some level needed.
    pub fn skills_held(&self) -> usize {
        let mut held: Vec<usize> = self
            .skills
            .iter()
            .filter(|s| !s.holders.is_empty())
            .map(|s| s.skill)
            .collect();
        held.dedup();
        held.len()
    }
}

/// What to do when nobody's skills are recorded.
pub const NO_SKILLS_RECORDED: &str = "no skills are recorded for anyone here, so its knowledge \
     risk is not known: bring them in with Import skills… in the File menu (a filled skills \
     survey), then look again";

/// How many departures [`OrgKnowledge::most_damaging`] lists.
const DEPARTURES_LISTED: usize = 5;

/// Knowledge risk of every organisation of an option, in chart order.
pub fn knowledge(design: &Design, scenario: usize) -> Vec<OrgKnowledge> {
    knowledge_of(design, &analyse(design, scenario))
}

/// The same, from the option's analysis already made.
pub fn knowledge_of(design: &Design, analysis: &Analysis) -> Vec<OrgKnowledge> {
    let facts = &analysis.facts;
    facts
        .recorded
        .iter()
        .map(|&(org, people, recorded)| {
            let skills: Vec<SkillRisk> = facts
                .needs_of(org)
                .filter(|n| design.skills[n.skill].critical)
                .map(SkillRisk::of)
                .collect();
            OrgKnowledge {
                organisation: org,
                truck_factor: truck_factor(&lowest_levels(&skills)),
                most_damaging: most_damaging(design, facts, &skills),
                skills,
                people,
                recorded,
            }
        })
        .collect()
}

/// Each skill once, at the lowest level needed: whoever holds it there counts as still
/// holding the skill for the truck factor.
fn lowest_levels(skills: &[SkillRisk]) -> Vec<SkillRisk> {
    let mut out: Vec<SkillRisk> = Vec::new();
    for s in skills {
        if out.last().is_none_or(|last| last.skill != s.skill) {
            out.push(s.clone());
        }
    }
    out
}

/// The smallest group of people whose departure leaves nobody holding at least half of the
/// skills held today: every choice of that many skills is tried when there are at most
/// [`EXACT_UP_TO`] (a handful per organisation in practice); beyond that, skills are added
/// one at a time, each time the one whose holders add the fewest people.
fn truck_factor(skills: &[SkillRisk]) -> Option<Vec<usize>> {
    let held: Vec<&[usize]> = skills
        .iter()
        .filter(|s| !s.holders.is_empty())
        .map(|s| s.holders.as_slice())
        .collect();
    if held.is_empty() {
        return None;
    }
    let target = held.len().div_ceil(2);
    let union = |chosen: &[usize]| -> Vec<usize> {
        let mut people: Vec<usize> = chosen
            .iter()
            .flat_map(|&i| held[i].iter().copied())
            .collect();
        people.sort_unstable();
        people.dedup();
        people
    };
    if held.len() <= EXACT_UP_TO {
        let mut best: Option<Vec<usize>> = None;
        for mask in 0u32..(1 << held.len()) {
            if mask.count_ones() as usize != target {
                continue;
            }
            let chosen: Vec<usize> = (0..held.len()).filter(|i| mask & (1 << i) != 0).collect();
            let people = union(&chosen);
            if best.as_ref().is_none_or(|b| people.len() < b.len()) {
                best = Some(people);
            }
        }
        return best;
    }
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < target {
        let now = union(&chosen);
        let next = (0..held.len())
            .filter(|i| !chosen.contains(i))
            .min_by_key(|&i| held[i].iter().filter(|p| !now.contains(p)).count());
        let Some(next) = next else { break };
        chosen.push(next);
    }
    Some(union(&chosen))
}

/// Up to this many critical skills, the truck factor is exact.
const EXACT_UP_TO: usize = 12;

fn most_damaging(design: &Design, facts: &Facts, skills: &[SkillRisk]) -> Vec<Departure> {
    let mut by_person: std::collections::BTreeMap<usize, Departure> = Default::default();
    for s in skills {
        let bucket = match s.holders.len() {
            1 => 0,
            2 => 1,
            _ => continue,
        };
        for &p in &s.holders {
            let d = by_person.entry(p).or_insert_with(|| Departure {
                person: p,
                uncovers: Vec::new(),
                leaves_sole: Vec::new(),
            });
            if bucket == 0 {
                d.uncovers.push((s.skill, s.level));
            } else {
                d.leaves_sole.push((s.skill, s.level));
            }
        }
    }
    let odds = design.settings.leave_chance;
    let leaves = |p: usize| odds.of(facts.flight_risk[p]);
    let mut list: Vec<Departure> = by_person.into_values().collect();
    // Most skills uncovered, then left with one holder, then the likelier to leave.
    list.sort_by(|a, b| {
        (b.uncovers.len(), b.leaves_sole.len())
            .cmp(&(a.uncovers.len(), a.leaves_sole.len()))
            .then(leaves(b.person).total_cmp(&leaves(a.person)))
            .then(a.person.cmp(&b.person))
    });
    list.truncate(DEPARTURES_LISTED);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    fn sample() -> Design {
        parse_design(SAMPLE_RON).expect("sample")
    }

    fn person(d: &Design, name: &str) -> usize {
        d.people
            .iter()
            .position(|p| p.name == name)
            .expect("in the sample")
    }

    #[test]
    fn option_b_legacy_mainframe_operations_rests_on_two_high_risk_people() {
        let d = sample();
        let b = d
            .scenarios
            .iter()
            .position(|s| s.id == "option-b")
            .expect("option B");
        let k = knowledge(&d, b);
        let legacy = k
            .iter()
            .find(|o| d.units[o.organisation].name == "Legacy IT")
            .expect("Legacy IT");
        let mainframe = d
            .skills
            .iter()
            .position(|s| s.name == "Mainframe operations")
            .expect("skill");
        let risk = legacy
            .skills
            .iter()
            .find(|s| s.skill == mainframe)
            .expect("critical");
        let names: Vec<&str> = risk
            .holders
            .iter()
            .map(|&p| d.people[p].name.as_str())
            .collect();
        assert_eq!(names, ["Ana Silva", "Erik Lund"]);
        assert_eq!(risk.bus_factor, 2);
        // Both recorded high: 0.4 × 0.4.
        assert!(
            (risk.loss_chance - 0.16).abs() < 1e-6,
            "{}",
            risk.loss_chance
        );
        let first = &legacy.most_damaging[0];
        assert!(
            first.leaves_sole.contains(&(mainframe, 3)) || first.uncovers.contains(&(mainframe, 3))
        );
    }

    #[test]
    fn a_sole_holder_leaving_uncovers_the_skill_and_tops_the_list() {
        let mut d = sample();
        let ana = person(&d, "Ana Silva");
        d.people[ana].skills.retain(|s| s.skill != "mainframe_ops");
        let b = d
            .scenarios
            .iter()
            .position(|s| s.id == "option-b")
            .expect("option B");
        let k = knowledge(&d, b);
        let legacy = k
            .iter()
            .find(|o| d.units[o.organisation].name == "Legacy IT")
            .expect("Legacy IT");
        let erik = person(&d, "Erik Lund");
        assert_eq!(legacy.most_damaging[0].person, erik);
        assert!(!legacy.most_damaging[0].uncovers.is_empty());
        let truck = legacy.truck_factor.as_ref().expect("skills held");
        assert!(!truck.is_empty());
    }

    #[test]
    fn the_truck_factor_takes_away_people_until_half_the_skills_are_gone() {
        let risk = |skill: usize, holders: &[usize]| SkillRisk {
            skill,
            level: 3,
            holders: holders.to_vec(),
            bus_factor: holders.len(),
            loss_chance: 0.0,
            planned: Vec::new(),
            elsewhere: Vec::new(),
        };
        // Person 7 alone holds two of four skills: one departure uncovers half.
        let skills = [
            risk(0, &[7]),
            risk(1, &[7]),
            risk(2, &[1, 2]),
            risk(3, &[3, 4]),
        ];
        assert_eq!(truck_factor(&skills), Some(vec![7]));
        // Two skills of three must go: the two held by the same pair.
        let skills = [risk(0, &[1, 2]), risk(1, &[1, 2]), risk(2, &[3, 4, 5])];
        assert_eq!(truck_factor(&skills), Some(vec![1, 2]));
        // Someone holding many skills is not the answer when a small group uncovers half.
        let skills = [
            risk(0, &[9, 1]),
            risk(1, &[9, 2, 3, 4]),
            risk(2, &[5]),
            risk(3, &[9, 6, 7, 8]),
        ];
        assert_eq!(truck_factor(&skills), Some(vec![1, 5, 9]));
        assert_eq!(truck_factor(&[risk(0, &[])]), None);
    }
}
