use serde::{Deserialize, Serialize};

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
}

impl Scenario {
    /// Where a unit sits in this option, or `None` when the option does not have it.
    pub fn slot_of(&self, unit: &str) -> Option<&UnitSlot> {
        self.structure.iter().find(|s| s.unit == unit)
    }

    /// Where a person sits, or `None` when they are unplaced in this scenario.
    pub fn placement_of(&self, person: &str) -> Option<&Placement> {
        self.placements.iter().find(|p| p.person == person)
    }
}
