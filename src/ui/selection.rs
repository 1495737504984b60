//! What is selected, remembered by id as well as by position in the chart. An edit or an
//! undo that adds or removes someone shifts the positions of everyone after them; the ids
//! find the same person (or unit, or sponsor) again, or drop the selection when they are
//! gone, so the inspector never shows another person than the one the user chose.

use crate::layout::ChartItem;
use crate::model::Design;

/// The selected card by the ids of what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SelectedId {
    Person(String),
    Team(String),
    Organisation(String),
    Sponsor {
        sponsor: String,
        organisation: String,
    },
}

impl SelectedId {
    fn of(design: &Design, item: ChartItem) -> Option<Self> {
        let unit = |u: usize| design.units.get(u).map(|u| u.id.clone());
        Some(match item {
            ChartItem::Person(p) => Self::Person(design.people.get(p)?.id.clone()),
            ChartItem::Team(u) => Self::Team(unit(u)?),
            ChartItem::Organisation(u) => Self::Organisation(unit(u)?),
            ChartItem::Sponsor {
                sponsor,
                organisation,
            } => Self::Sponsor {
                sponsor: design.sponsors.get(sponsor)?.id.clone(),
                organisation: unit(organisation)?,
            },
        })
    }

    fn find(&self, design: &Design) -> Option<ChartItem> {
        let unit = |id: &str| design.units.iter().position(|u| u.id == id);
        Some(match self {
            Self::Person(id) => ChartItem::Person(design.people.iter().position(|p| p.id == *id)?),
            Self::Team(id) => ChartItem::Team(unit(id)?),
            Self::Organisation(id) => ChartItem::Organisation(unit(id)?),
            Self::Sponsor {
                sponsor,
                organisation,
            } => ChartItem::Sponsor {
                sponsor: design.sponsors.iter().position(|s| s.id == *sponsor)?,
                organisation: unit(organisation)?,
            },
        })
    }
}

/// The selection: the chart item and the ids it was chosen by.
#[derive(Debug, Clone, Default)]
pub(super) struct Selection {
    item: Option<ChartItem>,
    id: Option<SelectedId>,
}

impl Selection {
    /// The selected chart item, as positions in the design on screen.
    pub(super) fn item(&self) -> Option<ChartItem> {
        self.item
    }

    /// Selects `item` of `design` (or nothing).
    pub(super) fn set(&mut self, design: &Design, item: Option<ChartItem>) {
        self.item = item;
        self.id = item.and_then(|i| SelectedId::of(design, i));
    }

    /// The same selection in `design` after an edit or undo: found again by id, or nothing
    /// when what was selected is gone.
    pub(super) fn found_again(&self, design: &Design) -> Option<ChartItem> {
        self.id.as_ref().and_then(|id| id.find(design))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn a_person_selected_before_someone_earlier_is_removed_is_found_at_their_new_place() {
        let mut design = parse_design(SAMPLE_RON).expect("sample");
        let mut selection = Selection::default();
        selection.set(&design, Some(ChartItem::Person(5)));
        let chosen = design.people[5].id.clone();
        design.people.remove(2);
        let again = selection.found_again(&design);
        assert_eq!(again, Some(ChartItem::Person(4)));
        assert_eq!(design.people[4].id, chosen);
        // Once they are gone too, nothing is selected.
        design.people.remove(4);
        assert_eq!(selection.found_again(&design), None);
    }
}
