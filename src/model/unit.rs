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

/// The kind of work a unit does, which sets how many direct reports a manager in it can
/// lead well: a service desk runs wider than a team of architects (after McKinsey's span
/// archetypes: coordinators 15+, coaches of delivery teams about 10, player/coaches of
/// specialists 5–7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WorkKind {
    /// Service desk, operations: standardised work, wide spans.
    Service,
    /// Delivery teams: development, projects.
    Delivery,
    /// Specialists and architects: the manager also does the work.
    Specialist,
}

impl WorkKind {
    pub const ALL: [WorkKind; 3] = [WorkKind::Service, WorkKind::Delivery, WorkKind::Specialist];

    /// Direct reports a manager of this kind of work can lead well.
    pub fn span_limit(self) -> u32 {
        match self {
            WorkKind::Service => 15,
            WorkKind::Delivery => 10,
            WorkKind::Specialist => 7,
        }
    }

    /// "service team", as in "the limit for a service team is 15".
    pub fn label(self) -> &'static str {
        match self {
            WorkKind::Service => "service team",
            WorkKind::Delivery => "delivery team",
            WorkKind::Specialist => "team of specialists",
        }
    }

    /// How a menu offers it.
    pub fn choice(self) -> &'static str {
        match self {
            WorkKind::Service => "Service desk / operations (15)",
            WorkKind::Delivery => "Delivery team (10)",
            WorkKind::Specialist => "Specialists / architects (7)",
        }
    }
}

/// What a unit needs from its people; the basis of fit and coverage findings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub required_skills: Vec<RequiredSkill>,
    pub work_style: Vec<StyleRange>,
    /// The kind of work, which sets the span limit of its managers; without it the design's
    /// `span_max` applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkKind>,
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
