//! What every rule reads: the scenario's shared index plus each person's catalogued skills,
//! built once per analysis so every rule runs in linear time.

use std::ops::Deref;

use crate::model::{Design, ScenarioIndex};

pub(super) struct Context<'a> {
    pub ix: ScenarioIndex<'a>,
    /// (skill index, level) for every catalogued skill held, person after person; person
    /// `p`'s are `held[start[p]..start[p + 1]]` (one allocation instead of one per person).
    held: Vec<(usize, u8)>,
    start: Vec<usize>,
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
        Some(Self { ix, held, start })
    }

    /// (skill index, level) for every catalogued skill person `p` holds.
    pub fn skills(&self, p: usize) -> &[(usize, u8)] {
        &self.held[self.start[p]..self.start[p + 1]]
    }

    pub fn skill_name(&self, s: usize) -> &str {
        &self.design.skills[s].name
    }
}
