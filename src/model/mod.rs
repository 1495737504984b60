//! The design document: plain data and queries, with no knowledge of the UI.
//!
//! A design is stored as flat lists with string ids (never nested trees), so files stay
//! readable, diffable and safe to parse.
//!
//! # Glossary
//! Identifiers use the file format's words; what users read may say otherwise.
//! - **Design**: one file: the roster, the units, the sponsors and the scenarios.
//! - **Scenario**: one way of organising the people, shown to users as an *option*
//!   ("Option A — dual CIO"). The first scenario is the **baseline** the others are compared
//!   with.
//! - **Unit**: an **organisation** (Legacy IT under a CIOL, Customer Interaction IT under a
//!   CIOI, or IT as imported) or a **team** inside one. Each scenario has its own
//!   **structure**: which units it uses and what sits in what.
//! - **Placement** (a [`Seat`] once indexed): where a person sits in one scenario, their unit
//!   and manager, and any dotted lines.
//! - **Open role**: a vacancy on the roster. It has a seat but holds no skills and is never
//!   counted as a person.
//! - **Sponsor**: an executive outside IT whom an organisation reports into.
//! - **Mode**: whether a unit's work is Legacy, Interaction or mixed (decide later).
//! - **Finding**: something the analysis flags (a skill gap, a key person, a wide span),
//!   worked out from the design, never stored in it.

mod calendar;
mod design;
pub mod generate;
mod import_recipe;
mod index;
mod person;
mod scenario;
mod shared;
mod skill;
mod unit;
mod work_style;

pub mod privacy;
pub use calendar::{civil_date, today};
pub use design::{Design, FORMAT_VERSION, LeaveChance, Privacy, Settings};
pub use import_recipe::{ColumnChoice, ImportField, ImportRecipe, ManagerRef, TeamChoice};
pub use index::{ScenarioIndex, Seat};
pub use person::{FlightRisk, Person, SkillLevel, StyleScore};
pub use scenario::{Pin, Placement, RiskOverride, Scenario, Sponsorship, Training, UnitSlot};
pub use shared::Shared;
pub use skill::{Skill, SkillArea};
pub use unit::{Mode, Profile, RequiredSkill, Sponsor, StyleRange, Unit, UnitKind, WorkKind};
pub use work_style::WorkStyleDimension;

/// Lowest skill level or work-style score (1 = aware / strongly left pole).
pub const MIN_LEVEL: u8 = 1;
/// Highest skill level or work-style score (5 = expert / strongly right pole).
pub const MAX_LEVEL: u8 = 5;

/// "1 row", "3 rows": a count with its noun in the right number, for sentences users read.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
