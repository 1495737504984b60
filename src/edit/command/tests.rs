use proptest::prelude::*;

use super::*;
use crate::edit::Document;
use crate::io::{SAMPLE_RON, parse_design};
use crate::model::generate::generated_design;
use crate::model::{Placement, UnitKind};

fn sample() -> Design {
    parse_design(SAMPLE_RON).expect("sample is valid")
}

fn placement<'a>(d: &'a Design, person: &str) -> &'a Placement {
    d.scenarios[1].placement_of(person).expect("placed")
}

fn by_name(d: &Design, name: &str) -> String {
    d.people
        .iter()
        .find(|p| p.name == name)
        .expect("in sample")
        .id
        .clone()
}

fn lead_of(d: &Design, unit: &str) -> String {
    d.unit(unit)
        .and_then(|u| u.leader.clone())
        .expect("has a leader")
}

#[test]
fn moving_a_specialist_onto_a_team_lead_changes_unit_and_manager() {
    let mut d = sample();
    let erik = by_name(&d, "Erik Lund");
    let social_lead = lead_of(&d, "social");
    let msg = apply(
        &mut d,
        &Command::MovePerson {
            scenario: 1,
            person: erik.clone(),
            unit: "social".into(),
            manager: Some(social_lead.clone()),
            alone: false,
        },
    )
    .expect("legal move");
    let p = placement(&d, &erik);
    assert_eq!(p.unit, "social");
    assert_eq!(p.manager.as_deref(), Some(social_lead.as_str()));
    assert!(
        msg.starts_with("Erik Lund moved to Social Media, now reporting to"),
        "{msg}"
    );
}

#[test]
fn a_manager_moves_with_their_reports_by_default() {
    let mut d = sample();
    let lead = lead_of(&d, "erp");
    let reports = reports_below(&d, 1, &lead);
    let in_erp: Vec<&String> = reports
        .iter()
        .filter(|r| placement(&d, r).unit == "erp")
        .collect();
    let cioi = lead_of(&d, "interaction");
    let msg = apply(
        &mut d,
        &Command::MovePerson {
            scenario: 1,
            person: lead.clone(),
            unit: "interaction".into(),
            manager: Some(cioi),
            alone: false,
        },
    )
    .expect("legal");
    assert!(
        msg.contains(&format!("and {} reports", reports.len())),
        "{msg}"
    );
    for r in in_erp {
        assert_eq!(placement(&d, r).unit, "interaction");
        assert!(reports_below(&d, 1, &lead).contains(r));
    }
}

#[test]
fn moving_alone_hands_the_reports_to_the_former_manager() {
    let mut d = sample();
    let lead = lead_of(&d, "erp");
    let boss = placement(&d, &lead).manager.clone();
    let direct: Vec<String> = d.scenarios[1]
        .placements
        .iter()
        .filter(|p| p.manager.as_deref() == Some(lead.as_str()))
        .map(|p| p.person.clone())
        .collect();
    assert!(!direct.is_empty());
    let digital_lead = lead_of(&d, "digital");
    apply(
        &mut d,
        &Command::MovePerson {
            scenario: 1,
            person: lead.clone(),
            unit: "digital".into(),
            manager: Some(digital_lead),
            alone: true,
        },
    )
    .expect("legal");
    for r in &direct {
        assert_eq!(placement(&d, r).manager, boss);
        assert_eq!(
            placement(&d, r).unit,
            sample().scenarios[1].placement_of(r).unwrap().unit
        );
    }
}

#[test]
fn dropping_a_manager_onto_their_own_report_is_refused_and_changes_nothing() {
    let mut d = sample();
    let before = d.clone();
    let lead = lead_of(&d, "mainframe");
    let report = reports_below(&d, 1, &lead)[0].clone();
    let err = apply(
        &mut d,
        &Command::MovePerson {
            scenario: 1,
            person: lead.clone(),
            unit: "mainframe".into(),
            manager: Some(report),
            alone: false,
        },
    )
    .expect_err("refused");
    assert!(err.contains("who reports to"), "{err}");
    assert_eq!(d, before);
}

