use serde::{Deserialize, Serialize};

use super::{ImportRecipe, Person, Scenario, Shared, Skill, Sponsor, Unit, WorkStyleDimension};

/// The file format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 2;

/// Analysis thresholds, stored in the design so every reader of a file sees the same findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Skill fit (0–1) under which a person is flagged as a skill mismatch.
    pub skill_fit_min: f32,
    /// How far (in points) a score may lie outside a unit's preferred range before it is flagged.
    pub style_tolerance: f32,
    /// More direct reports than this is a span-of-control warning.
    pub span_max: u32,
    /// A reporting chain deeper than this below the CIO is flagged.
    pub layers_max: u32,
    /// Work style is a soft signal: differences are information unless the room chooses to
    /// treat them as warnings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub style_as_warning: bool,
    /// Chance of leaving within 12 months by recorded flight risk, for the knowledge risk.
    #[serde(default, skip_serializing_if = "LeaveChance::is_default")]
    pub leave_chance: LeaveChance,
    /// What the design asks to keep out of sight: on a projector and in exports.
    #[serde(default, skip_serializing_if = "Privacy::is_off")]
    pub privacy: Privacy,
}

/// Privacy mode, remembered with the design so a sensitive file opens with it on.
///
/// `hide_sensitive` keeps annual cost, flight risk (and its reasons) and work-style scores
/// off every card, tooltip, panel, finding and export; the findings are still found, only
/// their wording leaves the values out. `pseudonymise` also replaces names in exports and
/// in presentation mode with "Person 17 — Mainframe & Core Systems" (the number follows
/// the roster, so it is stable within a design; the team is where the person sits in the
/// first option, so a reader can follow them across options).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    #[serde(default)]
    pub hide_sensitive: bool,
    #[serde(default)]
    pub pseudonymise: bool,
}

impl Privacy {
    fn is_off(&self) -> bool {
        *self == Self::default()
    }

    /// Hides what either hides: an export asks for more privacy than its design, never less.
    pub fn and(self, other: Self) -> Self {
        Self {
            hide_sensitive: self.hide_sensitive || other.hide_sensitive,
            pseudonymise: self.pseudonymise || other.pseudonymise,
        }
    }
}

/// Chance (0 to 1) that someone leaves within 12 months, by recorded flight risk: what the
/// knowledge risk multiplies to get the chance of losing every holder of a skill. Editable
/// per design, since the room may know its own attrition better.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaveChance {
    pub low: f32,
    pub medium: f32,
    pub high: f32,
    /// For people whose flight risk is not recorded.
    pub unknown: f32,
}

impl Default for LeaveChance {
    fn default() -> Self {
        Self {
            low: 0.05,
            medium: 0.15,
            high: 0.40,
            unknown: 0.20,
        }
    }
}

impl LeaveChance {
    pub fn of(&self, risk: super::FlightRisk) -> f64 {
        f64::from(match risk {
            super::FlightRisk::Low => self.low,
            super::FlightRisk::Medium => self.medium,
            super::FlightRisk::High => self.high,
            super::FlightRisk::Unknown => self.unknown,
        })
    }

    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            skill_fit_min: 0.4,
            style_tolerance: 1.5,
            span_max: 10,
            layers_max: 6,
            style_as_warning: false,
            leave_chance: LeaveChance::default(),
            privacy: Privacy::default(),
        }
    }
}

/// One Orgsplit file: the roster, the catalogue, the units and every scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub format_version: u32,
    pub title: String,
    pub notes: String,
    pub skills: Vec<Skill>,
    pub work_styles: Vec<WorkStyleDimension>,
    /// Shared between copies of the design until one changes it ([`Shared`]).
    pub people: Shared<Vec<Person>>,
    pub units: Vec<Unit>,
    pub sponsors: Vec<Sponsor>,
    pub scenarios: Vec<Scenario>,
    pub settings: Settings,
    /// The column mapping and team choices of the import this design came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportRecipe>,
}

impl Design {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    /// The organisation a unit belongs to in scenario `scenario`: parents are followed
    /// through that option's structure, iteratively, stopping on a cycle, so it is safe on
    /// unvalidated data.
    pub fn organisation_of<'a>(&'a self, scenario: usize, unit_id: &str) -> Option<&'a Unit> {
        let scen = self.scenarios.get(scenario)?;
        let mut current = self.unit(unit_id)?;
        for _ in 0..=self.units.len() {
            match scen
                .slot_of(&current.id)?
                .parent
                .as_deref()
                .and_then(|p| self.unit(p))
            {
                Some(parent) => current = parent,
                None => return Some(current),
            }
        }
        None
    }

    /// The person leading `unit` in scenario `scenario`: its leader, if they sit in it there.
    /// (Analysis and layout keep indexed versions of this for speed.)
    pub fn acting_leader(&self, scenario: usize, unit: &str) -> Option<&str> {
        let leader = self.unit(unit)?.leader.as_deref()?;
        let seat = self.scenarios.get(scenario)?.placement_of(leader)?;
        (seat.unit == unit).then_some(leader)
    }

    /// Display name of a person id, or the id itself when it is unknown.
    pub fn person_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.person(id).map_or(id, |p| p.name.as_str())
    }
}
