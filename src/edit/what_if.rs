//! "What if these people resign?": the option as it would be without them, worked out on a
//! copy — the design itself never changes. Their reports would report to their manager (as
//! when someone is unplaced), and the findings and knowledge risk are compared.

use std::collections::{HashMap, HashSet};

use super::command::forget_all;
use crate::analysis::{Analysis, analyse, departure_impact, knowledge_of};
use crate::model::{Design, counted};

/// What departures would do: in lines fit for a list, and as notes for the cards concerned.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    /// Who would take over whose reports, then how the findings and the holders of
    /// required skills would change, then critical skills that would rest on one person or
    /// on nobody.
    pub lines: Vec<String>,
    /// Person index and a few words for their card: the leavers ("would resign"), the
    /// managers who would take their reports, and the last holder a critical skill would be
    /// left with.
    pub marks: Vec<(usize, String)>,
}

/// The design as option `scenario` would be without `leavers` (person ids): each forgotten
/// in the option as a removal would forget them (reports move up, trainings and overrides
/// go) and no longer leading any unit. They stay on the roster, unplaced, so person
/// indices stay as they are and the findings can be compared one for one.
pub fn without(design: &Design, scenario: usize, leavers: &[String]) -> Result<Design, String> {
    if leavers.is_empty() {
        return Err("Name at least one person who leaves.".into());
    }
    let Some(option) = design.scenarios.get(scenario) else {
        return Err(format!("There is no option number {}.", scenario + 1));
    };
    for id in leavers {
        let Some(person) = design.person(id) else {
            return Err(format!("There is no person with id \"{id}\"."));
        };
        if option.placement_of(id).is_none() {
            return Err(format!("{} is not placed in this option.", person.name));
        }
    }
    let mut trial = design.clone();
    let gone: HashSet<String> = leavers.iter().cloned().collect();
    forget_all(&mut trial.scenarios[scenario], &gone);
    for unit in &mut trial.units {
        if unit.leader.as_ref().is_some_and(|l| gone.contains(l)) {
            unit.leader = None;
        }
    }
    Ok(trial)
}

/// What the departure of `leavers` (person ids) would do in option `scenario`, worked out
/// on a copy.
pub fn what_if(design: &Design, scenario: usize, leavers: &[String]) -> Result<WhatIf, String> {
    let trial = without(design, scenario, leavers)?;
    let option = &design.scenarios[scenario];
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    let mut gone = Vec::new();
    // One pass each: where everyone is, and how many report to whom.
    let index: HashMap<&str, usize> = design
        .people
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id.as_str(), k))
        .collect();
    let seat_of: HashMap<&str, &crate::model::Placement> = option
        .placements
        .iter()
        .map(|x| (x.person.as_str(), x))
        .collect();
    let mut reports_of: HashMap<&str, usize> = HashMap::new();
    for x in &option.placements {
        if let Some(m) = &x.manager {
            *reports_of.entry(m.as_str()).or_default() += 1;
        }
    }
    let leaving: HashSet<&str> = leavers.iter().map(String::as_str).collect();
    for id in leavers {
        let Some(&p) = index.get(id.as_str()) else {
            continue;
        };
        gone.push(p);
        let person = &design.people[p];
        marks.push((p, "would resign".to_owned()));
        let reports = reports_of.get(id.as_str()).copied().unwrap_or(0);
        if reports > 0 {
            let manager = seat_of
                .get(id.as_str())
                .and_then(|seat| seat.manager.as_deref())
                .filter(|m| !leaving.contains(m));
            let to = manager.map_or("nobody (they would be at the top)", |m| {
                index.get(m).map_or(m, |&k| design.people[k].name.as_str())
            });
            lines.push(format!(
                "{}'s {} would report to {to}",
                person.name,
                counted(reports, "direct report", "direct reports")
            ));
            if let Some(&m) = manager.and_then(|m| index.get(m)) {
                marks.push((
                    m,
                    format!("would take {}", counted(reports, "report", "reports")),
                ));
            }
        }
    }
    let before: Analysis = analyse(design, scenario);
    let after: Analysis = analyse(&trial, scenario);
    lines.extend(departure_impact(&before, &trial, &after, &gone));
    knowledge_changes(design, &before, &trial, &after, &mut lines, &mut marks);
    if lines.is_empty() {
        lines.push("Nothing the findings or the knowledge risk would show.".into());
    }
    Ok(WhatIf { lines, marks })
}

