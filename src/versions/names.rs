//! Names of people and units by id, for sentences about many people at once without
//! searching the design for each.

use std::collections::HashMap;

use crate::model::{Design, Placement, UnitKind};

/// Names by id, kept up to date as people and units come and go, so every sentence of the
/// report is made without searching the design.
#[derive(Default)]
pub(super) struct Names {
    /// Person id → name.
    pub(super) people: HashMap<String, String>,
    /// Unit id → name and kind.
    pub(super) units: HashMap<String, (String, UnitKind)>,
}

impl Names {
    pub(super) fn of(design: &Design) -> Self {
        Self {
            people: design
                .people
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            units: design
                .units
                .iter()
                .map(|u| (u.id.clone(), (u.name.clone(), u.kind)))
                .collect(),
        }
    }

    pub(super) fn person<'a>(&'a self, id: &'a str) -> &'a str {
        self.people.get(id).map_or(id, String::as_str)
    }

    /// Where someone sits, in words: "ERP, reporting to Sofia Rossi".
    pub(super) fn seat(&self, seat: Option<&Placement>) -> String {
        let Some(seat) = seat else {
            return "unplaced".to_owned();
        };
        let unit = self
            .units
            .get(&seat.unit)
            .map_or(seat.unit.as_str(), |u| u.0.as_str());
        match &seat.manager {
            Some(m) => format!("{unit}, reporting to {}", self.person(m)),
            None => unit.to_owned(),
        }
    }
}
