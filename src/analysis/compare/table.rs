//! The comparison as rows of a table, one column per option, each cell with its value in
//! words, how it differs from the first column (better, worse, or just different — in words
//! and a sign, not colour alone), and the people behind it. Shared by the compare view and
//! `orgsplit compare`.

use super::{Better, Comparison, Figures, ScenarioFigures};

/// How a cell compares with the same row of the first column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Better,
    Worse,
    /// Different, with no better or worse (head-count, say).
    Changed,
    Same,
}

impl Verdict {
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Better => "better",
            Verdict::Worse => "worse",
            Verdict::Changed => "changed",
            Verdict::Same => "same",
        }
    }
}

/// One cell: the value shown, and against the first column its difference.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub value: Option<f64>,
    /// "+2", "−5%": the difference from the first column, when both have a value.
    pub delta: Option<String>,
    pub verdict: Option<Verdict>,
    /// Person indices behind the figure, for a view to list and select.
    pub people: Vec<usize>,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The block the row belongs to: "Whole option", an organisation, "Critical skills", …
    pub group: String,
    pub label: String,
    /// What the row counts, for a hover text.
    pub explanation: String,
    pub better: Better,
    pub cells: Vec<Cell>,
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How a value is written.
#[derive(Clone, Copy)]
enum Unit {
    Count,
    Percent,
    Decimal,
    Money,
}

fn write(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Count => format!("{}", value.round() as i64),
        Unit::Percent => format!("{}%", (value * 100.0).round() as i64),
        Unit::Decimal => format!("{value:.1}"),
        Unit::Money => thousands(value.max(0.0).round() as u64),
    }
}

fn signed(diff: f64, unit: Unit) -> String {
    let sign = if diff > 0.0 { "+" } else { "−" };
    let magnitude = match unit {
        Unit::Percent => match (diff.abs() * 100.0).round() as i64 {
            1 => "1 point".to_owned(),
            n => format!("{n} points"),
        },
        other => write(diff.abs(), other),
    };
    format!("{sign}{magnitude}")
}

/// A row over every column from one value per column.
fn row(
    group: &str,
    label: &str,
    explanation: &str,
    better: Better,
    unit: Unit,
    values: Vec<(Option<f64>, Vec<usize>, Option<String>)>,
) -> Row {
    let first = values.first().and_then(|v| v.0);
    let cells = values
        .into_iter()
        .enumerate()
        .map(|(column, (value, people, text))| {
            let text = text.unwrap_or_else(|| value.map_or("—".to_owned(), |v| write(v, unit)));
            let (delta, verdict) = match (column, first, value) {
                (0, _, _) | (_, None, _) | (_, _, None) => (None, None),
                (_, Some(a), Some(b)) => {
                    // Differences are taken between the values as shown, so "88%" against
                    // "90%" is 2 points, and a difference too small to show is none.
                    let scale = match unit {
                        Unit::Percent => 100.0,
                        Unit::Decimal => 10.0,
                        Unit::Count | Unit::Money => 1.0,
                    };
                    let diff = ((b * scale).round() - (a * scale).round()) / scale;
                    if diff == 0.0 {
                        (None, Some(Verdict::Same))
                    } else {
                        let verdict = match better {
                            Better::Higher if diff > 0.0 => Verdict::Better,
                            Better::Lower if diff < 0.0 => Verdict::Better,
                            Better::Neither => Verdict::Changed,
                            _ => Verdict::Worse,
                        };
                        (Some(signed(diff, unit)), Some(verdict))
                    }
                }
            };
            Cell {
                text,
                value,
                delta,
                verdict,
                people,
            }
        })
        .collect();
    Row {
        group: group.to_owned(),
        label: label.to_owned(),
        explanation: explanation.to_owned(),
        better,
        cells,
    }
}

fn count(n: usize) -> Option<f64> {
    Some(n as f64)
}

