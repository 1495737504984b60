use serde::{Deserialize, Serialize};

/// An organisation (under a CIO) or a team inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnitKind {
    Organisation,
    Team,
}

/// Which way of working a unit follows; colours the chart and sets the default fit rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    Legacy,
    Interaction,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Legacy => "Legacy",
            Mode::Interaction => "Interaction",
        }
    }
}

/// A skill a unit needs: at least `min_holders` people at `min_level` or above.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredSkill {
    pub skill: String,
    pub min_level: u8,
    pub min_holders: u32,
}

/// The work-style range a unit prefers on one dimension (inclusive, 1–5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleRange {
    pub dimension: String,
    pub min: f32,
    pub max: f32,
}

/// What a unit needs from its people; the basis of fit and coverage findings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub required_skills: Vec<RequiredSkill>,
    pub work_style: Vec<StyleRange>,
}

/// An organisation or team. Units form a tree through `parent`; the tree is the same in every
/// scenario, while who sits in each unit is per scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub kind: UnitKind,
    pub mode: Mode,
    pub parent: Option<String>,
    pub leader: Option<String>,
    /// Where an organisation reports outside IT, e.g. "Marketing & Customer Service".
    pub reports_into: String,
    pub profile: Profile,
}
