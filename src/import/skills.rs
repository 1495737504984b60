//! Skills and work styles from a second file, onto people already in a design. Two shapes:
//! long (a row per person and skill, with a level) or wide (a row per person, a column per
//! skill or work-style dimension). Names are matched to the catalogue without regard to case
//! or punctuation; unknown skills are listed with a suggested area for the user to add;
//! levels outside 1–5 are reported and never clamped.

use std::collections::HashMap;

use serde::Serialize;

use super::mapping::normalise;
use super::report::Skipped;
use super::table::{Table, TableRow};
use super::words::suggest_mode;
use crate::edit::Command;
use crate::model::{Design, MAX_LEVEL, MIN_LEVEL, Mode, Skill, SkillArea};

/// A skill name the catalogue does not know, and the area its name suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownSkill {
    pub name: String,
    pub area: SkillArea,
    /// The levels waiting for it: (person id, level).
    pub levels: Vec<(String, u8)>,
}

/// A level or score that is not a whole number from 1 to 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutOfRange {
    pub line: u64,
    pub person: String,
    pub skill: String,
    pub value: String,
}

/// What a skills file would change, and what it could not use.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct SkillsImport {
    /// "long" or "wide".
    pub shape: String,
    pub rows: usize,
    /// (person id, skill id, level) for skills in the catalogue.
    pub levels: Vec<(String, String, u8)>,
    /// (person id, dimension id, score).
    pub scores: Vec<(String, String, u8)>,
    pub unknown_skills: Vec<UnknownSkill>,
    pub out_of_range: Vec<OutOfRange>,
    /// Rows whose person is not in the design, or that hold nothing.
    pub skipped: Vec<Skipped>,
    /// Columns of a wide file that hold no levels (notes, departments), left alone.
    pub ignored_columns: Vec<String>,
    /// How many different people get a level or score.
    pub people: usize,
}

const PERSON_HEADERS: [&str; 10] = [
    "employee id",
    "person id",
    "staff id",
    "id",
    "post unique reference",
    "employee",
    "person",
    "name",
    "full name",
    "employee name",
];
const SKILL_HEADERS: [&str; 5] = [
    "skill",
    "competency",
    "competence",
    "skill name",
    "capability",
];
const LEVEL_HEADERS: [&str; 6] = [
    "level",
    "proficiency",
    "rating",
    "score",
    "skill level",
    "grade",
];

fn find_header(table: &Table, names: &[&str]) -> Option<usize> {
    let headers: Vec<String> = table.headers.iter().map(|h| normalise(h)).collect();
    names
        .iter()
        .find_map(|n| headers.iter().position(|h| h == n))
}

/// The area a new skill's name suggests: Legacy or Interaction by our keywords, else Shared.
fn suggest_area(name: &str) -> SkillArea {
    match suggest_mode(name) {
        Some(Mode::Legacy) => SkillArea::Legacy,
        Some(Mode::Interaction) => SkillArea::Interaction,
        _ => SkillArea::Shared,
    }
}

impl SkillsImport {
    /// The edit that applies this import: unknown skills given an area in `add` (indexed
    /// like `unknown_skills`; `None` leaves one out) join the catalogue with their levels.
    pub fn command(&self, design: &Design, add: &[Option<SkillArea>]) -> Command {
        let mut new_skills: Vec<Skill> = Vec::new();
        let mut levels = self.levels.clone();
        for (unknown, area) in self.unknown_skills.iter().zip(add) {
            let Some(area) = area else { continue };
            let base = normalise(&unknown.name).replace(' ', "_");
            let mut id = if base.is_empty() {
                "skill".to_owned()
            } else {
                base
            };
            while design.skills.iter().any(|k| k.id == id) || new_skills.iter().any(|k| k.id == id)
            {
                id.push_str("_2");
            }
            levels.extend(
                unknown
                    .levels
                    .iter()
                    .map(|(person, level)| (person.clone(), id.clone(), *level)),
            );
            new_skills.push(Skill {
                id,
                name: unknown.name.clone(),
                area: *area,
                critical: false,
            });
        }
        Command::ImportSkills {
            new_skills,
            levels,
            scores: self.scores.clone(),
        }
    }
}

