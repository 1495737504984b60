//! Imports of fixtures of our own (fictional people), one per shape real exports come in,
//! with their reports asserted; and random tables, which must never panic and must account
//! for every row.

use proptest::prelude::*;

use super::*;
use crate::analysis::analyse;
use crate::model::Mode;

fn import(bytes: &[u8], file: &str) -> Imported {
    let (table, encoding) = read(bytes).expect("reads");
    let mapping = guess_mapping(&table);
    build(&table, &mapping, file, encoding).expect("imports")
}

fn person<'a>(i: &'a Imported, name: &str) -> &'a crate::model::Person {
    i.design
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} imported"))
}

fn manager_of(i: &Imported, name: &str) -> Option<String> {
    let id = &person(i, name).id;
    let seat = i.design.scenarios[0].placement_of(id).expect("placed");
    seat.manager
        .as_deref()
        .map(|m| i.design.person_name(m).to_owned())
}

#[test]
fn windows_1252_with_pounds_and_accents() {
    let i = import(
        include_bytes!("../../tests/fixtures/import/windows-1252.csv"),
        "windows-1252.csv",
    );
    let r = &i.report;
    assert_eq!(
        (r.encoding.as_str(), r.delimiter.as_str()),
        ("windows-1252", ",")
    );
    assert_eq!((r.rows, r.people), (4, 4));
    assert_eq!(person(&i, "Zoë Brontë").annual_cost, Some(180_000));
    assert_eq!(person(&i, "José Núñez").annual_cost, Some(72_000));
    assert_eq!(person(&i, "Siân Evans").annual_cost, Some(99_001));
    assert_eq!(
        manager_of(&i, "José Núñez").as_deref(),
        Some("Renée Okafor")
    );
    assert_eq!(r.tops, ["Zoë Brontë"]);
    let mode = |team: &str| {
        r.teams
            .iter()
            .find(|t| t.name == team)
            .map(|t| t.suggested.clone())
    };
    assert_eq!(mode("Mainframe Operations").as_deref(), Some("Legacy"));
    assert_eq!(mode("Digital Channels").as_deref(), Some("Interaction"));
    // The top sits in the organisation they lead: a team of theirs alone is not a team.
    assert_eq!(mode("IT Management"), None);
    // The organisation as imported is the design's one option, under the top with most
    // people below, and it analyses.
    assert_eq!(i.design.scenarios[0].name, "Today — as imported");
    let it = i.design.unit("it").expect("the IT organisation");
    assert_eq!(
        it.leader.as_deref(),
        Some(person(&i, "Zoë Brontë").id.as_str())
    );
    assert_eq!(analyse(&i.design, 0).organisations[0].total.people, 4);
}

#[test]
fn semicolons_a_bom_crlf_and_managers_named_not_numbered() {
    let i = import(
        include_bytes!("../../tests/fixtures/import/semicolon-bom.csv"),
        "semicolon-bom.csv",
    );
    let r = &i.report;
    assert_eq!((r.encoding.as_str(), r.delimiter.as_str()), ("UTF-8", ";"));
    assert_eq!(r.people, 3);
    assert_eq!(
        manager_of(&i, "Anna Kowalska").as_deref(),
        Some("Margit Holm")
    );
    assert_eq!(person(&i, "Margit Holm").annual_cost, Some(210_000));
    assert_eq!(person(&i, "Pieter de Vries").annual_cost, Some(98_500));
    assert_eq!(
        person(&i, "Anna Kowalska").id,
        "p003",
        "ids made up in row order"
    );
    assert!(r.unmatched_managers.is_empty());
}

