//! Updating the sample from a newer export made from it, each outcome checked by value.

use proptest::prelude::*;

use super::*;
use crate::edit::{Command, Document};
use crate::export::scenario_csv;
use crate::import::read;
use crate::io::{SAMPLE_RON, parse_design, to_ron, validate};
use crate::model::generate::generated_design;
use crate::model::{Design, FlightRisk, Person, Placement};

fn sample() -> Design {
    parse_design(SAMPLE_RON).expect("sample")
}

fn id(design: &Design, name: &str) -> String {
    design
        .people
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.id.clone())
        .unwrap_or_else(|| panic!("{name} is in the design"))
}

/// The baseline as the HR system would export it next month: rows as `scenario_csv` writes
/// them (id, name, title, team, organisation, manager id, …), changed by `edit`.
fn export(design: &Design, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Vec<u8> {
    let bytes = scenario_csv(design, 0).expect("exports");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_owned).collect())
        .collect();
    edit(&mut rows);
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in rows {
        out.write_record(row).expect("row");
    }
    out.into_inner().expect("csv")
}

fn refreshed(design: &Design, bytes: &[u8]) -> Refreshed {
    let (table, encoding) = read(bytes).expect("reads");
    refresh(design, &table, "next.csv", encoding, "2026-12-07").expect("refreshes")
}

fn seat<'a>(d: &'a Design, option: usize, person: &str) -> Option<&'a Placement> {
    d.scenarios[option].placement_of(person)
}

fn unit_name(d: &Design, option: usize, person: &str) -> Option<String> {
    seat(d, option, person).map(|p| d.unit(&p.unit).expect("unit").name.clone())
}

