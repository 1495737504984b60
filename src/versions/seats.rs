//! Changes to many people at once, in one pass per option: removing leavers (their reports
//! go up to the first manager who stays), and placing someone beside their manager.

use std::collections::{HashMap, HashSet};

use crate::edit::forget_all;
use crate::model::{Design, Placement};

/// Removes everyone in `gone` from the roster and every option: their reports go up to the
/// first manager above them who stays, dotted lines, pins, trainings they would learn in,
/// mentoring and flight-risk overrides go, and units they led have no leader. Linear in the
/// size of the design, however many leave.
pub fn remove_people(design: &mut Design, gone: &HashSet<String>) {
    if gone.is_empty() {
        return;
    }
    design.people.retain(|p| !gone.contains(&p.id));
    for scenario in &mut design.scenarios {
        forget_all(scenario, gone);
    }
    for unit in &mut design.units {
        if unit.leader.as_ref().is_some_and(|l| gone.contains(l)) {
            unit.leader = None;
        }
    }
}

/// Each option's placements by person, kept up to date as seats are added.
pub(super) struct Seats(Vec<HashMap<String, usize>>);

impl Seats {
    pub(super) fn of(design: &Design) -> Self {
        Self(
            design
                .scenarios
                .iter()
                .map(|s| {
                    s.placements
                        .iter()
                        .enumerate()
                        .map(|(k, p)| (p.person.clone(), k))
                        .collect()
                })
                .collect(),
        )
    }

    pub(super) fn get<'a>(
        &self,
        design: &'a Design,
        option: usize,
        person: &str,
    ) -> Option<&'a Placement> {
        let k = *self.0.get(option)?.get(person)?;
        design.scenarios.get(option)?.placements.get(k)
    }

    /// Puts `seat` in place of the person's placement in `option` (or adds it).
    pub(super) fn set(&mut self, design: &mut Design, option: usize, seat: Placement) {
        let placements = &mut design.scenarios[option].placements;
        match self.0[option].get(&seat.person) {
            Some(&k) => placements[k] = seat,
            None => {
                self.0[option].insert(seat.person.clone(), placements.len());
                placements.push(seat);
            }
        }
    }

    /// Where `person` sits beside `manager` in `option`: the manager's unit, reporting to
    /// them; `None` when the manager is not placed there.
    pub(super) fn beside(
        &self,
        design: &Design,
        option: usize,
        person: &str,
        manager: Option<&str>,
    ) -> Option<Placement> {
        let boss = self.get(design, option, manager?)?;
        Some(Placement {
            person: person.to_owned(),
            unit: boss.unit.clone(),
            manager: Some(boss.person.clone()),
            dotted: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design, validate};

    #[test]
    fn removing_a_manager_and_their_manager_hands_their_reports_to_the_next_one_up() {
        let mut design = parse_design(SAMPLE_RON).expect("sample");
        let id = |name: &str| {
            design
                .people
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.id.clone())
                .expect("in the sample")
        };
        // In the baseline Erik Lund reports to Tomasz Nowak, who reports to Margaret Holm.
        let (tomasz, margaret, erik) = (id("Tomasz Nowak"), id("Margaret Holm"), id("Erik Lund"));
        let above = |d: &Design, who: &str| {
            d.scenarios[0]
                .placement_of(who)
                .and_then(|p| p.manager.clone())
        };
        assert_eq!(above(&design, &erik), Some(tomasz.clone()));
        let gone: HashSet<String> = [tomasz.clone()].into();
        remove_people(&mut design, &gone);
        assert_eq!(above(&design, &erik), Some(margaret));
        assert!(design.person(&tomasz).is_none());
        assert!(validate(&design).is_empty(), "{:?}", validate(&design));
    }
}
