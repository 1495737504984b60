//! The comparison on a design small enough to work out by hand, and on the sample.

use super::*;
use crate::io::{SAMPLE_RON, parse_design, validate};
use crate::model::{
    FORMAT_VERSION, FlightRisk, Mode, Person, Placement, Profile, Scenario, Settings, Skill,
    SkillArea, SkillLevel, Sponsor, Sponsorship, Unit, UnitKind, UnitSlot,
};

fn person(id: &str, cobol: Option<u8>, cost: Option<u32>) -> Person {
    Person {
        id: id.into(),
        name: format!("Name {id}"),
        title: String::new(),
        skills: cobol
            .map(|level| SkillLevel {
                skill: "cobol".into(),
                level,
            })
            .into_iter()
            .collect(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Low,
        annual_cost: cost,
        notes: String::new(),
        open_role: false,
    }
}

fn unit(id: &str, kind: UnitKind, mode: Mode, leader: &str) -> Unit {
    Unit {
        id: id.into(),
        name: format!("Unit {id}"),
        kind,
        mode,
        leader: Some(leader.into()),
        profile: Profile::default(),
    }
}

fn seat(person: &str, unit: &str, manager: Option<&str>) -> Placement {
    Placement {
        person: person.into(),
        unit: unit.into(),
        manager: manager.map(Into::into),
        dotted: Vec::new(),
    }
}

fn slot(unit: &str, parent: Option<&str>) -> UnitSlot {
    UnitSlot {
        unit: unit.into(),
        parent: parent.map(Into::into),
    }
}

/// Today: one IT organisation (p0) with a Legacy team t1 (p1 leads p2) and an Interaction
/// team t2 (p3 leads p4, p5); p6, the CIOI-to-be, is not placed. The option splits IT into
/// Legacy (p0, t1) and Interaction (p6, t2, reporting into Marketing), and moves p2 into t2.
fn small() -> Design {
    let d = Design {
        format_version: FORMAT_VERSION,
        title: "Small".into(),
        notes: String::new(),
        skills: vec![Skill {
            id: "cobol".into(),
            name: "COBOL".into(),
            area: SkillArea::Legacy,
            critical: true,
        }],
        work_styles: Vec::new(),
        people: vec![
            person("p0", None, Some(100)),
            person("p1", Some(4), Some(100)),
            person("p2", Some(3), Some(100)),
            person("p3", None, Some(100)),
            person("p4", None, Some(100)),
            person("p5", None, None),
            person("p6", None, Some(100)),
        ]
        .into(),
        units: vec![
            unit("it", UnitKind::Organisation, Mode::Mixed, "p0"),
            unit("leg", UnitKind::Organisation, Mode::Legacy, "p0"),
            unit("int", UnitKind::Organisation, Mode::Interaction, "p6"),
            unit("t1", UnitKind::Team, Mode::Legacy, "p1"),
            unit("t2", UnitKind::Team, Mode::Interaction, "p3"),
        ],
        sponsors: vec![Sponsor {
            id: "mkt".into(),
            name: "Marketing".into(),
            executive: "CMO".into(),
        }],
        scenarios: vec![
            Scenario {
                id: "today".into(),
                name: "Today".into(),
                notes: String::new(),
                structure: vec![
                    slot("it", None),
                    slot("t1", Some("it")),
                    slot("t2", Some("it")),
                ],
                sponsors: Vec::new(),
                placements: vec![
                    seat("p0", "it", None),
                    seat("p1", "t1", Some("p0")),
                    seat("p2", "t1", Some("p1")),
                    seat("p3", "t2", Some("p0")),
                    seat("p4", "t2", Some("p3")),
                    seat("p5", "t2", Some("p3")),
                ],
                pinned: Vec::new(),
                risk_overrides: Vec::new(),
                trainings: Vec::new(),
            },
            Scenario {
                id: "split".into(),
                name: "Split".into(),
                notes: String::new(),
                structure: vec![
                    slot("leg", None),
                    slot("int", None),
                    slot("t1", Some("leg")),
                    slot("t2", Some("int")),
                ],
                sponsors: vec![Sponsorship {
                    organisation: "int".into(),
                    sponsor: "mkt".into(),
                }],
                placements: vec![
                    seat("p0", "leg", None),
                    seat("p1", "t1", Some("p0")),
                    seat("p6", "int", None),
                    seat("p3", "t2", Some("p6")),
                    seat("p4", "t2", Some("p3")),
                    seat("p5", "t2", Some("p3")),
                    seat("p2", "t2", Some("p3")),
                ],
                pinned: Vec::new(),
                risk_overrides: Vec::new(),
                trainings: Vec::new(),
            },
        ],
        settings: Settings::default(),
        import: None,
    };
    assert_eq!(validate(&d), Vec::new());
    d
}

#[test]
fn figures_of_the_baseline_match_the_hand_count() {
    let c = compare(&small(), &[0, 1]);
    let today = &c.scenarios[0];
    assert_eq!(today.total.people, 6);
    assert_eq!(today.unplaced, 1);
    assert_eq!((today.total.cost, today.total.cost_unknown), (500, 1));
    // p0 → p1, p3 → p2, p4, p5: three levels; 5 reports over 3 managers.
    assert_eq!(today.total.layers, 3);
    assert_eq!(today.total.widest_span, 2);
    let span = today.total.average_span.expect("managers");
    assert!((span - 5.0 / 3.0).abs() < 1e-5, "{span}");
    assert_eq!(today.organisations.len(), 1);
    assert_eq!(today.organisations[0].figures.people, 6);
    // COBOL (critical, required nowhere: level 3+): p1 and p2 in IT.
    assert_eq!(
        today.critical_skills[0].organisations,
        vec![("it".to_owned(), 3, 2)]
    );
    assert_eq!(today.moved, 0);
}

#[test]
fn figures_of_the_split_match_the_hand_count() {
    let c = compare(&small(), &[0, 1]);
    let split = &c.scenarios[1];
    assert_eq!((split.total.people, split.unplaced), (7, 0));
    let org = |id: &str| {
        split
            .organisations
            .iter()
            .find(|o| o.id == id)
            .expect("organisation")
    };
    let (leg, int) = (org("leg"), org("int"));
    assert_eq!((leg.figures.people, int.figures.people), (2, 5));
    assert_eq!(int.sponsors, ["Marketing"]);
    // Legacy: p0 → p1, two levels. Interaction: Marketing → p6 → p3 → p2, p4, p5: the
    // sponsor counts as a level, so four.
    assert_eq!((leg.figures.layers, int.figures.layers), (2, 4));
    assert_eq!(split.total.layers, 4);
    assert_eq!((leg.figures.widest_span, int.figures.widest_span), (1, 3));
    assert_eq!(int.figures.average_span, Some(2.0));
    // COBOL is a Legacy skill: the Interaction organisation does not need it, so only
    // Legacy's holders are counted, as `risks` and the findings count them.
    assert_eq!(
        split.critical_skills[0].organisations,
        vec![("leg".to_owned(), 3, 1)]
    );
    // Findings add up: every finding of the option counts once in its total.
    let analysis = crate::analysis::analyse(&small(), 1);
    assert_eq!(split.total.findings, analysis.counts());
}

#[test]
fn moves_are_changes_of_team_or_manager_not_of_organisation_alone() {
    let d = small();
    let c = compare(&d, &[0, 1]);
    let moved: Vec<&str> = c.moves.iter().map(|m| m.person.as_str()).collect();
    // p0 leaves IT for Legacy, p2 changes team, p3 gets a new manager, p6 is newly placed;
    // p1, p4 and p5 keep their team and manager though their organisation changed.
    assert_eq!(moved, ["p0", "p2", "p3", "p6"]);
    assert_eq!(c.scenarios[1].moved, 4);
    let p2 = &c.moves[1];
    let (from, to) = (
        p2.from.as_ref().expect("placed"),
        p2.to.as_ref().expect("placed"),
    );
    assert_eq!((from.unit.as_str(), to.unit.as_str()), ("t1", "t2"));
    assert_eq!(from.organisation, "it");
    assert_eq!(to.organisation_name, "Unit int");
    assert_eq!(to.manager_name.as_deref(), Some("Name p3"));
    assert!(c.moves[3].from.is_none(), "p6 was not placed today");
    assert!(
        compare(&d, &[1, 0]).moves.len() == 4,
        "moves are symmetric in count"
    );
}

#[test]
fn the_samples_options_differ_from_its_baseline_by_the_known_moves() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let c = compare(&d, &[0, 1, 2]);
    assert_eq!(c.scenarios.len(), 3);
    let names =
        |column: usize| -> Vec<String> { c.moves_into(column).map(|m| m.name.clone()).collect() };
    let a = names(1);
    // Option A: the COBOL expert into Social Media, a change-seeker into Mainframe, the two
    // CIOs, and the new CIOI's direct reports.
    assert!(a.contains(&"Ana Silva".to_owned()), "{a:?}");
    assert!(a.contains(&"Daniel Okafor".to_owned()), "{a:?}");
    assert!(!a.contains(&"Jonas Weber".to_owned()), "{a:?}");
    let b = names(2);
    assert!(!b.contains(&"Ana Silva".to_owned()), "{b:?}");
    // The baseline's one organisation against the options' two.
    assert_eq!(c.scenarios[0].organisations.len(), 1);
    assert_eq!(c.scenarios[1].organisations.len(), 2);
    let total: usize = c.scenarios[1]
        .organisations
        .iter()
        .map(|o| o.figures.people)
        .sum();
    assert_eq!(total, c.scenarios[1].total.people);
}