/// The sample with an open role (a data engineer's seat under Yuki Tanaka) in the baseline.
fn sample_with_open_role() -> Design {
    let mut d = sample();
    let yuki = id(&d, "Yuki Tanaka");
    let unit = seat(&d, 0, &yuki).expect("placed").unit.clone();
    d.people.push(Person {
        id: "p950".into(),
        name: "Open role".into(),
        title: "Data engineer".into(),
        skills: Vec::new(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Unknown,
        annual_cost: None,
        notes: String::new(),
        open_role: true,
    });
    d.scenarios[0].placements.push(Placement {
        person: "p950".into(),
        unit,
        manager: Some(yuki),
        dotted: Vec::new(),
    });
    d
}

#[test]
fn next_months_export_updates_leavers_joiners_movers_titles_and_a_filled_role() {
    let design = sample_with_open_role();
    let d = &design;
    let (tomasz, erik, ana, grace, sofia, henrik, margaret, yuki) = (
        id(d, "Tomasz Nowak"),
        id(d, "Erik Lund"),
        id(d, "Ana Silva"),
        id(d, "Grace Mensah"),
        id(d, "Sofia Rossi"),
        id(d, "Henrik Berg"),
        id(d, "Margaret Holm"),
        id(d, "Yuki Tanaka"),
    );
    let bytes = export(d, |rows| {
        // Tomasz Nowak (who leads Mainframe) and Erik Lund (a key person) have left; HR has
        // Tomasz's reports under Margaret Holm now.
        rows.retain(|r| r[0] != tomasz && r[0] != erik);
        for r in rows.iter_mut() {
            if r[5] == tomasz {
                r[5] = margaret.clone();
            }
            // Ana Silva (whom option A moved to Social Media) now works in ERP for Sofia
            // Rossi; Grace Mensah (whom no option moved) in Data Centre for Yuki Tanaka.
            if r[0] == ana {
                r[3] = "ERP".into();
                r[5] = sofia.clone();
            }
            if r[0] == grace {
                r[3] = "Data Centre & Network".into();
                r[5] = yuki.clone();
            }
            if r[0] == sofia {
                r[2] = "Head of ERP".into();
            }
            if r[0] == "p950" {
                r[1] = "Lara Finch".into();
            }
        }
        let row = |cells: [&str; 6]| {
            let mut r: Vec<String> = cells.iter().map(|c| (*c).to_owned()).collect();
            r.resize(11, String::new());
            r
        };
        rows.push(row([
            "p900",
            "Zoe Quinn",
            "Mainframe engineer",
            "Mainframe & Core Systems",
            "IT",
            &henrik,
        ]));
        rows.push(row([
            "p901",
            "Yan Ortiz",
            "Cloud engineer",
            "Cloud Platform",
            "IT",
            "zz404",
        ]));
    });
    let Refreshed {
        design: next,
        report,
    } = refreshed(d, &bytes);
    assert!(validate(&next).is_empty(), "{:?}", validate(&next));

    let mut leavers: Vec<&str> = report.leavers.iter().map(|l| l.name.as_str()).collect();
    leavers.sort_unstable();
    assert_eq!(leavers, ["Erik Lund", "Tomasz Nowak"]);
    assert!(next.person(&tomasz).is_none() && next.person(&erik).is_none());
    assert!(
        report.breaks.iter().any(|b| b.contains("Mainframe")),
        "{:?}",
        report.breaks
    );
    // Henrik Berg reported to Tomasz: now to Tomasz's manager, in every option.
    for option in 0..next.scenarios.len() {
        let manager = seat(&next, option, &henrik).and_then(|p| p.manager.clone());
        assert_eq!(
            manager.as_deref(),
            Some(margaret.as_str()),
            "option {option}"
        );
    }

    // Joiners: under an existing manager everywhere; under an unknown one, in a new team of
    // the baseline and unplaced elsewhere.
    let zoe = report
        .joiners
        .iter()
        .find(|j| j.id == "p900")
        .expect("joined");
    assert_eq!(zoe.to, "Mainframe & Core Systems, reporting to Henrik Berg");
    assert!(zoe.unplaced_in.is_empty());
    assert_eq!(
        unit_name(&next, 1, "p900"),
        unit_name(&next, 1, &henrik),
        "beside Henrik Berg in option A"
    );
    let yan = report
        .joiners
        .iter()
        .find(|j| j.id == "p901")
        .expect("joined");
    assert_eq!(yan.to, "Cloud Platform");
    assert_eq!(yan.unplaced_in.len(), 2);
    assert_eq!(report.new_teams, ["Cloud Platform"]);
    assert!(seat(&next, 1, "p901").is_none());

    // Movers: the baseline follows HR; option A keeps its own placement of Ana Silva and
    // says so; option B, which never moved her, follows; Grace Mensah follows everywhere.
    let ana_move = report.movers.iter().find(|m| m.id == ana).expect("moved");
    assert_eq!(ana_move.to, "ERP, reporting to Sofia Rossi");
    assert_eq!(ana_move.conflicts.len(), 1);
    assert_eq!(ana_move.conflicts[0].option, "Option A — dual CIO");
    assert!(ana_move.conflicts[0].kept.starts_with("Social Media"));
    assert_eq!(unit_name(&next, 0, &ana).as_deref(), Some("ERP"));
    assert_eq!(unit_name(&next, 1, &ana).as_deref(), Some("Social Media"));
    assert_eq!(unit_name(&next, 2, &ana).as_deref(), Some("ERP"));
    let grace_move = report.movers.iter().find(|m| m.id == grace).expect("moved");
    assert!(grace_move.conflicts.is_empty());
    for option in 0..next.scenarios.len() {
        assert_eq!(
            unit_name(&next, option, &grace).as_deref(),
            Some("Data Centre & Network"),
            "option {option}"
        );
    }
    assert_eq!(report.movers.len(), 2, "{:?}", report.movers);

    // A new title, and the open role filled in its seat.
    assert_eq!(
        report.changed,
        [Changed {
            id: sofia.clone(),
            field: "title".into(),
            from: "ERP Lead".into(),
            to: "Head of ERP".into(),
        }]
    );
    assert_eq!(
        report.filled,
        [("p950".to_owned(), "Lara Finch".to_owned())]
    );
    let lara = next.person("p950").expect("kept");
    assert!(!lara.open_role);
    assert_eq!(lara.name, "Lara Finch");
    assert_eq!(
        seat(&next, 0, "p950").and_then(|p| p.manager.clone()),
        Some(yuki)
    );
    // The notes keep a dated line.
    assert!(
        next.notes.ends_with(
            "2026-12-07: staff updated from next.csv: 2 leavers, 2 joiners, 2 moved, 1 changed \
             value, 1 open role filled."
        ),
        "{}",
        next.notes
    );
}

#[test]
fn the_update_is_one_edit_that_undo_takes_back_byte_for_byte() {
    let design = sample();
    let erik = id(&design, "Erik Lund");
    let bytes = export(&design, |rows| rows.retain(|r| r[0] != erik));
    let update = refreshed(&design, &bytes);
    let mut doc = Document::unsaved(design.clone());
    doc.apply(Command::Adopt {
        design: Box::new(update.design.clone()),
        what: "staff update from next.csv".into(),
        message: "Updated.".into(),
    })
    .expect("applies");
    assert!(doc.design().person(&erik).is_none());
    assert_eq!(doc.undo().as_deref(), Some("staff update from next.csv"));
    assert_eq!(
        to_ron(doc.design()).expect("ser"),
        to_ron(&design).expect("ser")
    );
}

#[test]
fn an_export_without_ids_is_matched_by_name_only_when_no_name_is_shared() {
    let design = sample();
    let (ana, sofia) = (id(&design, "Ana Silva"), id(&design, "Sofia Rossi"));
    // Every name is unique: people are matched by name, and the report says so.
    let mut csv = String::from("name,title,team,manager\n");
    for p in design.people.iter() {
        let seat = design.scenarios[0].placement_of(&p.id);
        let team = seat
            .and_then(|s| design.unit(&s.unit))
            .filter(|u| u.kind == crate::model::UnitKind::Team)
            .map_or("", |u| u.name.as_str());
        let manager = seat
            .and_then(|s| s.manager.as_deref())
            .map_or("", |m| design.person_name(m));
        let (team, manager) = if p.id == ana {
            ("ERP", "Sofia Rossi")
        } else {
            (team, manager)
        };
        csv.push_str(&format!("{},{},{team},{manager}\n", p.name, p.title));
    }
    csv.push_str("Zoe Quinn,Analyst,ERP,Sofia Rossi\n");
    let (table, encoding) = read(csv.as_bytes()).expect("reads");
    let update = refresh(&design, &table, "names.csv", encoding, "2026-12-07").expect("matches");
    let r = &update.report;
    assert!(r.matched_by_name);
    assert!(r.leavers.is_empty(), "{:?}", r.leavers);
    assert_eq!(r.joiners.len(), 1);
    assert!(
        !known_id(&design, &r.joiners[0].id),
        "a joiner gets an id of its own"
    );
    assert_eq!(r.movers.len(), 1, "{:?}", r.movers);
    assert_eq!(r.movers[0].id, ana);
    assert_eq!(
        update.design.scenarios[0]
            .placement_of(&ana)
            .and_then(|p| p.manager.clone()),
        Some(sofia)
    );
    // A shared name: refused before anything changes.
    let (table, encoding) = read(b"name,team\nAna Silva,ERP\nAna Silva,CRM\n").expect("reads");
    let err = refresh(&design, &table, "names.csv", encoding, "2026-12-07").expect_err("refused");
    assert!(err.starts_with("names.csv has no id column"), "{err}");
    assert!(
        err.ends_with("every name is unique, and some are shared"),
        "{err}"
    );
}

fn known_id(design: &Design, id: &str) -> bool {
    design.people.iter().any(|p| p.id == id)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn the_designs_own_export_changes_nothing(people in 20usize..200, seed in 0u64..1000) {
        let design = generated_design(people, 3, seed);
        let bytes = export(&design, |_| {});
        let update = refreshed(&design, &bytes);
        prop_assert!(update.report.is_empty(), "{:?}", update.report);
        prop_assert_eq!(&update.design, &design);
    }
}

/// A colleague's copy of the sample with an option of their own: a new person, a new team
/// and Erik Lund moved to it.
fn colleagues_copy() -> Design {
    let mut other = sample();
    let erik = id(&other, "Erik Lund");
    let mut option = other.scenarios[1].clone();
    option.id = "option-c".into();
    option.name = "Option C — platform team".into();
    let legacy = option
        .structure
        .iter()
        .find(|s| s.parent.is_none())
        .map(|s| s.unit.clone())
        .expect("an organisation");
    other.units.push(crate::model::Unit {
        id: "platform".into(),
        name: "Platform".into(),
        kind: crate::model::UnitKind::Team,
        mode: crate::model::Mode::Legacy,
        leader: None,
        profile: crate::model::Profile::default(),
    });
    option.structure.push(crate::model::UnitSlot {
        unit: "platform".into(),
        parent: Some(legacy),
    });
    other.people.push(Person {
        id: "p777".into(),
        name: "Noor Platform".into(),
        title: "Platform lead".into(),
        skills: Vec::new(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Low,
        annual_cost: Some(90_000),
        notes: String::new(),
        open_role: false,
    });
    option.placements.push(Placement {
        person: "p777".into(),
        unit: "platform".into(),
        manager: None,
        dotted: Vec::new(),
    });
    for p in &mut option.placements {
        if p.person == erik {
            p.unit = "platform".into();
            p.manager = Some("p777".into());
        }
    }
    other.scenarios.push(option);
    other
}

#[test]
fn an_option_from_another_file_comes_in_with_its_team_and_asks_about_its_new_person() {
    let target = sample();
    let other = colleagues_copy();
    let erik = id(&target, "Erik Lund");
    let chosen = ["option-c".to_owned()];
    assert_eq!(
        unknown_people(&target, &other, Some(&chosen)).expect("known option"),
        [("p777".to_owned(), "Noor Platform".to_owned())]
    );
    // Without the new person: the option comes in, their seat dropped and Erik Lund's
    // manager gone with it.
    let without = merge(&target, &other, Some(&chosen), false, "colleague.ron").expect("merges");
    let d = &without.design;
    assert!(validate(d).is_empty(), "{:?}", validate(d));
    assert_eq!(d.scenarios.len(), 4);
    let c = &d.scenarios[3];
    assert_eq!(
        (c.id.as_str(), c.name.as_str()),
        ("option-c", "Option C — platform team")
    );
    assert!(d.person("p777").is_none());
    let seat = c.placement_of(&erik).expect("Erik placed");
    assert_eq!(
        (seat.unit.as_str(), seat.manager.as_deref()),
        ("platform", None)
    );
    assert_eq!(without.report.new_units, ["Platform"]);
    assert!(!without.report.people_added);
    // With them: on the roster, leading Erik Lund in option C only.
    let with = merge(&target, &other, Some(&chosen), true, "colleague.ron").expect("merges");
    let d = &with.design;
    assert!(validate(d).is_empty(), "{:?}", validate(d));
    assert_eq!(
        d.person("p777").map(|p| p.name.as_str()),
        Some("Noor Platform")
    );
    assert_eq!(
        d.scenarios[3]
            .placement_of(&erik)
            .and_then(|p| p.manager.as_deref()),
        Some("p777")
    );
    assert!(d.scenarios[1].placement_of("p777").is_none());
    assert_eq!(
        with.report.options[0].unplaced, 1,
        "as option A, which it copies"
    );
}

#[test]
fn options_already_here_are_not_brought_in_twice_and_names_are_made_unique() {
    let target = sample();
    let err = merge(&target, &target, None, false, "same.ron").expect_err("nothing new");
    assert!(err.starts_with("there is nothing to bring in"), "{err}");
    let mut other = sample();
    other.scenarios[1].notes = "Changed by a colleague".into();
    let merged = merge(
        &target,
        &other,
        Some(&["option-a".to_owned()]),
        false,
        "theirs.ron",
    )
    .expect("merges");
    let incoming = &merged.report.options[0];
    assert_eq!(incoming.id, "option-a-2");
    assert_eq!(incoming.name, "Option A — dual CIO (from theirs.ron)");
    assert_eq!(
        incoming.renamed_from.as_deref(),
        Some("Option A — dual CIO")
    );
    let err = merge(
        &target,
        &other,
        Some(&["nope".to_owned()]),
        false,
        "theirs.ron",
    )
    .expect_err("unknown option");
    assert_eq!(
        err,
        "it has no option \"nope\"; its options are today, option-a, option-b"
    );
}

#[test]
fn the_differences_between_two_designs_are_listed_by_kind() {
    let a = sample();
    assert!(diff(&a, &a).is_empty());
    assert_eq!(diff(&a, &a).text(), "The designs are the same.\n");
    let mut b = colleagues_copy();
    let (erik, sofia, ana) = (
        id(&b, "Erik Lund"),
        id(&b, "Sofia Rossi"),
        id(&b, "Ana Silva"),
    );
    b.title = "Northwind — revised".into();
    b.people.iter_mut().for_each(|p| {
        if p.id == sofia {
            p.title = "Head of ERP".into();
        }
    });
    let gone: std::collections::HashSet<String> = [ana.clone()].into();
    remove_people(&mut b, &gone);
    b.scenarios[1].name = "Option A — renamed".into();
    b.scenarios.remove(2);
    b.settings.span_max = 12;
    let d = diff(&a, &b);
    assert_eq!(
        d.title,
        Some((a.title.clone(), "Northwind — revised".to_owned()))
    );
    assert_eq!(
        d.people_added,
        [Named {
            id: "p777".into(),
            name: "Noor Platform".into()
        }]
    );
    assert_eq!(
        d.people_removed,
        [Named {
            id: ana.clone(),
            name: "Ana Silva".into()
        }]
    );
    assert_eq!(
        d.people_changed,
        [Changed {
            id: sofia,
            field: "title".into(),
            from: "ERP Lead".into(),
            to: "Head of ERP".into(),
        }]
    );
    assert_eq!(
        d.units_added,
        [Named {
            id: "platform".into(),
            name: "Platform".into()
        }]
    );
    let changes: Vec<(&str, &str)> = d
        .options
        .iter()
        .map(|o| (o.id.as_str(), o.change))
        .collect();
    assert_eq!(
        changes,
        [
            ("today", "changed"),
            ("option-a", "changed"),
            ("option-b", "removed"),
            ("option-c", "added")
        ]
    );
    let option_a = &d.options[1];
    assert_eq!(
        option_a.renamed_from.as_deref(),
        Some("Option A — dual CIO")
    );
    assert_eq!(option_a.moves.len(), 1, "only Ana Silva, who left");
    assert_eq!(option_a.moves[0].to, "unplaced");
    assert!(d.options[0].moves.iter().any(|m| m.id == ana));
    assert!(!d.options[0].moves.iter().any(|m| m.id == erik));
    assert_eq!(
        d.settings,
        [Changed {
            id: "settings".into(),
            field: "span_max".into(),
            from: "10".into(),
            to: "12".into(),
        }]
    );
    let text = d.text();
    assert!(text.contains("People removed (1): Ana Silva ("), "{text}");
    assert!(
        text.contains(
            "Option Option A — renamed (option-a): changed\n  renamed from \"Option A — dual CIO\""
        ),
        "{text}"
    );
    assert!(text.contains("Setting span_max: 10 → 12"), "{text}");
}

#[test]
fn a_design_described_as_text_names_people_and_seats_in_a_fixed_order() {
    let a = sample();
    let text = describe(&a);
    assert!(text.starts_with("Design: Northwind Retail IT — dual-CIO split\nPeople (68):\n"));
    assert!(text.contains("Option Option A — dual CIO (option-a):\n"));
    assert!(
        text.contains(" Ana Silva: Social Media, reporting to Amira Saleh\n"),
        "{text}"
    );
    assert_eq!(describe(&a), text, "the same design, the same text");
}
