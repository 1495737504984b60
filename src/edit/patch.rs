//! The difference between two states of a design, kept by undo and redo instead of whole
//! copies: an edit touches a handful of people, units and placements, so a step at 10,000
//! people costs a few hundred bytes rather than megabytes.
//!
//! A patch holds the parts of the design as they are on its far side. Applying it swaps
//! them in and returns the patch back, so undo and redo never copy the design.

use crate::model::{Design, Person, Placement, Scenario, Unit};

/// A run of one list replaced: `remove` elements from `at` give way to `insert`.
#[derive(Debug, Clone, PartialEq)]
struct Splice<T> {
    at: usize,
    remove: usize,
    insert: Vec<T>,
}

/// How one list differs on the far side of the patch: the common start and end are left
/// out, so removing the first of 10,000 people keeps one person, not the whole roster. A
/// list of the same length keeps each run of changed elements; one that grew or shrank
/// keeps the part between the common start and end.
#[derive(Debug, Clone, PartialEq)]
struct ListPatch<T> {
    /// Non-overlapping, in increasing order of `at` (positions on the near side).
    splices: Vec<Splice<T>>,
}

impl<T> Default for ListPatch<T> {
    fn default() -> Self {
        Self {
            splices: Vec::new(),
        }
    }
}

impl<T: Clone + PartialEq> ListPatch<T> {
    /// What turns `from` into `to`.
    fn between(from: &[T], to: &[T]) -> Self {
        let prefix = from.iter().zip(to).take_while(|(a, b)| a == b).count();
        let suffix = from[prefix..]
            .iter()
            .rev()
            .zip(to[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let (old, new) = (
            &from[prefix..from.len() - suffix],
            &to[prefix..to.len() - suffix],
        );
        let mut splices = Vec::new();
        if old.len() == new.len() {
            // Runs of changed elements, each replaced in place.
            let mut k = 0;
            while k < old.len() {
                if old[k] == new[k] {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < old.len() && old[k] != new[k] {
                    k += 1;
                }
                splices.push(Splice {
                    at: prefix + start,
                    remove: k - start,
                    insert: new[start..k].to_vec(),
                });
            }
        } else {
            splices.push(Splice {
                at: prefix,
                remove: old.len(),
                insert: new.to_vec(),
            });
        }
        Self { splices }
    }

    fn is_empty(&self) -> bool {
        self.splices.is_empty()
    }

    /// Puts the far side in place and returns the patch that restores `list`.
    fn apply(self, list: &mut Vec<T>) -> Self {
        // Where each splice lands on the far side: shifted by the growth of those before.
        let mut shift = 0isize;
        let far_at: Vec<usize> = self
            .splices
            .iter()
            .map(|s| {
                let at = s.at.saturating_add_signed(shift);
                shift += s.insert.len() as isize - s.remove as isize;
                at
            })
            .collect();
        let mut back = Vec::with_capacity(self.splices.len());
        // From the end, so the positions of the splices not yet applied stay right.
        for (splice, at) in self.splices.into_iter().zip(far_at).rev() {
            let end = (splice.at + splice.remove).min(list.len());
            let start = splice.at.min(end);
            let inserted = splice.insert.len();
            let removed: Vec<T> = list.splice(start..end, splice.insert).collect();
            back.push(Splice {
                at,
                remove: inserted,
                insert: removed,
            });
        }
        back.reverse();
        Self { splices: back }
    }

    fn bytes(&self, each: usize) -> usize {
        32 + self
            .splices
            .iter()
            .map(|s| 24 + s.insert.len() * each)
            .sum::<usize>()
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
struct ScenarioPatch {
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
enum ScenariosPatch {
    Each(Vec<(usize, ScenarioPatch)>),
    Whole(Vec<Scenario>),
}

/// What turns one state of a design into another.
#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    header: Option<Box<Header>>,
    people: ListPatch<Person>,
    units: ListPatch<Unit>,
    options: ScenariosPatch,
}

impl Patch {
    /// What turns `from` into `to`.
    pub fn between(from: &Design, to: &Design) -> Self {
        let header = (!Header::same(from, to)).then(|| Box::new(Header::copy_of(to)));
        let options = if from.scenarios.len() == to.scenarios.len() {
            ScenariosPatch::Each(
                from.scenarios
                    .iter()
                    .zip(&to.scenarios)
                    .enumerate()
                    .filter(|(_, (a, b))| a != b)
                    .map(|(i, (a, b))| {
                        let head = (!same_head(a, b)).then(|| b.clone_without_placements());
                        let placements = ListPatch::between(&a.placements, &b.placements);
                        (i, ScenarioPatch { head, placements })
                    })
                    .collect(),
            )
        } else {
            ScenariosPatch::Whole(to.scenarios.clone())
        };
        Self {
            header,
            people: ListPatch::between(&from.people, &to.people),
            units: ListPatch::between(&from.units, &to.units),
            options,
        }
    }

    /// True when the patch changes nothing.
    pub fn is_empty(&self) -> bool {
        self.header.is_none()
            && self.people.is_empty()
            && self.units.is_empty()
            && matches!(&self.options, ScenariosPatch::Each(each) if each.is_empty())
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
            ScenariosPatch::Whole(list) => {
                ScenariosPatch::Whole(std::mem::replace(&mut design.scenarios, list))
            }
            ScenariosPatch::Each(each) => ScenariosPatch::Each(
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
                        Some((i, ScenarioPatch { head, placements }))
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
            ScenariosPatch::Whole(list) => {
                list.iter().map(|s| 2_048 + s.placements.len() * 96).sum()
            }
            ScenariosPatch::Each(each) => each
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
            from in proptest::collection::vec(0u8..4, 0..24),
            to in proptest::collection::vec(0u8..4, 0..24),
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
        let ScenariosPatch::Each(each) = &patch.options else {
            panic!("same number of options")
        };
        assert_eq!(each.len(), 1);
        assert_eq!(each[0].1.placements.splices.len(), 1);
        assert_eq!(each[0].1.placements.splices[0].insert.len(), 1);
        assert!(each[0].1.head.is_none());
        assert!(patch.people.is_empty());
        let mut d = after.clone();
        let redo = patch.apply(&mut d);
        assert_eq!(d, before);
        redo.apply(&mut d);
        assert_eq!(d, after);
    }

    #[test]
    fn removing_the_first_person_keeps_that_person_not_the_roster() {
        let before = sample();
        let mut after = before.clone();
        after.people.remove(0);
        let undo = Patch::between(&after, &before);
        assert_eq!(undo.people.splices.len(), 1);
        assert_eq!(undo.people.splices[0].insert, [before.people[0].clone()]);
        assert_eq!(undo.people.splices[0].remove, 0);
        let redo = Patch::between(&before, &after);
        assert_eq!(redo.people.splices[0].remove, 1);
        assert!(redo.people.splices[0].insert.is_empty());
        let mut d = after.clone();
        let back = undo.apply(&mut d);
        assert_eq!(d, before);
        back.apply(&mut d);
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
        assert!(Patch::between(&d, &before).is_empty());
        redo.apply(&mut d);
        assert_eq!(d, after);
    }
}