#[test]
fn each_organisation_has_its_truck_factor_and_option_b_raises_legacy_its() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let c = compare(&d, &[1, 2]);
    let legacy = |o: &ScenarioFigures| {
        o.organisations
            .iter()
            .find(|org| org.name == "Legacy IT")
            .map(|org| org.figures.truck_factor)
            .expect("Legacy IT")
    };
    assert_eq!(legacy(&c.scenarios[0]), Some(5));
    assert_eq!(legacy(&c.scenarios[1]), Some(6));
    assert_eq!(c.scenarios[0].total.truck_factor, None);
    let org = &c.scenarios[1].organisations[0];
    assert_eq!(org.figures.truck_people.len(), 6);
}

#[test]
fn option_a_leaves_mainframe_operations_on_one_person_and_option_b_does_not() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let c = compare(&d, &[1, 2]);
    let legacy = |o: &ScenarioFigures| {
        o.organisations
            .iter()
            .find(|org| org.name == "Legacy IT")
            .map(|org| org.figures.clone())
            .expect("Legacy IT")
    };
    let (a, b) = (legacy(&c.scenarios[0]), legacy(&c.scenarios[1]));
    assert_eq!(a.uncovering_departures, Some(1));
    let first = a
        .damaging_people
        .first()
        .map(|&p| d.people[p].name.as_str());
    assert_eq!(first, Some("Erik Lund"));
    assert_eq!(b.uncovering_departures, Some(0));
    // In B, losing Erik Lund or Ana Silva leaves one holder: still listed, ranked.
    let names: Vec<&str> = b
        .damaging_people
        .iter()
        .map(|&p| d.people[p].name.as_str())
        .collect();
    assert_eq!(names, ["Ana Silva", "Erik Lund"]);
    assert_eq!(c.scenarios[0].total.uncovering_departures, None);
}
