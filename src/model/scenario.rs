use serde::{Deserialize, Serialize};

/// Where one person sits in a scenario: their unit and, optionally, their manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    pub person: String,
    pub unit: String,
    pub manager: Option<String>,
}

/// A chart position the user pinned for a person card (canvas coordinates).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub person: String,
    pub x: f32,
    pub y: f32,
}

/// One option for the split: the placements of everyone, plus pinned chart positions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub placements: Vec<Placement>,
    pub pinned: Vec<Pin>,
}

impl Scenario {
    /// Where a person sits, or `None` when they are unplaced in this scenario.
    pub fn placement_of(&self, person: &str) -> Option<&Placement> {
        self.placements.iter().find(|p| p.person == person)
    }
}
