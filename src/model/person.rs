use serde::{Deserialize, Serialize};

/// How likely someone is to leave, as recorded; combined with sole-holder status it flags
/// key-person risk. `Unknown` is "not assessed", never treated as low.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum FlightRisk {
    #[default]
    Unknown,
    Low,
    Medium,
    High,
}

impl FlightRisk {
    pub fn label(self) -> &'static str {
        match self {
            FlightRisk::Unknown => "not recorded",
            FlightRisk::Low => "low",
            FlightRisk::Medium => "medium",
            FlightRisk::High => "high",
        }
    }
}

/// A skill someone holds, 1 (aware) to 5 (expert).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillLevel {
    pub skill: String,
    pub level: u8,
}

/// A known work-style score; a dimension without a score is unknown, never zero.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleScore {
    pub dimension: String,
    pub score: u8,
}

/// Someone on the roster. Attributes are shared by every scenario; where they sit is not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub title: String,
    pub skills: Vec<SkillLevel>,
    pub work_style: Vec<StyleScore>,
    pub flight_risk: FlightRisk,
    /// Fully loaded annual cost in the design's currency, when known.
    pub annual_cost: Option<u32>,
    pub notes: String,
    /// A vacancy: a seat with a title and a budgeted cost (`annual_cost`) but nobody in it.
    /// It sits on the chart and can be moved like a person, is counted apart from
    /// head-count, and is filled by a person in one edit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open_role: bool,
}

impl Person {
    /// The person's level in a skill, if they hold it.
    pub fn level_of(&self, skill: &str) -> Option<u8> {
        self.skills
            .iter()
            .find(|s| s.skill == skill)
            .map(|s| s.level)
    }

    /// The person's score on a dimension, or `None` when unknown.
    pub fn score_of(&self, dimension: &str) -> Option<u8> {
        self.work_style
            .iter()
            .find(|s| s.dimension == dimension)
            .map(|s| s.score)
    }
}
