//! Reading older formats: one pure function per version step, so files written by any earlier
//! Orgsplit open in later ones.
//!
//! To change the format: bump [`FORMAT_VERSION`], keep the old structs in a module here (as
//! [`v1`] is kept), add `fn vN_to_vM(vN::Design) -> Design` (pure, unit-tested), route the old
//! version through it in [`read_version`], and keep a fixture of every old version under
//! `tests/fixtures/` that is never edited. Typed structs are used rather than `ron::Value`,
//! which loses enum variant names.
//!
//! A migrated design is only in memory: the file it came from is rewritten (in the new
//! format) only when the user saves.

use super::error::LoadErrorKind;
use super::explain::explain;
use super::format::from_ron;
use crate::model::{Design, FORMAT_VERSION, Sponsor, Sponsorship, UnitSlot};

/// Format 1: units nested through a `parent` shared by every scenario, and "reports into"
/// as free text on an organisation.
pub mod v1 {
    use serde::Deserialize;

    use crate::model::{
        Mode, Person, Pin, Placement, Profile, Settings, Skill, UnitKind, WorkStyleDimension,
    };

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Unit {
        pub id: String,
        pub name: String,
        pub kind: UnitKind,
        pub mode: Mode,
        pub parent: Option<String>,
        pub leader: Option<String>,
        pub reports_into: String,
        pub profile: Profile,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Scenario {
        pub id: String,
        pub name: String,
        pub placements: Vec<Placement>,
        pub pinned: Vec<Pin>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Design {
        pub format_version: u32,
        pub title: String,
        pub notes: String,
        pub skills: Vec<Skill>,
        pub work_styles: Vec<WorkStyleDimension>,
        pub people: Vec<Person>,
        pub units: Vec<Unit>,
        pub scenarios: Vec<Scenario>,
        pub settings: Settings,
    }
}

/// Reads `text`, declared as format `version`, as a current design.
pub fn read_version(version: u32, text: &str) -> Result<Design, LoadErrorKind> {
    match version {
        0 => Err(LoadErrorKind::NoVersion),
        1 => from_ron::<v1::Design>(text)
            .map(v1_to_v2)
            .map_err(|e| explain(text, &e)),
        FORMAT_VERSION => from_ron::<Design>(text).map_err(|e| explain(text, &e)),
        v => Err(LoadErrorKind::NewerVersion(v)),
    }
}

/// "Marketing & Customer Service" → ["Marketing", "Customer Service"].
fn sponsor_names(text: &str) -> Vec<String> {
    text.split(['&', ',', '/', '+'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-').to_owned();
    if s.is_empty() { "sponsor".into() } else { s }
}

/// Format 1 → 2: every scenario gets the one unit tree of format 1 as its own structure, and
/// each organisation's "reports into" text becomes sponsors (split at `&`, `,` and "and")
/// that it reports into in every scenario.
pub fn v1_to_v2(old: v1::Design) -> Design {
    let mut sponsors: Vec<Sponsor> = Vec::new();
    let mut sponsorships: Vec<Sponsorship> = Vec::new();
    for unit in &old.units {
        for name in sponsor_names(&unit.reports_into) {
            let id = match sponsors.iter().find(|s| s.name == name) {
                Some(existing) => existing.id.clone(),
                None => {
                    let mut id = slug(&name);
                    while sponsors.iter().any(|s| s.id == id) {
                        id.push('2');
                    }
                    sponsors.push(Sponsor {
                        id: id.clone(),
                        name,
                        executive: String::new(),
                    });
                    id
                }
            };
            sponsorships.push(Sponsorship {
                organisation: unit.id.clone(),
                sponsor: id,
            });
        }
    }
    let structure: Vec<UnitSlot> = old
        .units
        .iter()
        .map(|u| UnitSlot {
            unit: u.id.clone(),
            parent: u.parent.clone(),
        })
        .collect();
    Design {
        format_version: FORMAT_VERSION,
        title: old.title,
        notes: old.notes,
        skills: old.skills,
        work_styles: old.work_styles,
        people: old.people.into(),
        units: old
            .units
            .into_iter()
            .map(|u| crate::model::Unit {
                id: u.id,
                name: u.name,
                kind: u.kind,
                mode: u.mode,
                leader: u.leader,
                profile: u.profile,
            })
            .collect(),
        sponsors,
        scenarios: old
            .scenarios
            .into_iter()
            .map(|s| crate::model::Scenario {
                id: s.id,
                name: s.name,
                notes: String::new(),
                structure: structure.clone(),
                sponsors: sponsorships.clone(),
                placements: s.placements,
                pinned: s.pinned,
                risk_overrides: Vec::new(),
                trainings: Vec::new(),
            })
            .collect(),
        settings: old.settings,
        import: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1_SAMPLE: &str = include_str!("../../tests/fixtures/format-v1/sample.ron");

    #[test]
    fn version_1_migrates_with_the_same_people_units_and_placements() {
        let old: v1::Design = from_ron(V1_SAMPLE).expect("the v1 fixture parses");
        let (people, units) = (old.people.clone(), old.units.len());
        let placements: Vec<_> = old.scenarios.iter().map(|s| s.placements.clone()).collect();
        let parents: Vec<_> = old
            .units
            .iter()
            .map(|u| (u.id.clone(), u.parent.clone()))
            .collect();
        let d = read_version(1, V1_SAMPLE).expect("migrates");
        assert_eq!(d.format_version, FORMAT_VERSION);
        assert_eq!(*d.people, people);
        assert_eq!(d.units.len(), units);
        for (s, old_placements) in d.scenarios.iter().zip(&placements) {
            assert_eq!(&s.placements, old_placements);
            let now: Vec<_> = s
                .structure
                .iter()
                .map(|slot| (slot.unit.clone(), slot.parent.clone()))
                .collect();
            assert_eq!(now, parents);
        }
    }

    #[test]
    fn reports_into_text_becomes_sponsors() {
        assert_eq!(
            sponsor_names("Marketing & Customer Service"),
            ["Marketing", "Customer Service"]
        );
        assert_eq!(
            sponsor_names("Sales, Marketing and Service"),
            ["Sales", "Marketing", "Service"]
        );
        assert!(sponsor_names("  ").is_empty());
        let d = read_version(1, V1_SAMPLE).expect("migrates");
        let names: Vec<&str> = d.sponsors.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Marketing", "Customer Service"]);
        for s in &d.scenarios {
            assert_eq!(s.sponsors.len(), 2);
            assert!(s.sponsors.iter().all(|x| x.organisation == "interaction"));
        }
    }

    #[test]
    fn missing_and_future_versions_are_refused_with_their_reason() {
        assert_eq!(read_version(0, V1_SAMPLE), Err(LoadErrorKind::NoVersion));
        assert_eq!(
            read_version(9, V1_SAMPLE),
            Err(LoadErrorKind::NewerVersion(9))
        );
    }
}