#[test]
fn a_messy_export_is_accounted_for_row_by_row() {
    let i = import(
        include_bytes!("../../tests/fixtures/import/messy.csv"),
        "messy.csv",
    );
    let r = &i.report;
    assert_eq!(r.rows, 12);
    assert_eq!(r.people, 9);
    assert_eq!(
        r.people + r.open_roles + r.skipped.len(),
        r.rows,
        "every row accounted for"
    );
    assert_eq!(r.open_roles, 2);
    let role = person(&i, "Open role — Network engineer");
    assert!(role.open_role);
    assert_eq!(role.annual_cost, Some(60_000));
    let skipped: Vec<(u64, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(skipped, [(12, "empty row")]);
    // "N/D" as a name is a person whose name is not disclosed; as a salary, unknown.
    // The card says what they do: the job title is the name, the title says why.
    let undisclosed = person(&i, "Data-centre technician");
    assert_eq!(undisclosed.title, "Name not disclosed");
    assert_eq!(undisclosed.annual_cost, None);
    assert_eq!(
        r.unreadable,
        [Unreadable {
            line: 6,
            column: "Salary".into(),
            value: "N/D".into()
        }]
    );
    assert_eq!(
        r.unmatched_managers,
        [
            Unmatched {
                line: 7,
                value: "XX".into()
            },
            Unmatched {
                line: 13,
                value: "P9 (the row itself)".into()
            },
        ]
    );
    assert_eq!(
        r.duplicate_ids,
        [Duplicate {
            id: "P6".into(),
            lines: vec![8, 9],
            renamed_to: vec!["P6-2".into()]
        }]
    );
    assert_eq!(person(&i, "Kim Park").id, "P6-2");
    assert_eq!(
        r.cycles,
        [Cycle {
            line: 10,
            names: vec!["Ivo Petrov".into(), "Eva Lind".into()]
        }]
    );
    assert_eq!(manager_of(&i, "Eva Lind").as_deref(), Some("Ivo Petrov"));
    assert_eq!(
        r.tops,
        ["Dana Whitfield", "Lena Fischer", "Ivo Petrov", "Sam Cole"]
    );
    // A note spanning two lines stays one note.
    assert_eq!(
        person(&i, "Omar Haddad").notes,
        "Joined 2019,\nmoved from the network team"
    );
    let modes: Vec<(&str, &str)> = r
        .teams
        .iter()
        .map(|t| (t.name.as_str(), t.suggested.as_str()))
        .collect();
    assert_eq!(
        modes,
        [
            ("Infrastructure", "Legacy"),
            ("Web & Mobile", "Interaction"),
            ("Strategy Office", "decide later")
        ]
    );
    assert!(
        i.design
            .notes
            .contains("12 rows, 9 people, 2 open roles, 1 row skipped")
    );
    assert_eq!(crate::io::validate(&i.design), Vec::new());
}

#[test]
fn amounts_in_the_forms_exports_use() {
    assert_eq!(parse_amount("£42,000"), Ok(Some(42_000)));
    assert_eq!(parse_amount("42.000,50 €"), Ok(Some(42_001)));
    assert_eq!(parse_amount("USD 1,234.4"), Ok(Some(1_234)));
    assert_eq!(parse_amount("98500"), Ok(Some(98_500)));
    assert_eq!(parse_amount("1,5"), Ok(Some(2)));
    assert_eq!(parse_amount(""), Ok(None));
    assert_eq!(parse_amount("N/D"), Err(NotAnAmount));
    assert_eq!(parse_amount("-5"), Err(NotAnAmount));
    assert_eq!(parse_amount("99999999999"), Err(NotAnAmount));
}

#[test]
fn team_names_suggest_organisations_by_whole_words() {
    assert_eq!(suggest_mode("ERP & Finance"), Some(Mode::Legacy));
    assert_eq!(suggest_mode("Service Desk"), Some(Mode::Legacy));
    assert_eq!(suggest_mode("CRM Platform"), Some(Mode::Interaction));
    // "Interpret" is not "erp"; "Customer Network" says both, so it waits for the user.
    assert_eq!(suggest_mode("Interpreting"), None);
    assert_eq!(suggest_mode("Customer Network"), None);
}

#[test]
fn a_file_without_names_or_ids_says_which_columns_it_has() {
    let (table, encoding) = read(b"Colour,Size\nred,4\n").expect("reads");
    let err = build(&table, &guess_mapping(&table), "shop.csv", encoding).expect_err("refused");
    assert_eq!(
        err,
        "no column holds names or ids; the columns are Colour, Size"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Random tables — ragged rows, quotes, commas in names, references to anyone or no
    /// one — never panic, and every row is either a person or listed as skipped.
    #[test]
    fn random_tables_never_panic_and_account_for_every_row(
        rows in prop::collection::vec(
            (
                "[A-Z]{0,2}[0-9]{0,2}",
                prop::sample::select(vec!["Ana", "Bo, Jr.", "\"Q\"", "", "N/D", "Vacant", "Zoë"]),
                "[A-Z]{0,2}[0-9]{0,2}",
                prop::sample::select(vec!["Mainframe", "Digital", "", "Ops"]),
                prop::sample::select(vec!["£1,000", "N/D", "", "12.5", "x"]),
                1usize..6,
            ),
            0..40,
        )
    ) {
        let mut text = String::from("id,name,manager,team,salary\n");
        for (id, name, manager, team, salary, width) in &rows {
            let cells = [id.as_str(), name, manager.as_str(), team, salary];
            let quoted: Vec<String> = cells
                .iter()
                .take(*width)
                .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
                .collect();
            text.push_str(&quoted.join(","));
            text.push('\n');
        }
        let (table, encoding) = read(text.as_bytes()).expect("a table");
        prop_assert_eq!(table.rows.len(), rows.len());
        match build(&table, &guess_mapping(&table), "random.csv", encoding) {
            Ok(i) => {
                prop_assert_eq!(i.report.people + i.report.open_roles + i.report.skipped.len(), i.report.rows);
                prop_assert_eq!(crate::io::validate(&i.design), Vec::new());
            }
            Err(why) => prop_assert!(why.contains("holds a person") || why.contains("no column")),
        }
    }
}

#[test]
fn a_spreadsheet_imports_with_cached_formula_values_dates_and_open_roles() {
    let bytes = include_bytes!("../../tests/fixtures/import/staff.xlsx");
    let (table, kind) = read(bytes).expect("reads");
    assert_eq!(kind, "Excel workbook");
    assert_eq!(table.sheet.as_deref(), Some("Staff"));
    assert_eq!(table.headers[6], "Start date");
    // Row numbers are the sheet's; a date cell reads as a date, not a serial number.
    assert_eq!(table.rows[3].line, 5);
    assert_eq!(table.cell(&table.rows[3], 6), "2024-03-01");
    let i = import(bytes, "staff.xlsx");
    let r = &i.report;
    assert_eq!((r.rows, r.people, r.open_roles), (4, 3, 1));
    assert_eq!(
        summary(r).split(':').next(),
        Some("Imported from staff.xlsx (Excel workbook, sheet Staff)")
    );
    // The formula's cached value is the cost.
    assert_eq!(person(&i, "Iris Novak").annual_cost, Some(78_000));
    assert_eq!(
        person(&i, "Open role — Mainframe engineer").annual_cost,
        Some(61_000)
    );
    assert_eq!(
        i.design.scenarios[0]
            .placement_of("E4")
            .and_then(|p| p.manager.as_deref()),
        Some("E1")
    );
}

#[test]
fn the_mapping_and_team_choices_are_kept_and_apply_to_next_months_reordered_export() {
    let bytes = include_bytes!("../../tests/fixtures/import/messy.csv");
    let (table, encoding) = read(bytes).expect("reads");
    let mut mapping = guess_mapping(&table);
    mapping.set_team_mode("strategy office", Mode::Interaction);
    let first = build(&table, &mapping, "messy.csv", encoding).expect("imports");
    let recipe = first.design.import.clone().expect("kept in the design");
    assert!(
        recipe
            .teams
            .iter()
            .any(|t| t.team == "Strategy Office" && t.mode == Mode::Interaction)
    );
    assert!(
        recipe
            .teams
            .iter()
            .any(|t| t.team == "Infrastructure" && t.mode == Mode::Legacy)
    );
    // The recipe survives a save and a load.
    let text = crate::io::to_ron(&first.design).expect("writes");
    let reloaded = crate::io::parse_design(&text).expect("reads");
    assert_eq!(reloaded.import.as_ref(), Some(&recipe));
    // Next month: the same columns in another order, renamed "Notes" column gone.
    let next = "Team,Reports To,Name,Post Unique Reference,Job Title,Salary\n\
                Strategy Office,,Ivo Petrov,P7,Analyst,70000\n\
                Strategy Office,P7,Eva Lind,P8,Planner,68000\n\
                Infrastructure,P7,Omar Haddad,P2,Head of Infrastructure,110000\n";
    let table2 = crate::import::read_table(next).expect("reads");
    let mapping2 = Mapping::from_recipe(&recipe, &table2);
    assert_eq!(mapping2.column(Field::Id), Some(3));
    assert_eq!(mapping2.column(Field::Team), Some(0));
    assert_eq!(mapping2.column(Field::Notes), None);
    let second = build(&table2, &mapping2, "next.csv", "UTF-8").expect("imports");
    let strategy = second
        .report
        .teams
        .iter()
        .find(|t| t.name == "Strategy Office")
        .expect("team");
    assert_eq!(strategy.mode, Mode::Interaction);
    assert!(
        !second.design.notes.contains("not yet assigned"),
        "{}",
        second.design.notes
    );
}

#[test]
fn an_organisation_hint_column_decides_a_team_whose_name_says_nothing() {
    let t = crate::import::read_table(
        "Name,Manager,Team,Organisation\n\
         Ana,,Platform,Legacy IT\n\
         Bo,Ana,Platform,Legacy IT\n\
         Cy,Ana,Stores,\n\
         Di,Ana,Tools,Legacy\n\
         Ed,Ana,Tools,Customer Interaction\n",
    )
    .expect("reads");
    let mapping = guess_mapping(&t);
    assert_eq!(mapping.column(Field::Organisation), Some(3));
    let i = build(&t, &mapping, "hints.csv", "UTF-8").expect("imports");
    let modes: Vec<(&str, Mode)> = i
        .report
        .teams
        .iter()
        .map(|t| (t.name.as_str(), t.mode))
        .collect();
    // Platform: both hints say Legacy. Stores: no hint, and its name is not a keyword
    // of ours. Tools: the hints disagree, so it waits.
    assert_eq!(
        modes,
        [
            ("Platform", Mode::Legacy),
            ("Stores", Mode::Mixed),
            ("Tools", Mode::Mixed)
        ]
    );
}

#[test]
fn imported_people_have_no_recorded_flight_risk() {
    let i = import(
        include_bytes!("../../tests/fixtures/import/messy.csv"),
        "messy.csv",
    );
    assert!(
        i.design
            .people
            .iter()
            .all(|p| p.flight_risk == crate::model::FlightRisk::Unknown)
    );
}

#[test]
fn a_clean_export_imports_as_the_structure_a_person_would_draw() {
    // The CIO in an office of their own with an assistant; department heads report to the
    // CIO; their staff to them.
    let csv = "Employee ID,Name,Job Title,Department,Manager ID\n\
               1,Ada Brook,Chief Information Officer,Office of the CIO,\n\
               2,Ben Carr,Executive Assistant,Office of the CIO,1\n\
               3,Cleo Dunn,Head of Mainframe,Mainframe Operations,1\n\
               4,Dev Egan,Mainframe Operator,Mainframe Operations,3\n\
               5,Eve Ford,Mainframe Operator,Mainframe Operations,3\n\
               6,Finn Gale,Head of Digital,Digital Channels,1\n\
               7,Gus Hale,Web Developer,Digital Channels,6\n";
    let i = import(csv.as_bytes(), "clean.csv");
    let d = &i.design;
    let seat = |name: &str| {
        let id = &person(&i, name).id;
        d.scenarios[0]
            .placement_of(id)
            .expect("placed")
            .unit
            .clone()
    };
    // The CIO sits in the organisation and leads it; each head leads their department.
    assert_eq!(seat("Ada Brook"), "it");
    assert_eq!(
        d.units[0].leader.as_deref(),
        Some(person(&i, "Ada Brook").id.as_str())
    );
    let leader_of = |team: &str| {
        let unit = d.units.iter().find(|u| u.name == team).expect("team");
        d.person_name(unit.leader.as_deref().expect("a leader"))
            .to_owned()
    };
    assert_eq!(leader_of("Mainframe Operations"), "Cleo Dunn");
    assert_eq!(leader_of("Digital Channels"), "Finn Gale");
    assert_eq!(leader_of("Office of the CIO"), "Ben Carr");
    let a = analyse(d, 0);
    let structural: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                crate::analysis::FindingKind::CrossTeamReporting
                    | crate::analysis::FindingKind::NoLeader
                    | crate::analysis::FindingKind::CrossOrgReporting
            )
        })
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(structural, Vec::<&str>::new());
}