/// Critical skills whose holders at a level would fall to one or none: a line each, and a
/// mark on the last holder left.
fn knowledge_changes(
    before: &Design,
    before_analysis: &Analysis,
    after: &Design,
    after_analysis: &Analysis,
    lines: &mut Vec<String>,
    marks: &mut Vec<(usize, String)>,
) {
    let (b, a) = (
        knowledge_of(before, before_analysis),
        knowledge_of(after, after_analysis),
    );
    for org in &b {
        let Some(later) = a.iter().find(|o| o.organisation == org.organisation) else {
            continue;
        };
        for s in &org.skills {
            let Some(now) = later
                .skills
                .iter()
                .find(|x| x.skill == s.skill && x.level == s.level)
            else {
                continue;
            };
            if now.holders.len() < s.holders.len() && now.holders.len() <= 1 {
                let who = now.holders.first().map_or_else(
                    || "nobody".to_owned(),
                    |&one| format!("only {}", after.people[one].name),
                );
                lines.push(format!(
                    "{} {}+ in {}: {who} would hold it (now {})",
                    after.skills[s.skill].name,
                    s.level,
                    after.units[org.organisation].name,
                    counted(s.holders.len(), "holder", "holders")
                ));
                if let [last] = now.holders[..] {
                    let note = format!("last holder of {}", after.skills[s.skill].name);
                    match marks.iter_mut().find(|(p, _)| *p == last) {
                        Some((_, text)) => {
                            if !text.contains(&note) {
                                text.push_str(" · ");
                                text.push_str(&note);
                            }
                        }
                        None => marks.push((last, note)),
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    fn option_b(d: &Design) -> usize {
        d.scenarios
            .iter()
            .position(|s| s.id == "option-b")
            .expect("option B")
    }

    fn id(d: &Design, name: &str) -> String {
        d.people
            .iter()
            .find(|p| p.name == name)
            .expect("in the sample")
            .id
            .clone()
    }

    #[test]
    fn the_chart_marks_the_leaver_and_the_last_holder_left() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let b = option_b(&d);
        let marks: Vec<(String, String)> = what_if(&d, b, &[id(&d, "Erik Lund")])
            .expect("placed")
            .marks
            .into_iter()
            .map(|(p, note)| (d.people[p].name.clone(), note))
            .collect();
        assert_eq!(
            marks[0],
            ("Erik Lund".to_owned(), "would resign".to_owned())
        );
        assert!(
            marks.contains(&(
                "Ana Silva".to_owned(),
                "last holder of Mainframe operations".to_owned()
            )),
            "{marks:?}"
        );
        assert!(what_if(&d, b, &["nobody".to_owned()]).is_err(), "no marks");
    }

    #[test]
    fn erik_lund_leaving_option_b_leaves_ana_silva_alone_at_mainframe_operations() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let b = option_b(&d);
        let before = d.clone();
        let lines = what_if(&d, b, &[id(&d, "Erik Lund")])
            .expect("placed")
            .lines;
        assert_eq!(d, before, "the design itself never changes");
        assert!(
            lines.contains(
                &"Mainframe operations 3+ in Legacy IT: only Ana Silva would hold it (now 2 holders)"
                    .to_owned()
            ),
            "{lines:?}"
        );
        assert!(!lines.iter().any(|l| l.contains("not placed")), "{lines:?}");
        // Both leaving: nobody.
        let lines = what_if(&d, b, &[id(&d, "Erik Lund"), id(&d, "Ana Silva")])
            .expect("placed")
            .lines;
        assert!(
            lines.contains(
                &"Mainframe operations 3+ in Legacy IT: nobody would hold it (now 2 holders)"
                    .to_owned()
            ),
            "{lines:?}"
        );
    }

    #[test]
    fn a_manager_leaving_hands_their_reports_up_and_unknown_people_are_refused() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let b = option_b(&d);
        let tomasz = id(&d, "Tomasz Nowak");
        let result = what_if(&d, b, &[tomasz]).expect("placed");
        let lines = &result.lines;
        assert!(
            lines[0].starts_with("Tomasz Nowak's ")
                && lines[0].ends_with(" would report to Margaret Holm"),
            "{lines:?}"
        );
        let margaret = d
            .people
            .iter()
            .position(|p| p.name == "Margaret Holm")
            .expect("in the sample");
        let took = result
            .marks
            .iter()
            .find(|(p, _)| *p == margaret)
            .map(|(_, note)| note.as_str());
        assert!(
            took.is_some_and(|n| n.starts_with("would take ") && n.ends_with(" reports")),
            "{took:?}"
        );
        assert_eq!(
            what_if(&d, b, &["nobody".into()]),
            Err("There is no person with id \"nobody\".".into())
        );
        assert!(what_if(&d, b, &[]).is_err());
    }
}
