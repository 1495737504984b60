//! How a design's organisation was imported, kept in the design so next month's export of
//! the same HR system imports in one click: which column fills which field (by header, so a
//! reordered export still matches) and which organisation each team was given.

use serde::{Deserialize, Serialize};

use super::Mode;

/// A field an HR export can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImportField {
    Id,
    Name,
    Title,
    Manager,
    Team,
    /// A column saying which organisation a row belongs to ("Legacy", "Digital", …).
    Organisation,
    Cost,
    PayMin,
    PayMax,
    Notes,
}

/// How an export's manager column refers to managers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ManagerRef {
    Ids,
    Names,
}

/// One field and the header of the column that filled it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnChoice {
    pub field: ImportField,
    pub header: String,
}

/// A team of the export and the organisation chosen for it (`Mixed`: decide later).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamChoice {
    pub team: String,
    pub mode: Mode,
}

/// The choices of the last import.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecipe {
    pub columns: Vec<ColumnChoice>,
    pub manager_ref: Option<ManagerRef>,
    #[serde(default)]
    pub teams: Vec<TeamChoice>,
}
