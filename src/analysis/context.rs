//! What every rule reads: the scenario's shared index plus each person's catalogued skills,
//! built once per analysis so every rule runs in linear time.

use std::ops::Deref;

use crate::model::{Design, ScenarioIndex};

pub(super) struct Context<'a> {
    pub ix: ScenarioIndex<'a>,
    /// Per person: (skill index, level) for every catalogued skill they hold.
    pub skills: Vec<Vec<(usize, u8)>>,
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
        let skills = design
            .people
            .iter()
            .map(|p| {
                p.skills
                    .iter()
                    .filter_map(|s| ix.skill_ix.get(s.skill.as_str()).map(|&k| (k, s.level)))
                    .collect()
            })
            .collect();
        Some(Self { ix, skills })
    }

    pub fn skill_name(&self, s: usize) -> &str {
        &self.design.skills[s].name
    }
}
