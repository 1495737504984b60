//! "What if these people resign?": the option as it would be without them, worked out on a
//! copy — the design itself never changes. Their reports would report to their manager (as
//! when someone is unplaced), and the findings and knowledge risk are compared.

use super::command::{Command, tried};
use crate::analysis::{Analysis, analyse, impact, knowledge};
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

/// What the departure of `leavers` (person ids) would do in option `scenario`, worked out
/// on a copy.
pub fn what_if(design: &Design, scenario: usize, leavers: &[String]) -> Result<WhatIf, String> {
    if leavers.is_empty() {
        return Err("Name at least one person who leaves.".into());
    }
    let Some(option) = design.scenarios.get(scenario) else {
        return Err(format!("There is no option number {}.", scenario + 1));
    };
    let mut trial = design.clone();
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    for id in leavers {
        let Some(p) = design.people.iter().position(|p| &p.id == id) else {
            return Err(format!("There is no person with id \"{id}\"."));
        };
        let person = &design.people[p];
        let Some(seat) = option.placement_of(id) else {
            return Err(format!("{} is not placed in this option.", person.name));
        };
        marks.push((p, "would resign".to_owned()));
        let reports = trial.scenarios[scenario]
            .placements
            .iter()
            .filter(|p| p.manager.as_deref() == Some(id.as_str()))
            .count();
        if reports > 0 {
            let manager = seat
                .manager
                .as_deref()
                .filter(|m| !leavers.iter().any(|l| l == m));
            let to = manager.map_or("nobody (they would be at the top)", |m| {
                design.person_name(m)
            });
            lines.push(format!(
                "{}'s {} would report to {to}",
                person.name,
                counted(reports, "direct report", "direct reports")
            ));
            if let Some(m) = manager.and_then(|m| design.people.iter().position(|p| p.id == m)) {
                marks.push((
                    m,
                    format!("would take {}", counted(reports, "report", "reports")),
                ));
            }
        }
        let command = Command::Unplace {
            scenario,
            person: id.clone(),
        };
        trial = tried(&trial, &command)?.0;
    }
    let before: Analysis = analyse(design, scenario);
    // That the leavers are no longer placed goes without saying.
    let gone: Vec<String> = leavers
        .iter()
        .map(|id| {
            format!(
                "New info: {} is not placed in any unit in this option",
                design.person_name(id)
            )
        })
        .collect();
    lines.extend(
        impact(&before, &trial, scenario)
            .into_iter()
            .filter(|l| !gone.contains(l)),
    );
    knowledge_changes(design, &trial, scenario, &mut lines, &mut marks);
    if lines.is_empty() {
        lines.push("Nothing the findings or the knowledge risk would show.".into());
    }
    Ok(WhatIf { lines, marks })
}

/// Critical skills whose holders would fall to one or none: a line each, and a mark on the
/// last holder left.
fn knowledge_changes(
    before: &Design,
    after: &Design,
    scenario: usize,
    lines: &mut Vec<String>,
    marks: &mut Vec<(usize, String)>,
) {
    let (b, a) = (knowledge(before, scenario), knowledge(after, scenario));
    for org in &b {
        let Some(later) = a.iter().find(|o| o.organisation == org.organisation) else {
            continue;
        };
        for s in &org.skills {
            let Some(now) = later.skills.iter().find(|x| x.skill == s.skill) else {
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
                            text.push_str(" · ");
                            text.push_str(&note);
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
