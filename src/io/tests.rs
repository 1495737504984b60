//! Load, validation and format tests. Each refusal is checked by its message.

use super::*;
use crate::model::{Design, Pin, Placement};

fn sample() -> Design {
    parse_design(SAMPLE_RON).expect("the sample is valid")
}

/// Validates `design` after `edit` and returns every problem as text.
fn problems_after(edit: impl FnOnce(&mut Design)) -> Vec<String> {
    let mut d = sample();
    edit(&mut d);
    validate(&d).iter().map(ToString::to_string).collect()
}

fn assert_problem(problems: &[String], needle: &str) {
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "expected a problem containing {needle:?}, got {problems:#?}"
    );
}

#[test]
fn builtins_are_valid_and_canonical() {
    for text in [SAMPLE_RON, TEMPLATE_RON] {
        let design = parse_design(text).expect("built-in design is valid");
        assert_eq!(
            to_ron(&design).expect("serialises"),
            text,
            "built-in file is not in canonical form"
        );
    }
}

#[test]
fn sample_is_a_realistic_split() {
    let d = sample();
    assert!(d.people.len() >= 60, "sample has {} people", d.people.len());
    let teams = d
        .units
        .iter()
        .filter(|u| u.kind == crate::model::UnitKind::Team)
        .count();
    assert!(teams >= 8);
    // The baseline is one IT organisation under a single CIO; the options split it, and the
    // Interaction organisation reports into Marketing and Customer Service.
    let orgs = |s: &crate::model::Scenario| {
        s.structure
            .iter()
            .filter(|slot| slot.parent.is_none())
            .count()
    };
    assert_eq!(orgs(&d.scenarios[0]), 1);
    assert!(d.scenarios[1..].iter().all(|s| orgs(s) == 2));
    let sponsors: Vec<&str> = d.scenarios[1]
        .sponsors
        .iter()
        .map(|s| s.sponsor.as_str())
        .collect();
    assert_eq!(sponsors, ["marketing", "customer-service"]);
}

#[test]
fn save_then_load_round_trips() {
    let d = sample();
    let text = to_ron(&d).expect("serialises");
    assert_eq!(parse_design(&text).expect("parses"), d);
}

#[test]
fn resaving_is_byte_for_byte_identical() {
    let text = to_ron(&sample()).expect("serialises");
    let again = to_ron(&parse_design(&text).expect("parses")).expect("serialises");
    assert_eq!(text, again);
}

#[test]
fn duplicate_ids_are_refused() {
    let p = problems_after(|d| {
        let copy = d.people[3].clone();
        d.people.push(copy);
    });
    assert_problem(&p, "duplicate id");
    let p = problems_after(|d| {
        let copy = d.skills[0].clone();
        d.skills.push(copy);
    });
    assert_problem(
        &p,
        &format!("skill \"{}\": duplicate id", sample().skills[0].id),
    );
}

#[test]
fn dangling_references_are_refused() {
    assert_problem(
        &problems_after(|d| d.people[0].skills[0].skill = "basket_weaving".into()),
        "has skill \"basket_weaving\", which is not in the skill catalogue",
    );
    assert_problem(
        &problems_after(|d| d.units[2].leader = Some("nobody".into())),
        "has leader \"nobody\", who is not on the roster",
    );
    assert_problem(
        &problems_after(|d| d.scenarios[0].placements[3].unit = "atlantis".into()),
        "sits in unit \"atlantis\", which is not a unit of this option",
    );
    assert_problem(
        &problems_after(|d| d.scenarios[0].placements[3].manager = Some("ghost".into())),
        "reports to \"ghost\", who is not on the roster",
    );
    assert_problem(
        &problems_after(|d| d.scenarios[1].structure[2].parent = Some("nowhere".into())),
        "has parent \"nowhere\", which is not a unit of this option",
    );
}

#[test]
fn reporting_cycles_are_refused_with_the_names_in_the_loop() {
    let p = problems_after(|d| {
        let s = &mut d.scenarios[0];
        let a = s.placements[0].person.clone();
        let b = s.placements[2].person.clone();
        s.placements[0].manager = Some(b.clone());
        let bi = s.placements.iter().position(|p| p.person == b).unwrap();
        s.placements[bi].manager = Some(a);
    });
    assert_problem(&p, "has a reporting cycle");
    let d = sample();
    assert_problem(&p, d.person_name(&d.scenarios[0].placements[0].person));
}