/// Reads `table` as skills and work styles of `design`'s people; `Err` when no column
/// identifies people (naming the headers it has).
pub fn read_skills(table: &Table, design: &Design) -> Result<SkillsImport, String> {
    let person_col = find_header(table, &PERSON_HEADERS).ok_or_else(|| {
        format!(
            "no column identifies people (an id or a name); the columns are {}",
            table.headers.join(", ")
        )
    })?;
    let mut people: HashMap<String, &str> = HashMap::new();
    let mut by_name: HashMap<String, Vec<&str>> = HashMap::new();
    for p in &design.people {
        people.insert(p.id.to_lowercase(), &p.id);
        by_name.entry(normalise(&p.name)).or_default().push(&p.id);
    }
    let skills: HashMap<String, &str> = design
        .skills
        .iter()
        .flat_map(|s| {
            [
                (normalise(&s.id), s.id.as_str()),
                (normalise(&s.name), s.id.as_str()),
            ]
        })
        .collect();
    let dims: HashMap<String, &str> = design
        .work_styles
        .iter()
        .flat_map(|d| {
            [
                (normalise(&d.id), d.id.as_str()),
                (normalise(&d.name), d.id.as_str()),
            ]
        })
        .collect();
    let mut out = SkillsImport {
        rows: table.rows.len(),
        ..SkillsImport::default()
    };
    let who = |row: &TableRow| -> Option<&str> {
        let value = table.cell(row, person_col);
        people.get(&value.to_lowercase()).copied().or_else(|| {
            match by_name.get(&normalise(value)).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ => None,
            }
        })
    };
    // One (person, name, value) at a time, whichever the shape.
    let take = |out: &mut SkillsImport, line: u64, person: &str, name: &str, value: &str| {
        if value.trim().is_empty() {
            return false;
        }
        let level = value
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|l| (MIN_LEVEL..=MAX_LEVEL).contains(l));
        let Some(level) = level else {
            out.out_of_range.push(OutOfRange {
                line,
                person: person.to_owned(),
                skill: name.to_owned(),
                value: value.trim().to_owned(),
            });
            return false;
        };
        let key = normalise(name);
        if let Some(skill) = skills.get(&key) {
            out.levels
                .push((person.to_owned(), (*skill).to_owned(), level));
        } else if let Some(dim) = dims.get(&key) {
            out.scores
                .push((person.to_owned(), (*dim).to_owned(), level));
        } else {
            match out
                .unknown_skills
                .iter_mut()
                .find(|u| normalise(&u.name) == key)
            {
                Some(u) => u.levels.push((person.to_owned(), level)),
                None => out.unknown_skills.push(UnknownSkill {
                    name: name.trim().to_owned(),
                    area: suggest_area(name),
                    levels: vec![(person.to_owned(), level)],
                }),
            }
        }
        true
    };
    let long = find_header(table, &SKILL_HEADERS).zip(find_header(table, &LEVEL_HEADERS));
    out.shape = if long.is_some() { "long" } else { "wide" }.into();
    // In a wide file, a column holds levels when its header names a skill or dimension of
    // the catalogue, or most of its values are whole numbers (a 7 among them is then
    // reported); other columns are left alone and listed.
    let mut level_columns = Vec::new();
    if long.is_none() {
        for (c, header) in table.headers.iter().enumerate() {
            if c == person_col || PERSON_HEADERS.contains(&normalise(header).as_str()) {
                continue;
            }
            let values: Vec<&str> = table
                .rows
                .iter()
                .map(|r| table.cell(r, c))
                .filter(|v| !v.is_empty())
                .collect();
            let numbers = values.iter().filter(|v| v.parse::<i64>().is_ok()).count();
            let known =
                skills.contains_key(&normalise(header)) || dims.contains_key(&normalise(header));
            if known || (!values.is_empty() && numbers * 2 >= values.len()) {
                level_columns.push(c);
            } else {
                out.ignored_columns.push(header.clone());
            }
        }
    }
    for row in &table.rows {
        let Some(person) = who(row) else {
            let value = table.cell(row, person_col);
            out.skipped.push(Skipped {
                line: row.line,
                reason: if value.is_empty() {
                    "no person named".into()
                } else {
                    format!("\"{value}\" is nobody in the design")
                },
            });
            continue;
        };
        let used = match long {
            Some((skill_col, level_col)) => take(
                &mut out,
                row.line,
                person,
                table.cell(row, skill_col),
                table.cell(row, level_col),
            ),
            None => {
                let mut any = false;
                for &c in &level_columns {
                    let header = &table.headers[c];
                    any |= take(&mut out, row.line, person, header, table.cell(row, c));
                }
                any
            }
        };
        if !used && !out.out_of_range.iter().any(|o| o.line == row.line) {
            out.skipped.push(Skipped {
                line: row.line,
                reason: "no level given".into(),
            });
        }
    }
    let mut touched: Vec<&str> = out
        .levels
        .iter()
        .map(|l| l.0.as_str())
        .chain(out.scores.iter().map(|s| s.0.as_str()))
        .chain(
            out.unknown_skills
                .iter()
                .flat_map(|u| u.levels.iter().map(|l| l.0.as_str())),
        )
        .collect();
    touched.sort_unstable();
    touched.dedup();
    out.people = touched.len();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::read_table;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn a_long_file_maps_names_to_the_catalogue_and_reports_the_rest() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let t = read_table(
            "Employee ID,Skill,Level\n\
             p003,cobol,5\n\
             p003,Change appetite,4\n\
             p004,Quantum gardening,3\n\
             p004,COBOL,7\n\
             p999,COBOL,2\n\
             p005,Mainframe data-centre ops,2\n",
        )
        .expect("reads");
        let s = read_skills(&t, &design).expect("reads");
        assert_eq!(s.shape, "long");
        assert_eq!(s.levels, [("p003".into(), "cobol".into(), 5)]);
        assert!(
            design
                .work_styles
                .iter()
                .any(|d| d.name == "Change appetite")
        );
        assert_eq!(s.scores.len(), 1);
        assert_eq!(
            s.out_of_range,
            [OutOfRange {
                line: 5,
                person: "p004".into(),
                skill: "COBOL".into(),
                value: "7".into()
            }]
        );
        let names: Vec<(&str, SkillArea)> = s
            .unknown_skills
            .iter()
            .map(|u| (u.name.as_str(), u.area))
            .collect();
        assert_eq!(
            names,
            [
                ("Quantum gardening", SkillArea::Shared),
                ("Mainframe data-centre ops", SkillArea::Legacy)
            ]
        );
        assert_eq!(s.skipped.len(), 1);
        assert_eq!(s.skipped[0].line, 6);
        assert_eq!(s.people, 3);
        // Applied as one edit, with the second unknown skill added as Legacy.
        let mut doc = crate::edit::Document::unsaved(design.clone());
        let message = doc
            .apply(s.command(&design, &[None, Some(SkillArea::Legacy)]))
            .expect("applies");
        assert_eq!(
            message,
            "Set 2 skill levels and 1 work-style score for 2 people; added 1 skill to the catalogue."
        );
        let d = doc.design();
        let added = d.skills.last().expect("added");
        assert_eq!(
            (added.name.as_str(), added.area),
            ("Mainframe data-centre ops", SkillArea::Legacy)
        );
        assert_eq!(
            d.person("p005").and_then(|p| p.level_of(&added.id)),
            Some(2)
        );
        assert_eq!(d.person("p003").and_then(|p| p.level_of("cobol")), Some(5));
        assert!(d.skills.iter().all(|k| k.name != "Quantum gardening"));
        assert!(doc.undo().is_some());
        assert_eq!(doc.design(), &design);
    }

    #[test]
    fn a_wide_file_has_a_column_per_skill_and_people_by_name() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let name = design.people[2].name.clone();
        let t =
            read_table(&format!("Name,COBOL,CRM platforms,Notes\n{name},4,,x\n")).expect("reads");
        let s = read_skills(&t, &design).expect("reads");
        assert_eq!(s.shape, "wide");
        assert_eq!(s.levels, [(design.people[2].id.clone(), "cobol".into(), 4)]);
        // Notes hold no levels: left alone, and said so.
        assert!(s.out_of_range.is_empty());
        assert_eq!(s.ignored_columns, ["Notes"]);
        assert!(read_skills(&read_table("a,b\n1,2\n").expect("reads"), &design).is_err());
    }
}