#[test]
fn pay_is_a_persons_own_the_midpoint_of_a_range_and_never_their_reports() {
    let csv = "Post Unique Reference,Name,Job Title,Parent Department,Reports to Senior Post,\
               Actual Pay Floor (£),Actual Pay Ceiling (£),Salary Cost of Reports (£)\n\
               D1,Ada Brook,Director,Digital,,\"95,000\",\"99,999\",\"232,601\"\n\
               D2,Ben Carr,Deputy Director,Digital,D1,\"70,000\",\"74,999\",0\n\
               D3,Cleo Dunn,Deputy Director,Digital,D1,\"70,000\",\"74,999\",0\n\
               D4,Dev Egan,Head of Unit,Digital,D1,0,0,0\n";
    let i = import(csv.as_bytes(), "organogram.csv");
    assert_eq!(person(&i, "Ada Brook").annual_cost, Some(97_499));
    assert_eq!(person(&i, "Ben Carr").annual_cost, Some(72_499));
    assert_eq!(
        i.report.cost_from,
        "the midpoint of Actual Pay Floor (£) and Actual Pay Ceiling (£) (a pay range, not actual pay)"
    );
    let check: Vec<(u64, &str)> = i
        .report
        .costs_to_check
        .iter()
        .map(|c| (c.line, c.value.as_str()))
        .collect();
    assert_eq!(check, [(5, "0")]);
}