fn cost_text(f: &Figures) -> String {
    let mut text = thousands(f.cost);
    if f.cost_unknown > 0 {
        text.push_str(&format!(" (+{} unknown)", f.cost_unknown));
    }
    text
}

/// The figures rows of one group, one `Figures` (or none, when an option lacks the
/// organisation) per column.
fn figure_rows(group: &str, columns: &[Option<&Figures>], whole: bool) -> Vec<Row> {
    type Pick = fn(&Figures) -> (Option<f64>, Vec<usize>, Option<String>);
    let mut specs: Vec<(&str, &str, Better, Unit, Pick)> = vec![
        (
            "People",
            "Head-count: people placed (open roles apart)",
            Better::Neither,
            Unit::Count,
            |f| (count(f.people), Vec::new(), None),
        ),
        (
            "Open roles",
            "Vacancies placed: seats with a budget, not people",
            Better::Neither,
            Unit::Count,
            |f| (count(f.open_roles), Vec::new(), None),
        ),
        (
            "Annual cost",
            "Sum of the recorded annual costs; people without one are counted as unknown",
            Better::Lower,
            Unit::Money,
            |f| (Some(f.cost as f64), Vec::new(), Some(cost_text(f))),
        ),
        (
            "Layers",
            "Levels of management from the top; a sponsor above the organisation counts as one",
            Better::Lower,
            Unit::Count,
            |f| (count(f.layers as usize), Vec::new(), None),
        ),
        (
            "Average span",
            "Direct reports who are people per manager (dotted lines and open roles not counted)",
            Better::Neither,
            Unit::Decimal,
            |f| (f.average_span.map(f64::from), Vec::new(), None),
        ),
        (
            "Widest span",
            "Most direct reports of any one manager",
            Better::Lower,
            Unit::Count,
            |f| (count(f.widest_span), Vec::new(), None),
        ),
        (
            "Mean skill fit",
            "Average skill fit of the people whose skills are recorded",
            Better::Higher,
            Unit::Percent,
            |f| (f.mean_skill_fit.map(f64::from), Vec::new(), None),
        ),
        (
            "Mean work-style fit",
            "Average work-style fit where scores and preferred ranges are known",
            Better::Higher,
            Unit::Percent,
            |f| (f.mean_style_fit.map(f64::from), Vec::new(), None),
        ),
        (
            "Under the skill-fit threshold",
            "People flagged with a skill mismatch",
            Better::Lower,
            Unit::Count,
            |f| {
                (
                    count(f.below_skill_fit),
                    f.people_below_skill_fit.clone(),
                    None,
                )
            },
        ),
        (
            "With work-style differences",
            "People with at least one work-style difference flagged",
            Better::Lower,
            Unit::Count,
            |f| {
                (
                    count(f.style_differences),
                    f.people_with_style_differences.clone(),
                    None,
                )
            },
        ),
        (
            "Errors",
            "Error-level findings",
            Better::Lower,
            Unit::Count,
            |f| (count(f.findings[0]), Vec::new(), None),
        ),
        ("Warnings", "Warnings", Better::Lower, Unit::Count, |f| {
            (count(f.findings[1]), Vec::new(), None)
        }),
        (
            "Key-person risks",
            "Skills at a level whose holders may all leave (high flight risk, or not recorded): \
             the key-person findings",
            Better::Lower,
            Unit::Count,
            |f| (count(f.key_person_risks), f.key_people.clone(), None),
        ),
        (
            "Truck factor",
            "Fewest people whose departure leaves nobody holding at least half of the \
             organisation's critical skills held today",
            Better::Higher,
            Unit::Count,
            |f| (f.truck_factor.and_then(count), f.truck_people.clone(), None),
        ),
        (
            "Departures that uncover a skill",
            "People whose departure alone leaves a critical skill of the organisation with \
             nobody; the list names the most damaging departures, worst first",
            Better::Lower,
            Unit::Count,
            |f| {
                (
                    f.uncovering_departures.and_then(count),
                    f.damaging_people.clone(),
                    None,
                )
            },
        ),
    ];
    if whole {
        // The truck factor is an organisation's: the whole option has none.
        specs.retain(|s| !matches!(s.0, "Truck factor" | "Departures that uncover a skill"));
    } else {
        specs.retain(|s| !matches!(s.0, "Under the skill-fit threshold" | "Warnings"));
    }
    specs
        .into_iter()
        .map(|(label, explanation, better, unit, pick)| {
            let values = columns
                .iter()
                .map(|f| f.map_or((None, Vec::new(), None), pick))
                .collect();
            row(group, label, explanation, better, unit, values)
        })
        .collect()
}

