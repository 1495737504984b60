//! Privacy applied to a copy of a design before it is shown to a room or leaves the app:
//! names replaced by stable pseudonyms, and what names or sensitive values free text may
//! carry taken out. See [`super::Privacy`] for what each setting promises.

use super::{Design, Privacy};

/// "Person 17 — Mainframe & Core Systems" for each person (roster order), or the open
/// role's own name for a vacancy (which names no one). The team is where they sit in the
/// first option, so the same person has the same pseudonym in every option.
pub fn pseudonyms(design: &Design) -> Vec<String> {
    let first = design.scenarios.first();
    design
        .people
        .iter()
        .enumerate()
        .map(|(i, person)| {
            if person.open_role {
                return person.name.clone();
            }
            let team = first
                .and_then(|s| s.placement_of(&person.id))
                .and_then(|seat| design.unit(&seat.unit))
                .map(|u| u.name.as_str());
            match team {
                Some(team) => format!("Person {} — {team}", i + 1),
                None => format!("Person {}", i + 1),
            }
        })
        .collect()
}

/// A copy of `design` as `privacy` allows it to be shown: with `pseudonymise`, every
/// person's name is their pseudonym, sponsors' executives are not named, and free text
/// (titles, notes, reasons) has every real name replaced; with `hide_sensitive`, flight-risk
/// reasons and people's notes are emptied. The copy carries the settings, so the analysis
/// words its findings accordingly.
pub fn private_copy(design: &Design, privacy: Privacy) -> Design {
    let mut copy = design.clone();
    copy.settings.privacy = privacy;
    if privacy.hide_sensitive {
        for scenario in &mut copy.scenarios {
            for o in &mut scenario.risk_overrides {
                o.reason.clear();
            }
        }
        for person in &mut copy.people {
            person.notes.clear();
        }
    }
    if !privacy.pseudonymise {
        return copy;
    }
    let names = pseudonyms(design);
    // Longest names first, so "Ana Silva-Berg" is replaced before "Ana Silva".
    let mut replacements: Vec<(&str, &str)> = design
        .people
        .iter()
        .zip(&names)
        .filter(|(p, _)| !p.open_role && !p.name.trim().is_empty())
        .map(|(p, n)| (p.name.as_str(), n.as_str()))
        .collect();
    replacements.sort_by_key(|(real, _)| std::cmp::Reverse(real.len()));
    let scrub = |text: &mut String| {
        for (real, pseudonym) in &replacements {
            if text.contains(real) {
                *text = text.replace(real, pseudonym);
            }
        }
    };
    for (person, name) in copy.people.iter_mut().zip(&names) {
        person.name = name.clone();
        scrub(&mut person.title);
        // A person's notes are about them; with names hidden they go too.
        person.notes.clear();
    }
    for sponsor in &mut copy.sponsors {
        sponsor.executive.clear();
    }
    scrub(&mut copy.title);
    scrub(&mut copy.notes);
    for scenario in &mut copy.scenarios {
        scrub(&mut scenario.name);
        scrub(&mut scenario.notes);
        for o in &mut scenario.risk_overrides {
            scrub(&mut o.reason);
        }
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn pseudonyms_follow_the_roster_and_the_first_option_and_replace_every_real_name() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let names = pseudonyms(&design);
        let erik = design
            .people
            .iter()
            .position(|p| p.name == "Erik Lund")
            .expect("Erik");
        let team = design.scenarios[0]
            .placement_of(&design.people[erik].id)
            .and_then(|s| design.unit(&s.unit))
            .expect("placed")
            .name
            .clone();
        assert_eq!(names[erik], format!("Person {} — {team}", erik + 1));
        let copy = private_copy(
            &design,
            Privacy {
                hide_sensitive: true,
                pseudonymise: true,
            },
        );
        let text = crate::io::to_ron(&copy).expect("writes");
        for person in design.people.iter().filter(|p| !p.open_role) {
            assert!(!text.contains(&person.name), "{} left in", person.name);
        }
        for sponsor in design.sponsors.iter().filter(|s| !s.executive.is_empty()) {
            assert!(!text.contains(&sponsor.executive), "{}", sponsor.executive);
        }
        assert_eq!(copy.people.len(), design.people.len());
        assert_eq!(copy.scenarios, {
            let mut s = design.scenarios.clone();
            for scenario in &mut s {
                for o in &mut scenario.risk_overrides {
                    o.reason.clear();
                }
            }
            s
        });
    }
}
