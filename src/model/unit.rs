use serde::{Deserialize, Serialize};

/// An organisation (under a CIO) or a team inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnitKind {
    Organisation,
    Team,
}

/// Which way of working a unit follows; colours the chart and sets the default fit rules.
/// `Mixed` is for an organisation holding teams of both kinds, such as a single CIO's IT
/// organisation today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    Legacy,
    Interaction,
    Mixed,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Legacy => "Legacy",
            Mode::Interaction => "Interaction",
            Mode::Mixed => "Legacy and Interaction",
        }
    }

    /// How much a skill of `area` serves a unit of this mode: its own area (both, when
    /// mixed) fully, Shared by half, the other area not at all.
    pub fn serves(self, area: super::SkillArea) -> f32 {
        use super::SkillArea;
        match (self, area) {
            (_, SkillArea::Shared) => 0.5,
            (Mode::Mixed, _)
            | (Mode::Legacy, SkillArea::Legacy)
            | (Mode::Interaction, SkillArea::Interaction) => 1.0,
            _ => 0.0,
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

/// An organisation or team. Which units an option has, and how they nest, belongs to the
/// option (its `structure`); what a unit is — its mode, leader and profile — is shared, so
/// the same team can sit under the single CIO today and under the CIOI in an option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub kind: UnitKind,
    pub mode: Mode,
    pub leader: Option<String>,
    pub profile: Profile,
}

/// A business unit outside IT that an organisation reports into in some options (Marketing,
/// Customer Service), with its executive. Drawn above the organisation; not part of IT's
/// head-count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sponsor {
    pub id: String,
    pub name: String,
    /// Who leads it, e.g. "Chief Marketing Officer"; free text, as they are not on IT's roster.
    pub executive: String,
}