#[test]
fn reporting_to_yourself_is_refused() {
    let mut d = sample();
    let who = by_name(&d, "Ana Silva");
    let err = apply(
        &mut d,
        &Command::MovePerson {
            scenario: 1,
            person: who.clone(),
            unit: "social".into(),
            manager: Some(who),
            alone: true,
        },
    )
    .expect_err("refused");
    assert!(err.contains("cannot report to themselves"), "{err}");
}

#[test]
fn removing_a_person_moves_their_reports_up() {
    let mut d = sample();
    let lead = lead_of(&d, "crm_loyalty");
    let boss = placement(&d, &lead).manager.clone();
    let direct: Vec<String> = d.scenarios[1]
        .placements
        .iter()
        .filter(|p| p.manager.as_deref() == Some(lead.as_str()))
        .map(|p| p.person.clone())
        .collect();
    apply(
        &mut d,
        &Command::RemovePerson {
            person: lead.clone(),
        },
    )
    .expect("legal");
    assert!(d.person(&lead).is_none());
    assert_eq!(d.unit("crm_loyalty").unwrap().leader, None);
    for r in &direct {
        assert_eq!(placement(&d, r).manager, boss);
    }
}

#[test]
fn removing_a_team_moves_its_people_to_the_organisation() {
    let mut d = sample();
    let n = d.scenarios[1]
        .placements
        .iter()
        .filter(|p| p.unit == "analytics")
        .count();
    apply(
        &mut d,
        &Command::RemoveTeam {
            unit: "analytics".into(),
        },
    )
    .expect("legal");
    assert!(d.unit("analytics").is_none());
    let in_org = d.scenarios[1]
        .placements
        .iter()
        .filter(|p| p.unit == "interaction")
        .count();
    assert_eq!(in_org, n + 1);
    let err = apply(
        &mut d,
        &Command::RemoveTeam {
            unit: "legacy".into(),
        },
    )
    .expect_err("refused");
    assert!(err.contains("organisation"), "{err}");
}

#[test]
fn new_people_and_teams_get_fresh_ids() {
    let mut d = sample();
    let n = d.people.len();
    apply(
        &mut d,
        &Command::AddPerson {
            scenario: 1,
            name: "Jo New".into(),
            title: "Analyst".into(),
            unit: Some("social".into()),
            manager: None,
            open_role: false,
        },
    )
    .expect("legal");
    assert_eq!(d.people.len(), n + 1);
    let id = d.people[n].id.clone();
    assert_eq!(sample().person(&id), None);
    assert_eq!(placement(&d, &id).unit, "social");
    apply(
        &mut d,
        &Command::AddTeam {
            scenario: 1,
            parent: "legacy".into(),
            name: "Cloud Ops".into(),
        },
    )
    .expect("legal");
    let team = d
        .units
        .iter()
        .find(|u| u.name == "Cloud Ops")
        .expect("added");
    let slot = d.scenarios[1].slot_of(&team.id).expect("in option A");
    assert_eq!(slot.parent.as_deref(), Some("legacy"));
    assert!(
        d.scenarios[0].slot_of(&team.id).is_none(),
        "only in that option"
    );
}

