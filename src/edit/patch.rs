//! The difference between two states of a design, kept by undo and redo instead of whole
//! copies: an edit touches a handful of people, units and placements, so a step at 10,000
//! people costs a few hundred bytes rather than megabytes.
//!
//! A patch holds the parts of the design as they are on its far side. Applying it swaps
//! them in and returns the patch back, so undo and redo never copy the design.

use crate::model::{Design, Person, Placement, Scenario, Unit};

/// Elements of one list that differ, as they are on the far side of the patch.
#[derive(Debug, Clone, Default, PartialEq)]
struct ListPatch<T> {
    /// Length of the list on the far side.
    len: usize,
    /// (index, element) in increasing index order.
    items: Vec<(usize, T)>,
}

impl<T: Clone + PartialEq> ListPatch<T> {
    /// What turns `from` into `to`: every element of `to` that differs or is new.
    fn between(from: &[T], to: &[T]) -> Self {
        let items = to
            .iter()
            .enumerate()
            .filter(|(i, t)| from.get(*i) != Some(*t))
            .map(|(i, t)| (i, t.clone()))
            .collect();
        Self {
            len: to.len(),
            items,
        }
    }

    fn is_empty(&self, current_len: usize) -> bool {
        self.items.is_empty() && self.len == current_len
    }

    /// Puts the far side in place and returns the patch that restores `list`.
    fn apply(self, list: &mut Vec<T>) -> Self {
        let old_len = list.len();
        let dropped: Vec<(usize, T)> = if list.len() > self.len {
            list.drain(self.len..)
                .enumerate()
                .map(|(k, t)| (self.len + k, t))
                .collect()
        } else {
            Vec::new()
        };
        let mut back = Vec::with_capacity(self.items.len() + dropped.len());
        for (i, mut item) in self.items {
            match list.get_mut(i) {
                Some(slot) => {
                    std::mem::swap(slot, &mut item);
                    back.push((i, item));
                }
                // Indices past the end only ever extend the list, in order.
                None => list.push(item),
            }
        }
        back.extend(dropped);
        Self {
            len: old_len,
            items: back,
        }
    }

    fn bytes(&self, each: usize) -> usize {
        32 + self.items.len() * each
    }
}

/// Everything of a design but its people, units and options: small, so kept whole.
#[derive(Debug, Clone, PartialEq)]
struct Header {
    format_version: u32,
    title: String,
    notes: String,
    skills: Vec<crate::model::Skill>,
    work_styles: Vec<crate::model::WorkStyleDimension>,
    sponsors: Vec<crate::model::Sponsor>,
    settings: crate::model::Settings,
    import: Option<crate::model::ImportRecipe>,
}

impl Header {
    /// Moves the header out of `d` (leaving empty values) — the destructuring makes a new
    /// field of `Design` a compile error here until the patch knows about it.
    fn take(d: &mut Design) -> Self {
        let Design {
            format_version,
            title,
            notes,
            skills,
            work_styles,
            people: _,
            units: _,
            sponsors,
            scenarios: _,
            settings,
            import,
        } = d;
        Self {
            format_version: *format_version,
            title: std::mem::take(title),
            notes: std::mem::take(notes),
            skills: std::mem::take(skills),
            work_styles: std::mem::take(work_styles),
            sponsors: std::mem::take(sponsors),
            settings: settings.clone(),
            import: import.take(),
        }
    }

    fn copy_of(d: &Design) -> Self {
        Self {
            format_version: d.format_version,
            title: d.title.clone(),
            notes: d.notes.clone(),
            skills: d.skills.clone(),
            work_styles: d.work_styles.clone(),
            sponsors: d.sponsors.clone(),
            settings: d.settings.clone(),
            import: d.import.clone(),
        }
    }

    fn put(self, d: &mut Design) {
        d.format_version = self.format_version;
        d.title = self.title;
        d.notes = self.notes;
        d.skills = self.skills;
        d.work_styles = self.work_styles;
        d.sponsors = self.sponsors;
        d.settings = self.settings;
        d.import = self.import;
    }

    fn same(a: &Design, b: &Design) -> bool {
        a.format_version == b.format_version
            && a.title == b.title
            && a.notes == b.notes
            && a.skills == b.skills
            && a.work_styles == b.work_styles
            && a.sponsors == b.sponsors
            && a.settings == b.settings
            && a.import == b.import
    }

    fn bytes(&self) -> usize {
        1_024 + self.notes.len() + (self.skills.len() + self.work_styles.len()) * 128
    }
}

/// One option's change: its name, notes and structure (kept whole when any differs, without
/// placements) and its placements element by element.
#[derive(Debug, Clone, PartialEq)]
struct OptionPatch {
    head: Option<Scenario>,
    placements: ListPatch<Placement>,
}

/// True when two options differ in anything but their placements.
fn same_head(a: &Scenario, b: &Scenario) -> bool {
    let Scenario {
        id,
        name,
        notes,
        structure,
        sponsors,
        placements: _,
        pinned,
        risk_overrides,
        trainings,
    } = a;
    *id == b.id
        && *name == b.name
        && *notes == b.notes
        && *structure == b.structure
        && *sponsors == b.sponsors
        && *pinned == b.pinned
        && *risk_overrides == b.risk_overrides
        && *trainings == b.trainings
}

/// How the list of options changes: option by option when their number stays, else whole.
#[derive(Debug, Clone, PartialEq)]
enum OptionsPatch {
    Each(Vec<(usize, OptionPatch)>),
    Whole(Vec<Scenario>),
}

/// What turns one state of a design into another.
#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    header: Option<Box<Header>>,
    people: ListPatch<Person>,
    units: ListPatch<Unit>,
    options: OptionsPatch,
}

