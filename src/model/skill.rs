use serde::{Deserialize, Serialize};

/// Which kind of IT a skill belongs to; drives skill fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SkillArea {
    Legacy,
    Interaction,
    Shared,
}

impl SkillArea {
    /// Human wording used in panels and messages.
    pub fn label(self) -> &'static str {
        match self {
            SkillArea::Legacy => "Legacy",
            SkillArea::Interaction => "Interaction",
            SkillArea::Shared => "Shared",
        }
    }
}

/// One entry of the design's skill catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub area: SkillArea,
    /// Losing every holder of a critical skill is an error, not a warning.
    pub critical: bool,
}