#[test]
fn inspector_edits_round_trip_through_save_and_load() {
    let mut doc = Document::unsaved(sample());
    let who = by_name(doc.design(), "Ana Silva");
    let edits = [
        Command::SetPersonTitle {
            person: who.clone(),
            title: "Mainframe lead".into(),
        },
        Command::SetFlightRisk {
            person: who.clone(),
            risk: FlightRisk::Medium,
        },
        Command::SetAnnualCost {
            person: who.clone(),
            cost: Some(101_500),
        },
        Command::SetSkillLevel {
            person: who.clone(),
            skill: "crm".into(),
            level: Some(2),
        },
        Command::SetStyleScore {
            person: who.clone(),
            dimension: "pace".into(),
            score: None,
        },
        Command::SetPersonNotes {
            person: who.clone(),
            notes: "Line one\nline \"two\"".into(),
        },
        Command::SetRequiredSkill {
            unit: "social".into(),
            skill: "cobol".into(),
            requirement: Some((2, 1)),
        },
        Command::SetStyleRange {
            unit: "social".into(),
            dimension: "structure".into(),
            range: Some((1.5, 3.5)),
        },
        Command::RenameUnit {
            unit: "social".into(),
            name: "Social & Community".into(),
        },
    ];
    for e in edits {
        doc.apply(e).expect("legal edit");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("edited.ron");
    doc.save_to(&path).expect("saves");
    let reopened = Document::open(&path).expect("opens");
    assert_eq!(reopened.design(), doc.design());
    let p = reopened.design().person(&who).unwrap();
    assert_eq!(p.annual_cost, Some(101_500));
    assert_eq!(p.score_of("pace"), None);
}

#[test]
fn undo_back_to_the_saved_state_clears_the_unsaved_marker() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("d.ron");
    let mut doc = Document::unsaved(sample());
    doc.save_to(&path).expect("saves");
    assert!(!doc.is_dirty());
    let who = by_name(doc.design(), "Ana Silva");
    doc.apply(Command::SetFlightRisk {
        person: who,
        risk: FlightRisk::Low,
    })
    .expect("legal");
    assert!(doc.is_dirty());
    assert_eq!(doc.undo_label(), Some("flight risk of Ana Silva"));
    doc.undo().expect("undoes");
    assert!(!doc.is_dirty());
    doc.redo().expect("redoes");
    assert!(doc.is_dirty());
}

#[test]
fn history_keeps_at_least_a_thousand_steps() {
    let mut doc = Document::unsaved(sample());
    let who = by_name(doc.design(), "Ana Silva");
    for i in 0..1_100u32 {
        doc.apply(Command::SetAnnualCost {
            person: who.clone(),
            cost: Some(50_000 + i),
        })
        .expect("legal");
    }
    assert!(doc.undo_depth() >= 1_000, "only {} steps", doc.undo_depth());
}