/// Rows whose figures come from cost or work-style scores: privacy mode leaves them out.
pub const PRIVATE_ROWS: [&str; 2] = ["Annual cost", "Mean work-style fit"];

impl Row {
    /// Whether privacy mode hides this row.
    pub fn is_private(&self) -> bool {
        PRIVATE_ROWS.contains(&self.label.as_str())
    }
}

/// Where organisation `id` first appears among the options' organisations.
fn needs_order(options: &[ScenarioFigures], id: &str) -> usize {
    options
        .iter()
        .flat_map(|o| &o.organisations)
        .position(|org| org.id == id)
        .unwrap_or(usize::MAX)
}

/// The whole comparison as table rows.
pub fn rows(c: &Comparison) -> Vec<Row> {
    let options: &[ScenarioFigures] = &c.scenarios;
    let mut rows = figure_rows(
        "Whole option",
        &options.iter().map(|o| Some(&o.total)).collect::<Vec<_>>(),
        true,
    );
    rows.push(row(
        "Whole option",
        "Unplaced",
        "People on the roster who sit in no unit in the option",
        Better::Lower,
        Unit::Count,
        options
            .iter()
            .map(|o| (count(o.unplaced), Vec::new(), None))
            .collect(),
    ));
    rows.push(row(
        "Whole option",
        "Placed differently",
        "People whose team or manager differs from the first column",
        Better::Neither,
        Unit::Count,
        options
            .iter()
            .enumerate()
            .map(|(column, o)| {
                let people = c.moves_into(column).map(|m| m.person_index).collect();
                (count(o.moved), people, None)
            })
            .collect(),
    ));
    // Organisations by name, in the order they first appear.
    let mut names: Vec<&str> = Vec::new();
    for o in options {
        for org in &o.organisations {
            if !names.contains(&org.name.as_str()) {
                names.push(&org.name);
            }
        }
    }
    for name in names {
        let columns: Vec<Option<&Figures>> = options
            .iter()
            .map(|o| {
                o.organisations
                    .iter()
                    .find(|org| org.name == name)
                    .map(|org| &org.figures)
            })
            .collect();
        rows.extend(figure_rows(name, &columns, false));
    }
    let mut skills: Vec<(&str, &str)> = Vec::new();
    for o in options {
        for skill in &o.critical_skills {
            if !skills.iter().any(|(id, _)| *id == skill.skill) {
                skills.push((&skill.skill, &skill.name));
            }
        }
    }
    for (skill, skill_name) in skills {
        // (organisation id, name, level), organisations in the order they first appear.
        let mut needs: Vec<(&str, &str, u8)> = Vec::new();
        for o in options {
            for org in &o.organisations {
                let levels = o
                    .critical_skills
                    .iter()
                    .filter(|s| s.skill == skill)
                    .flat_map(|s| &s.organisations)
                    .filter(|(id, _, _)| *id == org.id);
                for (_, level, _) in levels {
                    if !needs.iter().any(|(id, _, l)| *id == org.id && l == level) {
                        needs.push((&org.id, &org.name, *level));
                    }
                }
            }
        }
        needs.sort_by_key(|&(id, _, level)| {
            let first = needs_order(options, id);
            (first, level)
        });
        for (org, org_name, level) in needs {
            let values = options
                .iter()
                .map(|o| {
                    let cell = o
                        .critical_skills
                        .iter()
                        .find(|s| s.skill == skill)
                        .and_then(|s| {
                            s.organisations
                                .iter()
                                .find(|(id, l, _)| id == org && *l == level)
                        });
                    match cell {
                        Some((_, level, holders)) => (
                            count(*holders),
                            Vec::new(),
                            Some(format!("{holders} at {level}+")),
                        ),
                        None => (None, Vec::new(), None),
                    }
                })
                .collect();
            rows.push(row(
                "Critical skills",
                &format!("{skill_name} {level}+ in {org_name}"),
                "Holders (people, never open roles) at each level the organisation's units \
                 require (3+ where none does)",
                Better::Higher,
                Unit::Count,
                values,
            ));
        }
    }
    let mut kinds: Vec<&str> = Vec::new();
    for o in options {
        for kind in o.findings_by_kind.keys() {
            if !kinds.contains(&kind.as_str()) {
                kinds.push(kind);
            }
        }
    }
    for kind in kinds {
        let values = options
            .iter()
            .map(|o| {
                let n = o.findings_by_kind.get(kind).map_or(0, |c| c.iter().sum());
                (count(n), Vec::new(), None)
            })
            .collect();
        // Fewer sole holders can mean a second holder was trained or the last one left:
        // the count alone says neither better nor worse.
        let (better, explanation) = if kind == crate::analysis::FindingKind::SoleHolder.label() {
            (
                Better::Neither,
                "Findings of this kind, all severities; fewer can mean a second holder or \
                 none left (see coverage gaps)",
            )
        } else {
            (Better::Lower, "Findings of this kind, all severities")
        };
        rows.push(row(
            "Findings by kind",
            kind,
            explanation,
            better,
            Unit::Count,
            values,
        ));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn differences_are_marked_in_words_and_signs() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        let rows = rows(&compare(&d, &[0, 1]));
        let find = |group: &str, label: &str| {
            rows.iter()
                .find(|r| r.group == group && r.label == label)
                .unwrap_or_else(|| panic!("no row {group} / {label}"))
        };
        // The baseline has 66 people placed, option A 67 (the CIOI is hired).
        let people = find("Whole option", "People");
        assert_eq!(people.cells[0].text, "66");
        assert_eq!(people.cells[1].text, "67");
        assert_eq!(people.cells[1].delta.as_deref(), Some("+1"));
        assert_eq!(people.cells[1].verdict, Some(Verdict::Changed));
        // Both have a key-person risk, as `check` says: the baseline's and option A's
        // (Erik Lund, sole Mainframe-operations holder in Legacy IT).
        let key = find("Whole option", "Key-person risks");
        assert_eq!(
            (key.cells[0].text.as_str(), key.cells[1].text.as_str()),
            ("1", "1")
        );
        assert_eq!(key.cells[1].verdict, Some(Verdict::Same));
        assert_eq!(key.cells[1].people.len(), 1);
        assert_eq!(d.people[key.cells[1].people[0]].name, "Erik Lund");
        // An organisation the baseline does not have shows a dash there and no difference.
        let legacy = find("Legacy IT", "People");
        assert_eq!(legacy.cells[0].text, "—");
        assert_eq!(legacy.cells[1].text, "41");
        assert_eq!(legacy.cells[1].verdict, None);
        assert!(rows.iter().any(|r| r.group == "Critical skills"));
    }

    #[test]
    fn money_and_percentages_read_naturally() {
        assert_eq!(write(3_873_500.0, Unit::Money), "3,873,500");
        assert_eq!(signed(-0.05, Unit::Percent), "−5 points");
        assert_eq!(signed(2.0, Unit::Count), "+2");
    }
}
