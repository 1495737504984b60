//! One option as CSV: a row per person on the roster and per open role in the option, with
//! where they sit, whom they report to (solid and dotted) and their skills. UTF-8 with a
//! byte-order mark and CRLF line ends, which is what Excel needs to open it correctly.

use std::collections::HashMap;
use std::path::Path;

use crate::io::write_shared_atomically;
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
pub fn scenario_csv(design: &Design, scenario: usize) -> Result<Vec<u8>, String> {
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
        let skills = skills.join("; ");
        out.write_record([
            inert(&person.id).as_ref(),
            inert(&person.name).as_ref(),
            inert(&person.title).as_ref(),
            inert(&team).as_ref(),
            inert(&organisation).as_ref(),
            inert(&manager).as_ref(),
            inert(&manager_name).as_ref(),
            inert(&dotted).as_ref(),
            inert(&skills).as_ref(),
            &cost,
            if person.open_role { "yes" } else { "" },
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| format!("the table could not be written: {e}"))
}

/// A cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'` (OWASP's advice against CSV injection), so
/// a name such as `=HYPERLINK(…)` shows as text. A number such as `-2` stays a number.
pub fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes option `scenario` to `path` as CSV, atomically.
pub fn write_scenario_csv(design: &Design, scenario: usize, path: &Path) -> Result<(), String> {
    let bytes = scenario_csv(design, scenario)?;
    write_shared_atomically(path, &bytes)
        .map_err(|e| format!("could not write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{build, guess_mapping, read};
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn an_option_goes_out_with_a_bom_and_comes_back_in_with_the_same_reporting_lines() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let bytes = scenario_csv(&design, 1).expect("writes");
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
    fn cells_a_spreadsheet_would_run_are_made_text_and_numbers_stay_numbers() {
        for (cell, out) in [
            (
                "=HYPERLINK(\"http://x\",\"Click\")",
                "'=HYPERLINK(\"http://x\",\"Click\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("@SUM(1)", "'@SUM(1)"),
            ("-1+1", "'-1+1"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-2", "-2"),
            ("+3.5", "+3.5"),
            ("Ana Silva", "Ana Silva"),
        ] {
            assert_eq!(inert(cell), out, "{cell}");
        }
        let mut design = parse_design(SAMPLE_RON).expect("sample");
        design.people[0].name = "=1+1".into();
        let text = String::from_utf8(scenario_csv(&design, 0).expect("writes")).expect("UTF-8");
        assert!(text.contains(",'=1+1,"), "{text}");
    }

    #[test]
    fn a_missing_option_is_named() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        assert_eq!(
            scenario_csv(&design, 9),
            Err("there is no option number 10".into())
        );
    }
}
