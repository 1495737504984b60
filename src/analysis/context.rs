//! What every rule reads: the scenario's shared index plus each person's catalogued skills,
//! built once per analysis so every rule runs in linear time.

use std::ops::Deref;

use crate::model::{Design, FlightRisk, ScenarioIndex};

pub(super) struct Context<'a> {
    pub ix: ScenarioIndex<'a>,
    /// (skill index, level) for every catalogued skill held, person after person; person
    /// `p`'s are `held[start[p]..start[p + 1]]` (one allocation instead of one per person).
    held: Vec<(usize, u8)>,
    start: Vec<usize>,
    /// Each person's flight risk in this option (its override, else the recorded one).
    risk: Vec<FlightRisk>,
    /// Planned trainings of this option that resolve: (learner, skill index, target level).
    pub planned: Vec<(usize, usize, u8)>,
}

impl<'a> Deref for Context<'a> {
    type Target = ScenarioIndex<'a>;

    fn deref(&self) -> &Self::Target {
        &self.ix
    }
}

impl<'a> Context<'a> {
    pub fn new(design: &'a Design, scenario: usize) -> Option<Self> {
        let ix = ScenarioIndex::new(design, scenario)?;
        let mut held = Vec::with_capacity(design.people.iter().map(|p| p.skills.len()).sum());
        let mut start = Vec::with_capacity(design.people.len() + 1);
        for p in &design.people {
            start.push(held.len());
            for s in &p.skills {
                if let Some(&k) = ix.skill_ix.get(s.skill.as_str()) {
                    held.push((k, s.level));
                }
            }
        }
        start.push(held.len());
        let mut risk: Vec<FlightRisk> = design.people.iter().map(|p| p.flight_risk).collect();
        for o in &ix.scenario.risk_overrides {
            if let Some(&p) = ix.person_ix.get(o.person.as_str()) {
                risk[p] = o.flight_risk;
            }
        }
        let planned = ix
            .scenario
            .trainings
            .iter()
            .filter_map(|t| {
                let p = *ix.person_ix.get(t.learner.as_str())?;
                let k = *ix.skill_ix.get(t.skill.as_str())?;
                Some((p, k, t.level))
            })
            .collect();
        Some(Self {
            ix,
            held,
            start,
            risk,
            planned,
        })
    }

    /// Whether findings must leave cost, flight risk and work-style scores unsaid.
    pub fn private(&self) -> bool {
        self.design.settings.privacy.hide_sensitive
    }

    /// Person `p`'s flight risk in this option.
    pub fn flight_risk(&self, p: usize) -> FlightRisk {
        self.risk[p]
    }

    /// "their recorded flight risk is high", or with an override "their flight risk in
    /// this option is high (asked twice to return to Mainframe)".
    /// In privacy mode: "their flight risk is hidden (privacy mode)".
    pub fn risk_words(&self, p: usize) -> String {
        let person = &self.design.people[p];
        if self.design.settings.privacy.hide_sensitive {
            return PRIVATE_RISK.to_owned();
        }
        match self.scenario.risk_override(&person.id) {
            Some(o) => format!(
                "their flight risk in this option is {}{}",
                o.flight_risk.label(),
                o.bracketed_reason()
            ),
            None => format!(
                "their recorded flight risk is {}",
                person.flight_risk.label()
            ),
        }
    }

    /// People for whom `in_scope` holds who are planned to reach at least `level` in skill
    /// `k`, roster order (whether or not they already hold it: callers count them apart
    /// from their own holders).
    pub fn learners(&self, k: usize, level: u8, in_scope: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut people: Vec<usize> = self
            .planned
            .iter()
            .filter(|&&(p, s, l)| s == k && l >= level && in_scope(p))
            .map(|&(p, _, _)| p)
            .collect();
        people.sort_unstable();
        people.dedup();
        people
    }

    /// Person `p`'s level in skill `k`, if they hold it.
    pub fn level(&self, p: usize, k: usize) -> Option<u8> {
        self.skills(p)
            .iter()
            .find(|&&(s, _)| s == k)
            .map(|&(_, l)| l)
    }

    /// (skill index, level) for every catalogued skill person `p` holds.
    pub fn skills(&self, p: usize) -> &[(usize, u8)] {
        &self.held[self.start[p]..self.start[p + 1]]
    }

    pub fn skill_name(&self, s: usize) -> &str {
        &self.design.skills[s].name
    }
}

/// How findings speak of a person's flight risk in privacy mode.
pub const PRIVATE_RISK: &str = "their flight risk is hidden (privacy mode)";