/// A random edit, as indices into whatever the design holds at that moment; `s` picks the
/// option it acts on.
#[derive(Debug, Clone)]
enum Op {
    Move {
        s: usize,
        who: usize,
        onto: usize,
        alone: bool,
    },
    MoveToUnit {
        s: usize,
        who: usize,
        unit: usize,
        alone: bool,
    },
    Remove {
        who: usize,
    },
    Add {
        s: usize,
        unit: usize,
        vacancy: bool,
    },
    Fill {
        s: usize,
        role: usize,
        who: usize,
    },
    Unplace {
        s: usize,
        who: usize,
    },
    AddOption {
        s: usize,
        kind: u8,
    },
    RemoveScenario {
        s: usize,
    },
    MoveOption {
        s: usize,
        to: usize,
    },
    RenameOption {
        s: usize,
    },
    Dotted {
        s: usize,
        who: usize,
        to: usize,
        on: bool,
    },
    MoveTeam {
        s: usize,
        unit: usize,
        into: usize,
    },
    Merge {
        s: usize,
        from: usize,
        into: usize,
    },
    Train {
        s: usize,
        learner: usize,
        mentor: usize,
        skill: usize,
    },
    Risk {
        s: usize,
        who: usize,
        high: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let n = || any::<usize>();
    prop_oneof![
        4 => (n(), n(), n(), any::<bool>()).prop_map(|(s, who, onto, alone)| Op::Move { s, who, onto, alone }),
        2 => (n(), n(), n(), any::<bool>()).prop_map(|(s, who, unit, alone)| Op::MoveToUnit { s, who, unit, alone }),
        1 => n().prop_map(|who| Op::Remove { who }),
        1 => (n(), n(), any::<bool>()).prop_map(|(s, unit, vacancy)| Op::Add { s, unit, vacancy }),
        1 => (n(), n(), n()).prop_map(|(s, role, who)| Op::Fill { s, role, who }),
        1 => (n(), n()).prop_map(|(s, who)| Op::Unplace { s, who }),
        1 => (n(), 0u8..3).prop_map(|(s, kind)| Op::AddOption { s, kind }),
        1 => n().prop_map(|s| Op::RemoveScenario { s }),
        1 => (n(), n()).prop_map(|(s, to)| Op::MoveOption { s, to }),
        1 => n().prop_map(|s| Op::RenameOption { s }),
        2 => (n(), n(), n(), any::<bool>()).prop_map(|(s, who, to, on)| Op::Dotted { s, who, to, on }),
        1 => (n(), n(), n()).prop_map(|(s, unit, into)| Op::MoveTeam { s, unit, into }),
        1 => (n(), n(), n()).prop_map(|(s, from, into)| Op::Merge { s, from, into }),
        2 => (n(), n(), n(), n()).prop_map(|(s, learner, mentor, skill)| Op::Train { s, learner, mentor, skill }),
        2 => (n(), n(), any::<bool>()).prop_map(|(s, who, high)| Op::Risk { s, who, high }),
    ]
}

fn to_command(d: &Design, op: &Op) -> Command {
    let people = &d.people;
    let pick = |i: usize| people[i % people.len()].id.clone();
    let option = |s: usize| s % d.scenarios.len();
    let unit_in = |s: usize, i: usize| {
        let structure = &d.scenarios[s].structure;
        structure[i % structure.len()].unit.clone()
    };
    let unit_of = |s: usize, id: &str| {
        d.scenarios[s]
            .placement_of(id)
            .map_or_else(|| unit_in(s, 0), |p| p.unit.clone())
    };
    match *op {
        Op::Move {
            s,
            who,
            onto,
            alone,
        } => {
            let (s, target) = (option(s), pick(onto));
            Command::MovePerson {
                scenario: s,
                person: pick(who),
                unit: unit_of(s, &target),
                manager: Some(target),
                alone,
            }
        }
        Op::MoveToUnit {
            s,
            who,
            unit,
            alone,
        } => Command::MovePerson {
            scenario: option(s),
            person: pick(who),
            unit: unit_in(option(s), unit),
            manager: None,
            alone,
        },
        Op::Remove { who } => Command::RemovePerson { person: pick(who) },
        Op::Add { s, unit, vacancy } => Command::AddPerson {
            scenario: option(s),
            name: "Generated".into(),
            title: String::new(),
            unit: Some(unit_in(option(s), unit)),
            manager: None,
            open_role: vacancy,
        },
        Op::Fill { s, role, who } => Command::FillOpenRole {
            scenario: option(s),
            role: {
                let roles: Vec<&str> = people
                    .iter()
                    .filter(|p| p.open_role)
                    .map(|p| p.id.as_str())
                    .collect();
                roles
                    .get(role % roles.len().max(1))
                    .map_or_else(|| pick(role), |r| (*r).to_owned())
            },
            person: pick(who),
        },
        Op::Unplace { s, who } => Command::Unplace {
            scenario: option(s),
            person: pick(who),
        },
        Op::AddOption { s, kind } => Command::AddScenario {
            source: match kind {
                0 => ScenarioSource::Baseline,
                1 => ScenarioSource::Copy(option(s)),
                _ => ScenarioSource::EmptyLike(option(s)),
            },
            name: String::new(),
        },
        Op::RemoveScenario { s } => Command::RemoveScenario {
            scenario: option(s),
        },
        Op::MoveOption { s, to } => Command::MoveScenario {
            scenario: option(s),
            to: option(to),
        },
        Op::RenameOption { s } => Command::RenameScenario {
            scenario: option(s),
            name: format!("Renamed {s}"),
        },
        Op::Dotted { s, who, to, on } => Command::SetDottedLine {
            scenario: option(s),
            person: pick(who),
            to: pick(to),
            on,
        },
        Op::MoveTeam { s, unit, into } => Command::MoveUnit {
            scenario: option(s),
            unit: unit_in(option(s), unit),
            parent: unit_in(option(s), into),
        },
        Op::Merge { s, from, into } => Command::MergeOrganisation {
            scenario: option(s),
            from: unit_in(option(s), from),
            into: unit_in(option(s), into),
        },
        Op::Train {
            s,
            learner,
            mentor,
            skill,
        } => Command::PlanTrainings {
            scenario: option(s),
            trainings: vec![crate::model::Training {
                learner: pick(learner),
                skill: d.skills[skill % d.skills.len()].id.clone(),
                level: 3,
                mentor: Some(pick(mentor)),
                by: String::new(),
            }],
        },
        Op::Risk { s, who, high } => Command::SetRiskOverride {
            scenario: option(s),
            person: pick(who),
            risk: Some((
                if high {
                    crate::model::FlightRisk::High
                } else {
                    crate::model::FlightRisk::Low
                },
                "asked to stay".into(),
            )),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_edits_keep_the_design_valid_and_undo_exactly(
        size in 3usize..60,
        seed in 1u64..1_000,
        ops in prop::collection::vec(op(), 1..40),
    ) {
        let original = generated_design(size, 3, seed);
        let mut doc = Document::unsaved(original.clone());
        let mut applied = 0;
        for op in &ops {
            if doc.design().people.is_empty() {
                break;
            }
            let before = doc.design().clone();
            let command = to_command(&before, op);
            let is_move = matches!(command, Command::MovePerson { .. });
            match doc.apply(command) {
                Ok(_) => {
                    // An edit that changes nothing (the same override set twice) leaves no
                    // undo step.
                    if doc.design() != &before {
                        applied += 1;
                    }
                    prop_assert_eq!(crate::io::validate(doc.design()), Vec::new());
                    if is_move {
                        // Moves never change how many people are on the roster or placed,
                        // unless they place someone who was unplaced.
                        prop_assert_eq!(doc.design().people.len(), before.people.len());
                        let placed = |d: &Design| d.scenarios.iter().map(|s| s.placements.len()).sum::<usize>();
                        prop_assert!(placed(doc.design()) >= placed(&before));
                        prop_assert!(placed(doc.design()) <= placed(&before) + 1);
                    }
                }
                Err(_) => prop_assert_eq!(doc.design(), &before),
            }
        }
        let end = doc.design().clone();
        for _ in 0..applied {
            prop_assert!(doc.undo().is_some());
        }
        prop_assert!(doc.undo().is_none());
        prop_assert_eq!(doc.design(), &original);
        prop_assert!(!doc.is_dirty());
        for _ in 0..applied {
            prop_assert!(doc.redo().is_some());
        }
        prop_assert_eq!(doc.design(), &end);
    }
}

/// Applies `command` to the sample through a document, checks `after`, then undoes and
/// checks the sample is back exactly.
fn apply_check_undo(command: Command, after: impl FnOnce(&Design, &str)) {
    let mut doc = Document::unsaved(sample());
    let message = doc.apply(command).expect("legal");
    after(doc.design(), &message);
    assert!(doc.undo().is_some());
    assert_eq!(doc.design(), &sample());
}

#[test]
fn each_option_command_does_what_it_says_and_undoes() {
    apply_check_undo(
        Command::AddScenario {
            source: ScenarioSource::Baseline,
            name: "Option C".into(),
        },
        |d, m| {
            assert_eq!(m, "Added option Option C.");
            assert_eq!(d.scenarios.len(), 4);
            assert_eq!(d.scenarios[3].placements, d.scenarios[0].placements);
            assert_eq!(d.scenarios[3].structure, d.scenarios[0].structure);
            assert_ne!(d.scenarios[3].id, d.scenarios[0].id);
        },
    );
    apply_check_undo(
        Command::AddScenario {
            source: ScenarioSource::Copy(1),
            name: String::new(),
        },
        |d, _| {
            assert_eq!(d.scenarios[3].name, "Option A — dual CIO (copy)");
            assert_eq!(d.scenarios[3].sponsors, d.scenarios[1].sponsors);
        },
    );
    apply_check_undo(
        Command::AddScenario {
            source: ScenarioSource::EmptyLike(1),
            name: "Blank A".into(),
        },
        |d, _| {
            assert!(d.scenarios[3].placements.is_empty());
            assert_eq!(d.scenarios[3].structure, d.scenarios[1].structure);
        },
    );
    apply_check_undo(
        Command::RenameScenario {
            scenario: 2,
            name: "  Option B  ".into(),
        },
        |d, m| {
            assert_eq!(d.scenarios[2].name, "Option B");
            assert_eq!(
                m,
                "Renamed option Option B — dual CIO + cross-training to Option B."
            );
        },
    );
    apply_check_undo(
        Command::SetScenarioNotes {
            scenario: 1,
            notes: "Agreed with HR".into(),
        },
        |d, _| assert_eq!(d.scenarios[1].notes, "Agreed with HR"),
    );
    apply_check_undo(Command::RemoveScenario { scenario: 1 }, |d, m| {
        assert_eq!(m, "Removed option Option A — dual CIO.");
        assert!(d.scenarios.iter().all(|s| s.id != "option-a"));
    });
    apply_check_undo(Command::MoveScenario { scenario: 2, to: 0 }, |d, m| {
        assert_eq!(d.scenarios[0].id, "option-b");
        assert!(m.ends_with("is now the baseline the other options are compared with."));
    });
    apply_check_undo(
        Command::AddOrganisation {
            scenario: 1,
            name: "Data & AI".into(),
            mode: Mode::Interaction,
        },
        |d, _| {
            let org = d
                .units
                .iter()
                .find(|u| u.name == "Data & AI")
                .expect("added");
            assert_eq!(org.kind, UnitKind::Organisation);
            assert!(d.scenarios[1].slot_of(&org.id).is_some());
            assert!(d.scenarios[0].slot_of(&org.id).is_none());
        },
    );
    apply_check_undo(
        Command::MoveUnit {
            scenario: 1,
            unit: "analytics".into(),
            parent: "legacy".into(),
        },
        |d, m| {
            let slot = d.scenarios[1].slot_of("analytics").expect("in option A");
            assert_eq!(slot.parent.as_deref(), Some("legacy"));
            // Its lead now reports to the CIOL.
            let lead = d
                .unit("analytics")
                .and_then(|u| u.leader.clone())
                .expect("lead");
            let ciol = d.unit("legacy").and_then(|u| u.leader.clone());
            assert_eq!(
                d.scenarios[1].placement_of(&lead).expect("placed").manager,
                ciol
            );
            assert!(m.starts_with("Moved Customer Analytics"), "{m}");
        },
    );
    apply_check_undo(
        Command::MergeOrganisation {
            scenario: 1,
            from: "interaction".into(),
            into: "legacy".into(),
        },
        |d, m| {
            let s = &d.scenarios[1];
            assert!(s.slot_of("interaction").is_none());
            assert_eq!(
                s.slot_of("social").and_then(|x| x.parent.as_deref()),
                Some("legacy")
            );
            assert!(
                s.sponsors.is_empty(),
                "Interaction's sponsors leave with it"
            );
            // The CIOI now reports to the CIOL.
            let cioi = d
                .unit("interaction")
                .and_then(|u| u.leader.clone())
                .expect("CIOI");
            let ciol = d.unit("legacy").and_then(|u| u.leader.clone());
            let seat = s.placement_of(&cioi).expect("placed");
            assert_eq!((seat.unit.as_str(), &seat.manager), ("legacy", &ciol));
            assert_eq!(
                m,
                "Merged Customer Interaction IT into Legacy IT: its teams, and the 1 person sitting in it directly, now sit in Legacy IT."
            );
            assert!(crate::analysis::analyse(d, 1).organisations.len() == 1);
        },
    );
    apply_check_undo(
        Command::SetSponsorship {
            scenario: 1,
            organisation: "interaction".into(),
            sponsor: "marketing".into(),
            on: false,
        },
        |d, m| {
            assert_eq!(d.scenarios[1].sponsors.len(), 1);
            assert_eq!(
                m,
                "Customer Interaction IT no longer reports into Marketing."
            );
        },
    );
    apply_check_undo(
        Command::AddSponsor {
            name: "Sales".into(),
            executive: "Chief Sales Officer".into(),
        },
        |d, _| assert!(d.sponsors.iter().any(|s| s.name == "Sales")),
    );
    apply_check_undo(
        Command::EditSponsor {
            sponsor: "marketing".into(),
            name: "Marketing & Brand".into(),
            executive: "CMO".into(),
        },
        |d, _| assert_eq!(d.sponsors[0].name, "Marketing & Brand"),
    );
    let d = sample();
    let wen = by_name(&d, "Wen Li");
    let tomasz = by_name(&d, "Tomasz Nowak");
    apply_check_undo(
        Command::SetDottedLine {
            scenario: 1,
            person: wen.clone(),
            to: tomasz.clone(),
            on: true,
        },
        |d, _| {
            let seat = d.scenarios[1].placement_of(&wen).expect("placed");
            assert_eq!(seat.dotted, vec![tomasz.clone()]);
        },
    );
}

#[test]
fn option_commands_refuse_what_would_not_make_sense() {
    let mut d = sample();
    let refuse = |d: &mut Design, c: Command| apply(d, &c).expect_err("refused");
    assert_eq!(
        refuse(
            &mut d,
            Command::RenameScenario {
                scenario: 0,
                name: " ".into()
            }
        ),
        "An option needs a name."
    );
    assert_eq!(
        refuse(&mut d, Command::MoveScenario { scenario: 1, to: 7 }),
        "There is no position 8 for Option A — dual CIO."
    );
    assert_eq!(
        refuse(
            &mut d,
            Command::MoveUnit {
                scenario: 1,
                unit: "legacy".into(),
                parent: "interaction".into()
            }
        ),
        "Legacy IT is an organisation; organisations sit at the top."
    );
    let wen = by_name(&d, "Wen Li");
    assert_eq!(
        refuse(
            &mut d,
            Command::SetDottedLine {
                scenario: 1,
                person: wen.clone(),
                to: wen,
                on: true
            }
        ),
        "Wen Li cannot have a dotted line to themselves."
    );
    for s in [2, 1] {
        apply(&mut d, &Command::RemoveScenario { scenario: s }).expect("legal");
    }
    assert_eq!(
        refuse(&mut d, Command::RemoveScenario { scenario: 0 }),
        "Today — single CIO is the only option; a design needs at least one."
    );
}

#[test]
fn filling_an_open_role_gives_its_seat_and_reports_to_the_person_in_one_undoable_edit() {
    let mut doc = Document::unsaved(sample());
    let p003 = placement(doc.design(), "p003").clone();
    doc.apply(Command::AddPerson {
        scenario: 1,
        name: String::new(),
        title: "Mainframe engineer".into(),
        unit: Some(p003.unit.clone()),
        manager: Some("p003".into()),
        open_role: true,
    })
    .expect("legal");
    let role = doc.design().people.last().expect("added").clone();
    assert!(role.open_role);
    assert_eq!(role.name, "Open role");
    doc.apply(Command::AddPerson {
        scenario: 1,
        name: "Jo Junior".into(),
        title: String::new(),
        unit: Some(p003.unit.clone()),
        manager: Some(role.id.clone()),
        open_role: false,
    })
    .expect("legal");
    let junior = doc.design().people.last().expect("added").id.clone();
    let before = doc.design().clone();
    // p055 sits elsewhere in option A; filling moves them into the role's seat.
    let who = "p055";
    let message = doc
        .apply(Command::FillOpenRole {
            scenario: 1,
            role: role.id.clone(),
            person: who.into(),
        })
        .expect("legal");
    let d = doc.design();
    assert_eq!(message, format!("{} fills Open role.", d.person_name(who)));
    let seat = placement(d, who);
    assert_eq!(
        (seat.unit.as_str(), seat.manager.as_deref()),
        (p003.unit.as_str(), Some("p003"))
    );
    assert_eq!(placement(d, &junior).manager.as_deref(), Some(who));
    assert!(d.scenarios[1].placement_of(&role.id).is_none());
    assert!(
        d.people.iter().any(|p| p.id == role.id),
        "still on the roster"
    );
    assert_eq!(crate::io::validate(d), Vec::new());
    // Refusals: a person is not an open role; an open role does not fill another.
    for (role_id, person) in [("p004", who), (role.id.as_str(), role.id.as_str())] {
        assert!(
            crate::edit::command::applied(
                &before,
                &Command::FillOpenRole {
                    scenario: 1,
                    role: role_id.into(),
                    person: person.into(),
                },
            )
            .is_err()
        );
    }
    assert!(doc.undo().is_some());
    assert_eq!(doc.design(), &before);
}

/// A drop's preview prepares the design it leaves; applying it keeps that design (after the
/// same check as any edit) as one undo step, the same as applying the command afresh.
#[test]
fn a_prepared_drop_keeps_the_previewed_design_and_a_stale_one_runs_afresh() {
    let d = sample();
    let erik = d
        .people
        .iter()
        .position(|p| p.name == "Erik Lund")
        .expect("in sample");
    let social = d
        .units
        .iter()
        .position(|u| u.id == "social")
        .expect("in sample");
    let analysis = crate::analysis::analyse(&d, 1);
    let preview = crate::edit::preview_drop(
        &d,
        &analysis,
        1,
        erik,
        crate::layout::ChartItem::Team(social),
        false,
    );
    let command = preview.command.clone().expect("a legal move");
    let prepared = *preview.prepared.expect("prepared");
    assert_eq!(prepared.scenario, 1);
    assert_eq!(
        prepared.analysis,
        crate::analysis::analyse(&prepared.design, 1)
    );
    let mut fresh = Document::unsaved(d.clone());
    fresh.apply(command.clone()).expect("applies");

    let mut doc = Document::unsaved(d.clone());
    let base = doc.revision();
    let (message, kept) = doc
        .apply_prepared(
            command.clone(),
            base,
            prepared.design.clone(),
            prepared.message,
        )
        .expect("applies");
    assert!(kept);
    assert_eq!(Ok(message), preview.outcome);
    assert_eq!(doc.design(), fresh.design());
    assert_ne!(doc.revision(), base);
    doc.undo();
    assert_eq!(doc.design(), &d);

    // Changed since the preview: the command runs on the design as it is now.
    let mut doc = Document::unsaved(d.clone());
    let stale = doc.revision();
    doc.apply(Command::SetDesignTitle {
        title: "Renamed".into(),
    })
    .expect("applies");
    let (_, kept) = doc
        .apply_prepared(command, stale, prepared.design.clone(), String::new())
        .expect("applies");
    assert!(!kept, "the prepared design is not the one kept");
    assert_eq!(doc.design().title, "Renamed");
    assert_eq!(
        doc.design().scenarios[1].placement_of(&d.people[erik].id),
        fresh.design().scenarios[1].placement_of(&d.people[erik].id)
    );

    // A prepared design that would not load is refused like any edit.
    let mut broken = prepared.design;
    broken.scenarios[1].placements[0].manager = Some("nobody".into());
    let mut doc = Document::unsaved(d.clone());
    let base = doc.revision();
    let refused = doc.apply_prepared(
        Command::SetDesignTitle { title: "x".into() },
        base,
        broken,
        String::new(),
    );
    assert!(
        refused
            .as_ref()
            .is_err_and(|why| why.starts_with("That change would break the design:")),
        "{refused:?}"
    );
    assert_eq!(doc.design(), &d);
}

#[test]
fn removing_someone_who_learns_teaches_or_has_an_override_forgets_them_everywhere() {
    let mut d = sample();
    let id = |d: &Design, name: &str| {
        d.people
            .iter()
            .find(|p| p.name == name)
            .expect("in the sample")
            .id
            .clone()
    };
    let (erik, ana) = (id(&d, "Erik Lund"), id(&d, "Ana Silva"));
    let skill = d.skills[0].id.clone();
    let b = d
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    d.scenarios[b].trainings.push(crate::model::Training {
        learner: ana.clone(),
        skill: skill.clone(),
        level: 5,
        mentor: Some(erik.clone()),
        by: String::new(),
    });
    d.scenarios[b]
        .risk_overrides
        .push(crate::model::RiskOverride {
            person: erik.clone(),
            flight_risk: crate::model::FlightRisk::Low,
            reason: "promised a role".into(),
        });
    assert!(crate::io::validate(&d).is_empty());
    let mut doc = Document::unsaved(d.clone());
    doc.apply(Command::RemovePerson {
        person: erik.clone(),
    })
    .expect("a mentor with an override can be removed");
    let option = &doc.design().scenarios[b];
    assert!(option.risk_override(&erik).is_none());
    let training = option
        .trainings
        .iter()
        .find(|t| t.learner == ana && t.skill == skill)
        .expect("the learner's training stays");
    assert_eq!(training.mentor, None, "without its mentor");
    doc.apply(Command::RemovePerson {
        person: ana.clone(),
    })
    .expect("a learner can be removed");
    assert!(
        !doc.design().scenarios[b]
            .trainings
            .iter()
            .any(|t| t.learner == ana)
    );
    doc.undo();
    doc.undo();
    assert_eq!(doc.design(), &d);
}
