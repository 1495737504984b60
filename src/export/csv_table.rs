//! One option as CSV: a row per person on the roster and per open role in the option, with
//! where they sit, whom they report to (solid and dotted) and their skills. UTF-8 with a
//! byte-order mark and CRLF line ends, which is what Excel needs to open it correctly.

use std::collections::HashMap;
use std::path::Path;

use crate::io::write_atomically;
use crate::model::{Design, ScenarioIndex};

const HEADERS: [&str; 11] = [
    "id",
    "name",
    "title",
    "team",
    "organisation",
    "manager id",
    "manager",
    "dotted lines",
    "skills",
    "annual cost",
    "open role",
];

/// The CSV text of option `scenario`, BOM included; `Err` names a missing option.
pub fn option_csv(design: &Design, scenario: usize) -> Result<Vec<u8>, String> {
    let option = design
        .scenarios
        .get(scenario)
        .ok_or_else(|| format!("there is no option number {}", scenario + 1))?;
    let ix = ScenarioIndex::new(design, scenario)
        .ok_or_else(|| format!("there is no option number {}", scenario + 1))?;
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: csv::Error| format!("the table could not be written: {e}");
    out.write_record(HEADERS).map_err(fail)?;
    // Everything is looked up through indices, so 100,000 people export in linear time.
    let dotted_of: HashMap<&str, &[String]> = option
        .placements
        .iter()
        .map(|x| (x.person.as_str(), x.dotted.as_slice()))
        .collect();
    for (p, person) in design.people.iter().enumerate() {
        let seat = ix.seat[p];
        // An open role this option leaves out is not part of it.
        if person.open_role && seat.is_none() {
            continue;
        }
        let unit = seat.map(|s| &design.units[s.unit]);
        let (team, organisation) = match (unit, ix.org_of_person(p)) {
            (Some(u), Some(org)) if design.units[org].id == u.id => (String::new(), u.name.clone()),
            (Some(u), Some(org)) => (u.name.clone(), design.units[org].name.clone()),
            (Some(u), None) => (u.name.clone(), String::new()),
            (None, _) => (String::new(), String::new()),
        };
        let boss = seat.and_then(|s| s.manager).map(|m| &design.people[m]);
        let (manager, manager_name) = boss.map_or((String::new(), String::new()), |b| {
            (b.id.clone(), b.name.clone())
        });
        let dotted = dotted_of
            .get(person.id.as_str())
            .map(|d| d.join("; "))
            .unwrap_or_default();
        let skills: Vec<String> = person
            .skills
            .iter()
            .map(|s| {
                let name = ix
                    .skill_ix
                    .get(s.skill.as_str())
                    .map_or(s.skill.as_str(), |&k| design.skills[k].name.as_str());
                format!("{name} {}", s.level)
            })
            .collect();
        let cost = person
            .annual_cost
            .map(|c| c.to_string())
            .unwrap_or_default();
        out.write_record([
            person.id.as_str(),
            person.name.as_str(),
            person.title.as_str(),
            &team,
            &organisation,
            &manager,
            &manager_name,
            &dotted,
            &skills.join("; "),
            &cost,
            if person.open_role { "yes" } else { "" },
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| format!("the table could not be written: {e}"))
}

/// Writes option `scenario` to `path` as CSV, atomically.
pub fn write_option_csv(design: &Design, scenario: usize, path: &Path) -> Result<(), String> {
    let bytes = option_csv(design, scenario)?;
    write_atomically(path, &bytes).map_err(|e| format!("could not write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{build, guess_mapping, read};
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn an_option_goes_out_with_a_bom_and_comes_back_in_with_the_same_reporting_lines() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let bytes = option_csv(&design, 1).expect("writes");
        assert!(bytes.starts_with(b"\xEF\xBB\xBFid,name,title,team,organisation,manager id"));
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(text.contains("\r\n"));
        let (table, _) = read(&bytes).expect("reads back");
        let placed = design.scenarios[1].placements.len();
        let unplaced = design.people.len() - placed;
        assert_eq!(table.rows.len(), placed + unplaced);
        let back = build(&table, &guess_mapping(&table), "out.csv", "UTF-8").expect("imports");
        for seat in &design.scenarios[1].placements {
            let again = back.design.scenarios[0]
                .placement_of(&seat.person)
                .expect("placed");
            assert_eq!(again.manager, seat.manager, "{}", seat.person);
        }
    }

    #[test]
    fn a_missing_option_is_named() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        assert_eq!(
            option_csv(&design, 9),
            Err("there is no option number 10".into())
        );
    }
}
