//! HR's teams as the design's units during a staff update: the team of the same name, a
//! person's own organisation, or a team the design lacks added to the baseline under their
//! manager's organisation.

use std::collections::{HashMap, HashSet};

use super::names::Names;
use super::seats::Seats;
use crate::import::Imported;
use crate::model::{Design, Mode, Placement, Profile, Unit, UnitKind, UnitSlot};

/// HR's teams as the design's units, made once per name.
pub(super) struct Units {
    /// Unit ids by name in lower case.
    by_name: HashMap<String, String>,
    /// HR's team modes, by name in lower case.
    hr_modes: HashMap<String, Mode>,
    /// HR unit id → name.
    pub(super) hr_names: HashMap<String, String>,
    /// The units the baseline's structure has.
    in_baseline: HashSet<String>,
}

impl Units {
    pub(super) fn new(design: &Design, hr: &Imported) -> Self {
        Self {
            by_name: design
                .units
                .iter()
                .map(|u| (u.name.to_lowercase(), u.id.clone()))
                .collect(),
            hr_modes: hr
                .report
                .teams
                .iter()
                .map(|t| (t.name.to_lowercase(), t.mode))
                .collect(),
            hr_names: hr
                .design
                .units
                .iter()
                .filter(|u| u.kind == UnitKind::Team)
                .map(|u| (u.id.clone(), u.name.clone()))
                .collect(),
            in_baseline: design.scenarios[0]
                .structure
                .iter()
                .map(|s| s.unit.clone())
                .collect(),
        }
    }

    /// The design's unit for HR's seat, given the unit the person has in the baseline now
    /// (`current`): the team of that name (their own when it has that name); for someone HR
    /// has in no team, their own organisation if they sit in one, else the baseline
    /// organisation above their manager; a team the design lacks is added to the baseline,
    /// and its name returned beside the unit's id.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn unit_for(
        &mut self,
        design: &mut Design,
        seats: &Seats,
        names: &mut Names,
        hr_seat: Option<&Placement>,
        manager: Option<&str>,
        current: Option<&str>,
    ) -> (String, Option<String>) {
        let current = current.and_then(|id| names.units.get(id).map(|u| (id, u)));
        let organisation = |design: &Design| -> String {
            manager
                .and_then(|m| seats.get(design, 0, m))
                .and_then(|p| design.organisation_of(0, &p.unit))
                .map(|o| o.id.clone())
                .or_else(|| {
                    design.scenarios[0]
                        .structure
                        .iter()
                        .find(|s| s.parent.is_none())
                        .map(|s| s.unit.clone())
                })
                .unwrap_or_default()
        };
        let Some(team) = hr_seat.and_then(|s| self.hr_names.get(&s.unit)) else {
            return match current {
                Some((id, (_, UnitKind::Organisation))) => (id.to_owned(), None),
                _ => (organisation(design), None),
            };
        };
        if let Some((id, (name, _))) = current
            && name.eq_ignore_ascii_case(team)
        {
            return (id.to_owned(), None);
        }
        let key = team.to_lowercase();
        if let Some(id) = self.by_name.get(&key) {
            if !self.in_baseline.contains(id) {
                let parent = organisation(design);
                design.scenarios[0].structure.push(UnitSlot {
                    unit: id.clone(),
                    parent: Some(parent),
                });
                self.in_baseline.insert(id.clone());
            }
            return (id.clone(), None);
        }
        let parent = organisation(design);
        let mode = self.hr_modes.get(&key).copied().unwrap_or(Mode::Mixed);
        let mut id = format!("team-{}", slug(team));
        while names.units.contains_key(&id) {
            id.push_str("-2");
        }
        design.units.push(Unit {
            id: id.clone(),
            name: team.clone(),
            kind: UnitKind::Team,
            mode,
            leader: None,
            profile: Profile::default(),
        });
        design.scenarios[0].structure.push(UnitSlot {
            unit: id.clone(),
            parent: Some(parent),
        });
        names
            .units
            .insert(id.clone(), (team.clone(), UnitKind::Team));
        self.in_baseline.insert(id.clone());
        self.by_name.insert(key, id.clone());
        (id, Some(team.clone()))
    }
}

/// "Customer Analytics" → "customer-analytics".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}