#[test]
fn eliminated_posts_are_skipped_and_their_reports_move_up() {
    let csv = "id,name,title,team,manager\n\
               1,Ada Brook,CIO,IT,\n\
               2,Eliminated,Head of Print,Print,1\n\
               3,Ben Carr,Printer,Print,2\n\
               4,Abolished,Deputy,Print,2\n\
               5,Cleo Dunn,Printer,Print,4\n";
    let i = import(csv.as_bytes(), "eliminated.csv");
    let skipped: Vec<(u64, &str)> = i
        .report
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(
        skipped,
        [
            (3, "eliminated post (\"Eliminated\")"),
            (5, "eliminated post (\"Abolished\")")
        ]
    );
    assert_eq!(manager_of(&i, "Ben Carr").as_deref(), Some("Ada Brook"));
    assert_eq!(manager_of(&i, "Cleo Dunn").as_deref(), Some("Ada Brook"));
    assert_eq!(i.report.repointed, [4, 6]);
    assert_eq!(i.report.people + i.report.skipped.len(), i.report.rows);
}

#[test]
fn a_manager_name_two_people_share_is_settled_by_the_team_or_listed() {
    let csv = "name,title,team,manager\n\
               Ada Brook,CIO,IT,\n\
               Maria Garcia,Head of CRM,CRM,Ada Brook\n\
               Maria Garcia,Analyst,Analytics,Ada Brook\n\
               Ben Carr,CRM developer,CRM,Maria Garcia\n\
               Cleo Dunn,Architect,Architecture,Maria Garcia\n";
    let i = import(csv.as_bytes(), "names.csv");
    let r = &i.report;
    assert_eq!(r.resolved_by_team, [5]);
    let ben = &person(&i, "Ben Carr").id;
    let head = i
        .design
        .people
        .iter()
        .find(|p| p.title == "Head of CRM")
        .expect("head");
    assert_eq!(
        i.design.scenarios[0]
            .placement_of(ben)
            .and_then(|p| p.manager.clone()),
        Some(head.id.clone())
    );
    assert_eq!(r.ambiguous_managers.len(), 1);
    assert_eq!(r.ambiguous_managers[0].line, 6);
    assert_eq!(r.ambiguous_managers[0].value, "Maria Garcia");
    assert_eq!(r.ambiguous_managers[0].candidates.len(), 2);
    assert!(r.unmatched_managers.is_empty());
}

