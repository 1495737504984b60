use serde::{Deserialize, Serialize};

use super::{FlightRisk, Person};

/// Where one person sits in a scenario: their unit and, optionally, their manager, plus any
/// dotted (secondary) reporting lines, which are not counted in spans of control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    pub person: String,
    pub unit: String,
    pub manager: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dotted: Vec<String>,
}

/// A unit present in an option, and the unit it sits in (`None` for an organisation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitSlot {
    pub unit: String,
    pub parent: Option<String>,
}

/// An organisation that reports into a sponsor (outside IT) in an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sponsorship {
    pub organisation: String,
    pub sponsor: String,
}

/// A chart position the user pinned for a person card (canvas coordinates).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub person: String,
    pub x: f32,
    pub y: f32,
}

/// A person's flight risk as one option expects it, and why: the room's claim that a
/// structure changes who would leave ("asked twice to return to Mainframe"). Findings and
/// knowledge risk in that option use it instead of the recorded flight risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskOverride {
    pub person: String,
    pub flight_risk: FlightRisk,
    pub reason: String,
}

impl RiskOverride {
    /// " (asked twice to return to Mainframe)", or nothing without a reason.
    pub fn bracketed_reason(&self) -> String {
        match self.reason.trim() {
            "" => String::new(),
            reason => format!(" ({reason})"),
        }
    }
}

/// Training planned in an option: `learner` is to reach `level` in `skill` by `by` (free
/// text, e.g. "2027-06"), taught by `mentor` when one is named. It counts as coverage only
/// once it completes, so analysis reports it apart from the holders of today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub learner: String,
    pub skill: String,
    pub level: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
}

/// One option for the split: its organisations and teams and how they nest, the sponsors
/// its organisations report into, the placements of everyone, and pinned chart positions.
/// The first scenario of a design is the baseline the others are compared with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub notes: String,
    pub structure: Vec<UnitSlot>,
    pub sponsors: Vec<Sponsorship>,
    pub placements: Vec<Placement>,
    pub pinned: Vec<Pin>,
    /// Flight risks this option expects to differ from the recorded ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risk_overrides: Vec<RiskOverride>,
    /// Cross-training planned in this option.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainings: Vec<Training>,
}

impl Scenario {
    /// Where a unit sits in this option, or `None` when the option does not have it.
    pub fn slot_of(&self, unit: &str) -> Option<&UnitSlot> {
        self.structure.iter().find(|s| s.unit == unit)
    }

    /// The flight risk this option expects of `person`: its override, else the recorded one.
    pub fn flight_risk_of(&self, person: &Person) -> FlightRisk {
        self.risk_override(&person.id)
            .map_or(person.flight_risk, |o| o.flight_risk)
    }

    /// "recorded flight risk: high", or "flight risk in this option: high (reason)": how
    /// screens and reports state it, always saying where it comes from.
    pub fn flight_risk_words(&self, person: &Person) -> String {
        match self.risk_override(&person.id) {
            None => format!("recorded flight risk: {}", person.flight_risk.label()),
            Some(o) => format!(
                "flight risk in this option: {}{}",
                o.flight_risk.label(),
                o.bracketed_reason()
            ),
        }
    }

    /// This option's override of a person's flight risk, if it has one.
    pub fn risk_override(&self, person: &str) -> Option<&RiskOverride> {
        self.risk_overrides.iter().find(|o| o.person == person)
    }

    /// Where a person sits, or `None` when they are unplaced in this scenario.
    pub fn placement_of(&self, person: &str) -> Option<&Placement> {
        self.placements.iter().find(|p| p.person == person)
    }
}
