use serde::{Deserialize, Serialize};

/// A work-style (personality) dimension scored 1–5, described by its two poles so it reads as
/// a preference, never as a diagnosis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkStyleDimension {
    pub id: String,
    pub name: String,
    /// What a score of 1 means.
    pub low: String,
    /// What a score of 5 means.
    pub high: String,
}