#[test]
fn a_manager_picked_for_an_ambiguous_name_is_used_and_one_of_two_namesakes_reporting_to_the_other_is_not_ambiguous()
 {
    let csv = "name,title,team,manager\n\
               Ada Brook,CIO,IT,\n\
               Maria Garcia,Head of CRM,CRM,Ada Brook\n\
               Maria Garcia,Analyst,Analytics,Maria Garcia\n\
               Cleo Dunn,Architect,Architecture,Maria Garcia\n";
    let (table, encoding) = read(csv.as_bytes()).expect("reads");
    let mut mapping = guess_mapping(&table);
    let i = build(&table, &mapping, "names.csv", encoding).expect("imports");
    // The analyst's "Maria Garcia" can only be the other one: nobody is their own manager.
    let head = i
        .design
        .people
        .iter()
        .find(|p| p.title == "Head of CRM")
        .expect("head")
        .id
        .clone();
    let analyst = i
        .design
        .people
        .iter()
        .find(|p| p.title == "Analyst")
        .expect("analyst")
        .id
        .clone();
    let manager = |i: &Imported, id: &str| {
        i.design.scenarios[0]
            .placement_of(id)
            .and_then(|p| p.manager.clone())
    };
    assert_eq!(manager(&i, &analyst), Some(head.clone()));
    assert_eq!(i.report.ambiguous_managers.len(), 1);
    assert_eq!(i.report.ambiguous_managers[0].line, 5);
    assert_eq!(i.report.ambiguous_managers[0].chosen, None);
    assert_eq!(manager_of(&i, "Cleo Dunn"), None);
    // The user picks the analyst for line 5.
    mapping.choose_manager(5, &analyst);
    let picked = build(&table, &mapping, "names.csv", encoding).expect("imports");
    assert_eq!(
        manager(&picked, &person(&picked, "Cleo Dunn").id),
        Some(analyst.clone())
    );
    assert_eq!(
        picked.report.ambiguous_managers[0].chosen.as_deref(),
        Some(analyst.as_str())
    );
    // A pick that is not among the candidates leaves the row reporting to nobody.
    mapping.choose_manager(5, "nobody");
    let wrong = build(&table, &mapping, "names.csv", encoding).expect("imports");
    assert_eq!(manager_of(&wrong, "Cleo Dunn"), None);
    assert_eq!(wrong.report.ambiguous_managers[0].chosen, None);
}