#[test]
fn managing_yourself_is_refused() {
    let p = problems_after(|d| {
        let who = d.scenarios[0].placements[4].person.clone();
        d.scenarios[0].placements[4].manager = Some(who);
    });
    assert_problem(&p, "manages themselves");
}

#[test]
fn out_of_range_levels_and_scores_are_refused() {
    assert_problem(
        &problems_after(|d| d.people[0].skills[0].level = 9),
        "has level 9; levels run from 1 to 5",
    );
    assert_problem(
        &problems_after(|d| d.people[1].work_style[0].score = 0),
        "has score 0; scores run from 1 to 5",
    );
    assert_problem(
        &problems_after(|d| {
            let unit = d
                .units
                .iter_mut()
                .find(|u| !u.profile.work_style.is_empty());
            unit.expect("a unit with a preferred range")
                .profile
                .work_style[0]
                .max = 7.5;
        }),
        "a range must lie within 1 to 5",
    );
}

#[test]
fn a_person_placed_twice_is_refused() {
    let p = problems_after(|d| {
        let again = d.scenarios[0].placements[6].clone();
        d.scenarios[0].placements.push(Placement { ..again });
    });
    assert_problem(&p, "is placed twice");
}

#[test]
fn a_pin_for_an_unknown_person_is_refused() {
    let p = problems_after(|d| {
        d.scenarios[0].pinned.push(Pin {
            person: "p999".into(),
            x: 1.0,
            y: 2.0,
        })
    });
    assert_problem(&p, "pins a card for \"p999\"");
}

#[test]
fn a_design_without_scenarios_is_refused() {
    assert_problem(
        &problems_after(|d| d.scenarios.clear()),
        "at least one option",
    );
}

#[test]
fn a_newer_format_is_refused_with_the_version_numbers() {
    let text = SAMPLE_RON.replacen("format_version: 2", "format_version: 3", 1);
    let err = parse_design(&text).expect_err("refused");
    assert_eq!(err, LoadErrorKind::NewerVersion(3));
    let e = LoadError {
        path: "future.ron".into(),
        kind: err,
    };
    assert_eq!(
        e.lines(),
        vec![
            "future.ron: this file was written by a newer Orgsplit (format 3); this version reads up to 2"
        ]
    );
}

#[test]
fn a_newer_format_is_refused_even_with_fields_we_do_not_know() {
    let text = SAMPLE_RON.replacen(
        "format_version: 2,",
        "format_version: 3,\n    hologram: true,",
        1,
    );
    assert_eq!(parse_design(&text), Err(LoadErrorKind::NewerVersion(3)));
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let mut text = SAMPLE_RON.to_owned();
    let at = text.find("people: [").expect("has people");
    text.insert_str(at, "@@");
    match parse_design(&text) {
        Err(LoadErrorKind::Syntax { line, column, .. }) => {
            // The text before `at` ends part-way through the line that holds it.
            let expected_line = SAMPLE_RON[..at].lines().count();
            assert_eq!(line, expected_line);
            assert!(column > 0);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn unknown_fields_are_reported_not_dropped() {
    let text = SAMPLE_RON.replacen("title:", "titel: \"x\",\n    title:", 1);
    match parse_design(&text) {
        Err(LoadErrorKind::Syntax { message, .. }) => {
            assert!(message.contains("titel"), "{message}")
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn broken_input_gives_an_error_never_a_panic() {
    let cases: Vec<String> = vec![
        String::new(),
        "(".into(),
        "\u{0}\u{1}garbage".into(),
        SAMPLE_RON[..SAMPLE_RON.len() / 2].into(),
        format!("{}{}", "[".repeat(5000), "]".repeat(5000)),
        "(format_version: 1)".into(),
        "(title: \"no version\")".into(),
    ];
    for text in cases {
        assert!(
            parse_design(&text).is_err(),
            "accepted {:?}",
            &text[..text.len().min(40)]
        );
    }
}

#[test]
fn files_that_cannot_be_read_are_unreadable_errors_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.ron");
    let err = load_file(&missing).expect_err("missing file");
    assert!(err.is_unreadable());
    assert!(err.to_string().contains("missing.ron"));
    let err = load_file(dir.path()).expect_err("a folder");
    assert!(err.is_unreadable());
    assert!(err.to_string().contains("folder"));
    let binary = dir.path().join("binary.ron");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x81]).expect("write");
    let err = load_file(&binary).expect_err("not utf-8");
    assert_eq!(err.kind, LoadErrorKind::NotText);
}

#[test]
fn atomic_save_replaces_the_whole_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("design.ron");
    std::fs::write(&path, "old content that is longer than nothing").expect("write");
    let text = to_ron(&sample()).expect("serialises");
    write_atomically(&path, text.as_bytes()).expect("saves");
    assert_eq!(std::fs::read_to_string(&path).expect("reads"), text);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("lists").collect();
    assert_eq!(leftovers.len(), 1, "temporary files were left behind");
}

#[test]
fn a_chance_of_leaving_outside_0_to_1_is_refused_and_the_default_is_not_written() {
    let mut d = sample();
    d.settings.leave_chance.high = 1.5;
    let problems: Vec<String> = validate(&d).iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("leave_chance.high is 1.5; use a chance from 0 to 1")),
        "{problems:?}"
    );
    // Files of designs that keep the defaults do not mention them.
    let text = to_ron(&sample()).expect("serialises");
    assert!(!text.contains("leave_chance"));
    d.settings.leave_chance.high = 0.5;
    let text = to_ron(&d).expect("serialises");
    assert!(text.contains("leave_chance"));
    assert_eq!(parse_design(&text).expect("reads back"), d);
}