impl Patch {
    /// What turns `from` into `to`.
    pub fn between(from: &Design, to: &Design) -> Self {
        let header = (!Header::same(from, to)).then(|| Box::new(Header::copy_of(to)));
        let options = if from.scenarios.len() == to.scenarios.len() {
            OptionsPatch::Each(
                from.scenarios
                    .iter()
                    .zip(&to.scenarios)
                    .enumerate()
                    .filter(|(_, (a, b))| a != b)
                    .map(|(i, (a, b))| {
                        let head = (!same_head(a, b)).then(|| b.clone_without_placements());
                        let placements = ListPatch::between(&a.placements, &b.placements);
                        (i, OptionPatch { head, placements })
                    })
                    .collect(),
            )
        } else {
            OptionsPatch::Whole(to.scenarios.clone())
        };
        Self {
            header,
            people: ListPatch::between(&from.people, &to.people),
            units: ListPatch::between(&from.units, &to.units),
            options,
        }
    }

    /// True when the patch changes nothing in `current` (the side it applies to).
    pub fn is_empty(&self, current: &Design) -> bool {
        self.header.is_none()
            && self.people.is_empty(current.people.len())
            && self.units.is_empty(current.units.len())
            && matches!(&self.options, OptionsPatch::Each(each) if each.is_empty())
    }

    /// Turns `design` into the patch's far side and returns the patch that turns it back.
    pub fn apply(self, design: &mut Design) -> Self {
        let header = self.header.map(|h| {
            let back = Header::take(design);
            h.put(design);
            Box::new(back)
        });
        let people = self.people.apply(&mut design.people);
        let units = self.units.apply(&mut design.units);
        let options = match self.options {
            OptionsPatch::Whole(list) => {
                OptionsPatch::Whole(std::mem::replace(&mut design.scenarios, list))
            }
            OptionsPatch::Each(each) => OptionsPatch::Each(
                each.into_iter()
                    .filter_map(|(i, patch)| {
                        let option = design.scenarios.get_mut(i)?;
                        let head = patch.head.map(|mut head| {
                            let placements = std::mem::take(&mut option.placements);
                            std::mem::swap(option, &mut head);
                            option.placements = placements;
                            head
                        });
                        let placements = patch.placements.apply(&mut option.placements);
                        Some((i, OptionPatch { head, placements }))
                    })
                    .collect(),
            ),
        };
        Self {
            header,
            people,
            units,
            options,
        }
    }

    /// Rough memory held by the patch, to bound the undo history.
    pub fn bytes(&self) -> usize {
        let options: usize = match &self.options {
            OptionsPatch::Whole(list) => list.iter().map(|s| 2_048 + s.placements.len() * 96).sum(),
            OptionsPatch::Each(each) => each
                .iter()
                .map(|(_, p)| p.head.as_ref().map_or(0, |_| 2_048) + p.placements.bytes(96))
                .sum(),
        };
        64 + self.header.as_ref().map_or(0, |h| h.bytes())
            + self.people.bytes(320)
            + self.units.bytes(400)
            + options
    }
}

impl Scenario {
    /// A copy of everything but the placements (the part of an option an undo step keeps
    /// whole when it changes).
    fn clone_without_placements(&self) -> Scenario {
        Scenario {
            id: self.id.clone(),
            name: self.name.clone(),
            notes: self.notes.clone(),
            structure: self.structure.clone(),
            sponsors: self.sponsors.clone(),
            placements: Vec::new(),
            pinned: self.pinned.clone(),
            risk_overrides: self.risk_overrides.clone(),
            trainings: self.trainings.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};
    use proptest::prelude::*;

    fn sample() -> Design {
        parse_design(SAMPLE_RON).expect("sample is valid")
    }

    fn list_round_trip(from: Vec<u8>, to: Vec<u8>) {
        let patch = ListPatch::between(&from, &to);
        let mut v = from.clone();
        let back = patch.apply(&mut v);
        assert_eq!(v, to);
        let again = back.apply(&mut v);
        assert_eq!(v, from);
        assert_eq!(again, ListPatch::between(&from, &to));
    }

    proptest! {
        #[test]
        fn lists_go_there_and_back(
            from in proptest::collection::vec(0u8..4, 0..12),
            to in proptest::collection::vec(0u8..4, 0..12),
        ) {
            list_round_trip(from, to);
        }
    }

    #[test]
    fn a_move_keeps_one_placement_and_undoes_exactly() {
        let before = sample();
        let mut after = before.clone();
        after.scenarios[1].placements[3].unit = "interaction".into();
        after.title = "Renamed".into();
        let patch = Patch::between(&after, &before);
        let OptionsPatch::Each(each) = &patch.options else {
            panic!("same number of options")
        };
        assert_eq!(each.len(), 1);
        assert_eq!(each[0].1.placements.items.len(), 1);
        assert!(each[0].1.head.is_none());
        assert!(patch.people.items.is_empty());
        let mut d = after.clone();
        let redo = patch.apply(&mut d);
        assert_eq!(d, before);
        redo.apply(&mut d);
        assert_eq!(d, after);
    }

    #[test]
    fn an_added_option_and_person_undo_exactly() {
        let before = sample();
        let mut after = before.clone();
        let copy = after.scenarios[1].clone();
        after.scenarios.push(copy);
        after.scenarios[0].name = "Today, renamed".into();
        let extra = after.people[0].clone();
        after.people.insert(2, extra);
        let mut d = after.clone();
        let redo = Patch::between(&after, &before).apply(&mut d);
        assert_eq!(d, before);
        assert!(Patch::between(&d, &before).is_empty(&d));
        redo.apply(&mut d);
        assert_eq!(d, after);
    }
}