#[test]
fn the_header_is_found_under_title_rows_and_can_be_chosen() {
    let csv = "Worker Report — IT;;;\n\
               Effective as of 2026-11-30;;;\n\
               \n\
               Employee ID;Name;Job Title;Manager ID\n\
               1;Ada Brook;CIO;\n\
               2;Ben Carr;Head of Mainframe;1\n";
    let i = import(csv.as_bytes(), "titled.csv");
    assert_eq!(i.report.header_line, 4);
    assert_eq!((i.report.rows, i.report.people), (2, 2));
    assert_eq!(manager_of(&i, "Ben Carr").as_deref(), Some("Ada Brook"));
    // Asked for by line: the row on that line is the header, whatever it looks like.
    let (table, _) = crate::import::read_with(
        csv.as_bytes(),
        &crate::import::Choice {
            sheet: None,
            header_line: Some(5),
        },
    )
    .expect("reads");
    assert_eq!(table.headers[1], "Ada Brook");
    let err = crate::import::read_with(
        csv.as_bytes(),
        &crate::import::Choice {
            sheet: None,
            header_line: Some(40),
        },
    )
    .expect_err("past the end");
    assert_eq!(
        err,
        "it has no row starting on line 40 to use as the header (its last row is on line 6)"
    );
}

#[test]
fn a_cover_sheet_is_passed_over_for_the_sheet_holding_the_table() {
    let bytes = include_bytes!("../../tests/fixtures/import/cover-sheet-and-title-rows.xlsx");
    let i = import(bytes, "report.xlsx");
    assert_eq!(i.report.sheet.as_deref(), Some("Staff"));
    assert_eq!(i.report.header_line, 4);
    assert_eq!(i.report.people, 4);
    assert_eq!(person(&i, "Ben Carr").annual_cost, Some(95_000));
    let choose = |sheet: &str| {
        crate::import::read_with(
            bytes,
            &crate::import::Choice {
                sheet: Some(sheet.into()),
                header_line: None,
            },
        )
    };
    assert_eq!(
        choose("2").map(|(t, _)| t.sheet),
        Ok(Some("Staff".to_owned()))
    );
    assert_eq!(
        choose("Payroll").map(|(t, _)| t.rows.len()),
        Err("it has no worksheet \"Payroll\"; its worksheets are About this report, Staff".into())
    );
}

#[test]
fn an_eliminated_post_named_as_a_manager_hands_its_reports_up_too() {
    let csv = "name,title,team,manager\n\
               Ada Brook,CIO,IT,\n\
               Eliminated,Head of Print,Print,Ada Brook\n\
               Ben Carr,Printer,Print,Eliminated\n\
               Cleo Dunn,Printer,Print,Eliminated\n";
    let i = import(csv.as_bytes(), "by-name.csv");
    assert_eq!(manager_of(&i, "Ben Carr").as_deref(), Some("Ada Brook"));
    assert_eq!(manager_of(&i, "Cleo Dunn").as_deref(), Some("Ada Brook"));
    assert_eq!(i.report.repointed, [4, 5]);
    assert!(i.report.unmatched_managers.is_empty());
}