#[test]
fn risk_overrides_and_trainings_must_name_people_and_skills_it_has() {
    use crate::model::{FlightRisk, RiskOverride, Training};
    let over = |person: &str| RiskOverride {
        person: person.into(),
        flight_risk: FlightRisk::High,
        reason: String::new(),
    };
    let p = problems_after(|d| d.scenarios[1].risk_overrides.push(over("p999")));
    assert_eq!(
        p,
        vec![
            "option \"option-a\" (Option A — dual CIO): overrides the flight risk of \"p999\", \
             who is not on the roster"
        ]
    );
    let first = sample().people[0].id.clone();
    let p = problems_after(|d| {
        d.scenarios[1].risk_overrides.push(over(&first));
        d.scenarios[1].risk_overrides.push(over(&first));
    });
    assert_problem(&p, "has their flight risk overridden twice");
    let training = |learner: &str, skill: &str, level, mentor: Option<&str>| Training {
        learner: learner.into(),
        skill: skill.into(),
        level,
        mentor: mentor.map(Into::into),
        by: String::new(),
    };
    let skill = sample().skills[0].id.clone();
    for (t, needle) in [
        (
            training("p999", &skill, 3, None),
            "plans training for \"p999\", who is not on the roster",
        ),
        (
            training(&first, "no-such-skill", 3, None),
            "plans training in \"no-such-skill\", which is not in the skills catalogue",
        ),
        (
            training(&first, &skill, 6, None),
            "plans training to level 6; levels run from 1 to 5",
        ),
        (
            training(&first, &skill, 3, Some(&first)),
            "plans training someone to teach themselves",
        ),
        (
            training(&first, &skill, 3, Some("p999")),
            "plans training taught by \"p999\", who is not on the roster",
        ),
    ] {
        let p = problems_after(|d| d.scenarios[1].trainings.push(t));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_problem(&p, needle);
    }
    let ok = training(&first, &skill, 3, None);
    assert_eq!(
        problems_after(|d| d.scenarios[1].trainings.push(ok.clone())),
        Vec::<String>::new()
    );
    let p = problems_after(|d| {
        d.scenarios[1].trainings.push(ok.clone());
        d.scenarios[1].trainings.push(ok);
    });
    assert_problem(&p, "plans the same training twice");
}

#[test]
fn plans_survive_a_save_and_load_and_are_not_written_when_empty() {
    use crate::model::{FlightRisk, RiskOverride, Training};
    let mut d = sample();
    let text = to_ron(&d).expect("writes");
    assert!(!text.contains("risk_overrides"));
    assert!(!text.contains("trainings"));
    let first = d.people[0].id.clone();
    d.scenarios[1].risk_overrides.push(RiskOverride {
        person: first.clone(),
        flight_risk: FlightRisk::High,
        reason: "asked twice to return".into(),
    });
    d.scenarios[1].trainings.push(Training {
        learner: first,
        skill: d.skills[0].id.clone(),
        level: 3,
        mentor: None,
        by: "2027-06".into(),
    });
    let text = to_ron(&d).expect("writes");
    assert!(text.contains("asked twice to return"));
    assert_eq!(parse_design(&text).expect("loads"), d);
}
