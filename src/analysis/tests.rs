//! Each rule on a small hand-made design that triggers it, and one that just does not.

use super::*;
use crate::io::{SAMPLE_RON, parse_design, validate};
use crate::model::{
    FORMAT_VERSION, FlightRisk, Mode, Person, Placement, Profile, RequiredSkill, Scenario,
    Settings, Skill, SkillArea, SkillLevel, StyleRange, StyleScore, Unit, UnitKind, UnitSlot,
    WorkStyleDimension,
};

/// Two organisations (Legacy "leg" led by p0, Interaction "int" led by p1) and a team in
/// each ("mf" in Legacy, "soc" in Interaction), with four skills.
pub(super) fn base() -> Design {
    let skill = |id: &str, area, critical| Skill {
        id: id.into(),
        name: id.to_uppercase(),
        area,
        critical,
    };
    let mut structure = Vec::new();
    let mut unit = |id: &str, kind, mode, parent: Option<&str>, leader: Option<&str>| {
        structure.push(UnitSlot {
            unit: id.into(),
            parent: parent.map(Into::into),
        });
        Unit {
            id: id.into(),
            name: format!("Unit {id}"),
            kind,
            mode,
            leader: leader.map(Into::into),
            profile: Profile::default(),
        }
    };
    let units = vec![
        unit(
            "leg",
            UnitKind::Organisation,
            Mode::Legacy,
            None,
            Some("p0"),
        ),
        unit("mf", UnitKind::Team, Mode::Legacy, Some("leg"), None),
        unit(
            "int",
            UnitKind::Organisation,
            Mode::Interaction,
            None,
            Some("p1"),
        ),
        unit("soc", UnitKind::Team, Mode::Interaction, Some("int"), None),
    ];
    let mut d = Design {
        format_version: FORMAT_VERSION,
        title: "t".into(),
        notes: String::new(),
        skills: vec![
            skill("cobol", SkillArea::Legacy, true),
            skill("social", SkillArea::Interaction, false),
            skill("pm", SkillArea::Shared, false),
            skill("ops", SkillArea::Legacy, false),
        ],
        work_styles: vec![WorkStyleDimension {
            id: "change".into(),
            name: "Change appetite".into(),
            low: "l".into(),
            high: "h".into(),
        }],
        people: Vec::new().into(),
        units,
        sponsors: Vec::new(),
        scenarios: vec![Scenario {
            id: "s".into(),
            name: "Scenario S".into(),
            notes: String::new(),
            structure,
            sponsors: Vec::new(),
            placements: Vec::new(),
            pinned: Vec::new(),
            risk_overrides: Vec::new(),
            trainings: Vec::new(),
        }],
        settings: Settings::default(),
        import: None,
    };
    add(&mut d, "p0", &[], "leg", None);
    add(&mut d, "p1", &[], "int", None);
    d
}

/// Adds a person with `skills` placed in `unit` under `manager`; returns their index.
pub(super) fn add(
    d: &mut Design,
    id: &str,
    skills: &[(&str, u8)],
    unit: &str,
    manager: Option<&str>,
) -> usize {
    d.people.push(Person {
        id: id.into(),
        name: format!("Name {id}"),
        title: String::new(),
        skills: skills
            .iter()
            .map(|(s, l)| SkillLevel {
                skill: (*s).into(),
                level: *l,
            })
            .collect(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Low,
        annual_cost: Some(1_000),
        notes: String::new(),
        open_role: false,
    });
    d.scenarios[0].placements.push(Placement {
        person: id.into(),
        unit: unit.into(),
        manager: manager.map(Into::into),
        dotted: Vec::new(),
    });
    d.people.len() - 1
}

pub(super) fn run(d: &Design) -> Analysis {
    assert_eq!(validate(d), Vec::new(), "test design must be valid");
    analyse(d, 0)
}

pub(super) fn of_kind(a: &Analysis, kind: FindingKind) -> Vec<&Finding> {
    a.findings.iter().filter(|f| f.kind == kind).collect()
}

/// The mismatch messages of an analysis.
fn mismatches(a: &Analysis) -> Vec<String> {
    of_kind(a, FindingKind::SkillMismatch)
        .iter()
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn skill_fit_is_the_best_skill_for_the_unit_against_the_strongest() {
    let mut d = base();
    // In an Interaction team: social 2 serves it; cobol 4 is their strongest: 2 / 4.
    let p = add(
        &mut d,
        "p2",
        &[("social", 2), ("pm", 2), ("cobol", 4)],
        "soc",
        Some("p1"),
    );
    let a = run(&d);
    assert_eq!(a.fits[p].skill_fit, Some(0.5));
    assert!(mismatches(&a).is_empty());
    // A Legacy expert with a little of the team's area: 1 / 5.
    d.people[p].skills = vec![skill_level("cobol", 5), skill_level("social", 1)];
    let a = run(&d);
    assert_eq!(a.fits[p].skill_fit, Some(0.2));
    assert_eq!(
        mismatches(&a),
        [
            "Name p2: skill fit 20% for Unit soc — their strongest, COBOL 5 (Legacy), does not \
          serve it; best for it: SOCIAL 1"
        ]
    );
    // Nothing that serves it.
    d.people[p].skills = vec![skill_level("cobol", 4)];
    assert_eq!(
        mismatches(&run(&d)),
        [
            "Name p2: skill fit 0% for Unit soc — none of their skills serve it; their strongest \
          is COBOL 4 (Legacy)"
        ]
    );
    // Only Shared skills: flagged (they never were before).
    d.people[p].skills = vec![skill_level("pm", 4)];
    assert_eq!(
        mismatches(&run(&d)),
        ["Name p2: skill fit 35% for Unit soc — only Shared skills serve it (PM 4)"]
    );
    d.people[p].skills = vec![skill_level("pm", 4), skill_level("cobol", 5)];
    assert_eq!(
        mismatches(&run(&d)),
        [
            "Name p2: skill fit 28% for Unit soc — only Shared skills serve it (best: PM 4); \
          their strongest is COBOL 5 (Legacy)"
        ]
    );
}

#[test]
fn a_bridge_person_is_not_flagged_for_the_skills_cross_training_gave_them() {
    let mut d = base();
    d.units[3].profile.required_skills.push(RequiredSkill {
        skill: "social".into(),
        min_level: 3,
        min_holders: 1,
    });
    // The team's required skill at 3 and COBOL 5 besides: 3 / 5, not flagged (it was 38%).
    let p = add(
        &mut d,
        "p2",
        &[("social", 3), ("cobol", 5)],
        "soc",
        Some("p1"),
    );
    let a = run(&d);
    assert_eq!(a.fits[p].skill_fit, Some(0.6));
    assert!(mismatches(&a).is_empty());
}

#[test]
fn skill_fit_exactly_at_the_threshold_is_not_a_mismatch() {
    let mut d = base();
    // social 2 against cobol 5 = 40%: on the limit, not under it.
    add(
        &mut d,
        "p2",
        &[("social", 2), ("cobol", 5)],
        "soc",
        Some("p1"),
    );
    assert!(mismatches(&run(&d)).is_empty());
    let mut d = base();
    add(
        &mut d,
        "p2",
        &[("social", 1), ("cobol", 3)],
        "soc",
        Some("p1"),
    );
    assert_eq!(mismatches(&run(&d)).len(), 1);
}

fn skill_level(skill: &str, level: u8) -> SkillLevel {
    SkillLevel {
        skill: skill.into(),
        level,
    }
}

#[test]
fn a_skill_the_unit_requires_serves_it_whatever_its_area() {
    let mut d = base();
    d.units[3].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 1,
        min_holders: 1,
    });
    let p = add(&mut d, "p2", &[("cobol", 5)], "soc", Some("p1"));
    assert_eq!(run(&d).fits[p].skill_fit, Some(1.0));
}

#[test]
fn people_without_skills_or_scores_have_unknown_fit_and_no_mismatch() {
    let mut d = base();
    d.units[3].profile.work_style.push(StyleRange {
        dimension: "change".into(),
        min: 4.0,
        max: 5.0,
    });
    let p = add(&mut d, "p2", &[], "soc", Some("p1"));
    let a = run(&d);
    assert_eq!(
        a.fits[p],
        PersonFit {
            skill_fit: None,
            style_fit: None
        }
    );
    assert!(of_kind(&a, FindingKind::SkillMismatch).is_empty());
    assert!(of_kind(&a, FindingKind::WorkStyleMismatch).is_empty());
}

#[test]
fn work_style_mismatch_names_the_dimension_and_both_values_at_the_tolerance() {
    let mut d = base();
    d.units[1].profile.work_style.push(StyleRange {
        dimension: "change".into(),
        min: 1.0,
        max: 3.0,
    });
    let score = |d: &mut Design, p: usize, s: u8| {
        d.people[p].work_style = vec![StyleScore {
            dimension: "change".into(),
            score: s,
        }];
    };
    let p = add(&mut d, "p2", &[("cobol", 3)], "mf", Some("p0"));
    score(&mut d, p, 4); // 1 point outside: under the 1.5 tolerance
    assert!(of_kind(&run(&d), FindingKind::WorkStyleMismatch).is_empty());
    d.settings.style_tolerance = 1.0; // exactly at the tolerance: flagged
    let a = run(&d);
    let m = of_kind(&a, FindingKind::WorkStyleMismatch);
    assert_eq!(m.len(), 1);
    // A soft signal: the poles of the dimension, and information unless raised.
    assert_eq!(
        m[0].message,
        "Name p2: work-style difference in Unit mf — Change appetite 4 (“h”) where the unit \
         prefers 1–3 (towards “l”), 1 point outside"
    );
    assert_eq!(m[0].severity, Severity::Info);
    assert_eq!(a.fits[p].style_fit, Some(0.75));
    d.settings.style_as_warning = true;
    let a = run(&d);
    assert_eq!(
        of_kind(&a, FindingKind::WorkStyleMismatch)[0].severity,
        Severity::Warning
    );
    // Below the range, the person's pole is the low one.
    d.settings.style_as_warning = false;
    d.units[1].profile.work_style[0].min = 3.0;
    d.units[1].profile.work_style[0].max = 5.0;
    score(&mut d, p, 1);
    let a = run(&d);
    assert_eq!(
        of_kind(&a, FindingKind::WorkStyleMismatch)[0].message,
        "Name p2: work-style difference in Unit mf — Change appetite 1 (“l”) where the unit \
         prefers 3–5 (towards “h”), 2 points outside"
    );
}

#[test]
fn a_team_without_its_own_range_uses_its_organisations() {
    let mut d = base();
    d.units[0].profile.work_style.push(StyleRange {
        dimension: "change".into(),
        min: 1.0,
        max: 2.0,
    });
    let p = add(&mut d, "p2", &[("cobol", 3)], "mf", Some("p0"));
    d.people[p].work_style = vec![StyleScore {
        dimension: "change".into(),
        score: 5,
    }];
    assert_eq!(of_kind(&run(&d), FindingKind::WorkStyleMismatch).len(), 1);
}

#[test]
fn coverage_gap_counts_holders_at_the_level_and_is_an_error_when_none_are_left() {
    let mut d = base();
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 3,
        min_holders: 2,
    });
    add(&mut d, "p2", &[("cobol", 3)], "mf", Some("p0"));
    add(&mut d, "p3", &[("cobol", 2)], "mf", Some("p0"));
    let a = run(&d);
    let gaps = of_kind(&a, FindingKind::CoverageGap);
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].severity, Severity::Warning);
    assert_eq!(
        gaps[0].message,
        "COBOL (level 3+) in Unit mf: 1 holder (Name p2); the team needs 2; train someone \
         here, hire, or move a holder in"
    );
    d.people[3].skills[0].level = 3;
    assert!(of_kind(&run(&d), FindingKind::CoverageGap).is_empty());
    d.scenarios[0].placements.retain(|p| p.unit != "mf");
    let a = run(&d);
    let gaps = of_kind(&a, FindingKind::CoverageGap);
    assert_eq!(gaps[0].severity, Severity::Error);
    assert!(gaps[0].message.contains("no holders left"));
}

#[test]
fn sole_holders_are_flagged_and_high_flight_risk_makes_it_a_key_person_error() {
    let mut d = base();
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 3,
        min_holders: 1,
    });
    let p = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    let a = run(&d);
    let sole = of_kind(&a, FindingKind::SoleHolder);
    assert_eq!(sole.len(), 1);
    assert_eq!(sole[0].subject, Subject::Person(p));
    assert_eq!(sole[0].severity, Severity::Warning, "COBOL is critical");
    assert_eq!(
        sole[0].message,
        "Name p2 is the only holder of COBOL (level 3+) in Unit leg; train a second holder"
    );
    // Not assessed is not low: the sole holder is flagged, and says so.
    d.people[p].flight_risk = FlightRisk::Unknown;
    let a = run(&d);
    let sole = of_kind(&a, FindingKind::SoleHolder);
    assert_eq!(
        sole[0].message,
        "Name p2 is the only holder of COBOL (level 3+) in Unit leg, and their flight risk is \
         not recorded: find out; a second holder would make it safe either way"
    );
    assert_eq!(sole[0].severity, Severity::Warning);
    d.people[p].flight_risk = FlightRisk::High;
    let a = run(&d);
    assert!(of_kind(&a, FindingKind::SoleHolder).is_empty());
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(key.len(), 1);
    assert_eq!(key[0].severity, Severity::Error);
    // A second holder anywhere in the organisation ends both.
    add(&mut d, "p3", &[("cobol", 3)], "leg", Some("p0"));
    let a = run(&d);
    assert!(of_kind(&a, FindingKind::KeyPersonRisk).is_empty());
    assert!(of_kind(&a, FindingKind::SoleHolder).is_empty());
}

#[test]
fn span_of_control_over_the_limit_warns_exactly_one_report_informs() {
    let mut d = base();
    for i in 0..10 {
        add(&mut d, &format!("a{i}"), &[], "leg", Some("p0"));
    }
    let a = run(&d);
    assert!(
        of_kind(&a, FindingKind::SpanOfControl).is_empty(),
        "10 is the limit, not over it"
    );
    add(&mut d, "a10", &[], "leg", Some("p0"));
    add(&mut d, "b0", &[], "int", Some("p1"));
    let a = run(&d);
    let spans = of_kind(&a, FindingKind::SpanOfControl);
    assert_eq!(spans.len(), 2);
    assert!(spans.iter().any(|f| f.severity == Severity::Warning
        && f.message
            == "Name p0 manages 11 people directly; the limit is 10: split the team or add a lead"));
    assert!(
        spans.iter().any(|f| f.severity == Severity::Info
            && f.message == "Name p1 manages only 1 person directly")
    );
}

#[test]
fn a_chain_of_single_report_managers_is_one_information_on_its_top() {
    let mut d = base();
    // p0 -> c0 -> c1 -> c2 -> c3: everyone above c3 manages exactly one person.
    let mut boss = "p0".to_owned();
    for i in 0..4 {
        let id = format!("c{i}");
        add(&mut d, &id, &[], "leg", Some(&boss));
        boss = id;
    }
    let a = run(&d);
    let single: Vec<&str> = of_kind(&a, FindingKind::SpanOfControl)
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        single,
        ["Name p0 heads a chain of 4 managers who each manage only 1 person, down to Name c2"],
        "c3 manages nobody"
    );
    // Boundary: a manager with two reports breaks the chain into two.
    add(&mut d, "x", &[], "leg", Some("c1"));
    let a = run(&d);
    let single: Vec<&str> = of_kind(&a, FindingKind::SpanOfControl)
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        single,
        [
            "Name p0 heads a chain of 2 managers who each manage only 1 person, down to Name c0",
            "Name c2 manages only 1 person directly"
        ]
    );
}

#[test]
fn reporting_chains_deeper_than_the_limit_are_flagged() {
    let mut d = base();
    let mut boss = "p0".to_owned();
    for i in 0..9 {
        let id = format!("c{i}");
        add(&mut d, &id, &[], "leg", Some(&boss));
        boss = id;
    }
    let a = run(&d);
    let deep = of_kind(&a, FindingKind::TooManyLayers);
    // Issue 12, case 6: one warning for the branch, naming the top, not one per layer.
    assert_eq!(deep.len(), 1, "{deep:?}");
    assert_eq!(
        deep[0].message,
        "Name c6 sits 7 layers below Name p0; the limit is 6 (2 people below them deeper still)"
    );
}

#[test]
fn cross_org_reporting_lines_name_both_organisations() {
    let mut d = base();
    add(&mut d, "p2", &[], "soc", Some("p0"));
    let a = run(&d);
    let cross = of_kind(&a, FindingKind::CrossOrgReporting);
    assert_eq!(cross.len(), 1);
    assert_eq!(
        cross[0].message,
        "Name p2 in Unit int reports to Name p0 in Unit leg"
    );
    let mut d = base();
    add(&mut d, "p2", &[], "soc", Some("p1"));
    assert!(of_kind(&run(&d), FindingKind::CrossOrgReporting).is_empty());
}

#[test]
fn a_line_into_another_team_of_the_same_organisation_is_a_warning() {
    let mut d = base();
    // A second Legacy team beside "mf", led by p3.
    d.units.push(Unit {
        id: "erp".into(),
        name: "Unit erp".into(),
        kind: UnitKind::Team,
        mode: Mode::Legacy,
        leader: Some("p3".into()),
        profile: Profile::default(),
    });
    d.scenarios[0].structure.push(UnitSlot {
        unit: "erp".into(),
        parent: Some("leg".into()),
    });
    d.units[1].leader = Some("p2".into());
    // Team leads reporting to the organisation's leader, and a member to their own lead:
    // the normal lines, nothing said.
    add(&mut d, "p2", &[], "mf", Some("p0"));
    add(&mut d, "p3", &[], "erp", Some("p0"));
    add(&mut d, "m1", &[], "mf", Some("p2"));
    let a = run(&d);
    assert!(of_kind(&a, FindingKind::CrossTeamReporting).is_empty());
    // A Mainframe member reporting to the ERP lead.
    add(&mut d, "m2", &[], "mf", Some("p3"));
    let a = run(&d);
    let cross = of_kind(&a, FindingKind::CrossTeamReporting);
    assert_eq!(cross.len(), 1);
    assert_eq!(cross[0].severity, Severity::Warning);
    assert_eq!(
        cross[0].message,
        "Name m2 in Unit mf reports to Name p3, who sits in Unit erp — another team"
    );
    assert!(of_kind(&a, FindingKind::CrossOrgReporting).is_empty());
}

#[test]
fn units_without_a_leader_and_unplaced_people_are_reported() {
    let mut d = base();
    d.people.push(Person {
        id: "u1".into(),
        name: "Nobody Yet".into(),
        title: String::new(),
        skills: Vec::new(),
        work_style: Vec::new(),
        flight_risk: FlightRisk::Low,
        annual_cost: None,
        notes: String::new(),
        open_role: false,
    });
    let a = run(&d);
    let leaderless: Vec<Subject> = of_kind(&a, FindingKind::NoLeader)
        .iter()
        .map(|f| f.subject)
        .collect();
    assert_eq!(leaderless, vec![Subject::Unit(1), Subject::Unit(3)]);
    let unplaced = of_kind(&a, FindingKind::Unplaced);
    assert_eq!(unplaced.len(), 1);
    assert_eq!(
        unplaced[0].message,
        "Nobody Yet is not placed in any unit in this option"
    );
}

#[test]
fn the_samples_deliberate_problems_are_found() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let a = analyse(&d, 1);
    let has = |kind: FindingKind, needle: &str| {
        a.findings
            .iter()
            .any(|f| f.kind == kind && f.message.contains(needle))
    };
    assert!(has(FindingKind::SkillMismatch, "Ana Silva: skill fit"));
    assert!(has(
        FindingKind::KeyPersonRisk,
        "Erik Lund is the only holder of Mainframe operations"
    ));
    // The Service Desk is a service team: 12 agents are within its limit of 15.
    assert!(!has(FindingKind::SpanOfControl, "Marco Bianchi manages"));
    assert!(has(FindingKind::WorkStyleMismatch, "Tom Ashby"));
    assert!(has(FindingKind::CrossOrgReporting, "Wen Li"));
    assert!(has(FindingKind::Unplaced, "Priya Raman"));
    let counts = a.counts();
    assert_eq!(counts.iter().sum::<usize>(), a.findings.len());
    let per_org: usize = a
        .organisations
        .iter()
        .map(|o| o.counts.iter().sum::<usize>())
        .sum();
    // Only the unplaced person belongs to no organisation.
    assert_eq!(per_org + 1, a.findings.len());
}

#[test]
fn analysis_is_deterministic() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    assert_eq!(analyse(&d, 0), analyse(&d, 0));
    assert_eq!(analyse(&d, 99), Analysis::default());
}

#[test]
fn a_lower_requirement_elsewhere_does_not_hide_a_sole_holder_at_a_higher_level() {
    // Issue 12, case 1: Service Desk asks for Mainframe operations at 1+, Marco Bianchi
    // holds it at 1; Erik Lund is still the only holder at the 3+ the Mainframe team needs.
    let mut d = parse_design(SAMPLE_RON).expect("sample");
    let desk = d
        .units
        .iter()
        .position(|u| u.id == "service_desk")
        .expect("unit");
    d.units[desk]
        .profile
        .required_skills
        .push(crate::model::RequiredSkill {
            skill: "mainframe_ops".into(),
            min_level: 1,
            min_holders: 1,
        });
    let marco = d
        .people
        .iter()
        .position(|p| p.name == "Marco Bianchi")
        .expect("Marco");
    d.people[marco].skills.push(crate::model::SkillLevel {
        skill: "mainframe_ops".into(),
        level: 1,
    });
    let a = analyse(&d, 1);
    let key: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::KeyPersonRisk)
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        key.iter().any(|m| m.starts_with(
            "Erik Lund is the only holder of Mainframe operations (level 3+) in Legacy IT"
        )),
        "{key:?}"
    );
}

#[test]
fn a_team_whose_skills_were_never_recorded_is_not_said_to_have_no_holders() {
    // Issue 12, case 3: imported people have no skills yet; that is unknown, not "none".
    let mut d = parse_design(SAMPLE_RON).expect("sample");
    let mainframe: Vec<String> = d.scenarios[1]
        .placements
        .iter()
        .filter(|p| p.unit == "mainframe")
        .map(|p| p.person.clone())
        .collect();
    for p in d.people.iter_mut().filter(|p| mainframe.contains(&p.id)) {
        p.skills.clear();
    }
    let a = analyse(&d, 1);
    let gaps: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::CoverageGap && f.message.contains("Mainframe & Core"))
        .collect();
    assert!(!gaps.is_empty());
    for gap in gaps {
        assert_eq!(gap.severity, Severity::Warning, "{}", gap.message);
        assert!(
            gap.message.contains("no known holders, but"),
            "{}",
            gap.message
        );
    }
}

#[test]
fn a_critical_skill_no_unit_requires_is_still_checked_in_its_organisations() {
    // COBOL is critical and Legacy; no unit of the base design requires it.
    let mut d = base();
    let gaps = |a: &Analysis| -> Vec<String> {
        of_kind(a, FindingKind::CoverageGap)
            .iter()
            .map(|f| f.message.clone())
            .collect()
    };
    // Nobody's skills are recorded yet: nothing is known, nothing is said.
    assert!(gaps(&run(&d)).is_empty());
    // One person's skills are known, p0's are not: a warning that says so.
    let known = add(&mut d, "k", &[("pm", 2)], "leg", Some("p0"));
    let a = run(&d);
    assert_eq!(
        gaps(&a),
        [
            "COBOL is a critical skill and nobody in Unit leg holds it at level 3+, but 1 person \
          here has no skills recorded; train someone or hire; add it to a team's profile to \
          track who covers it"
        ]
    );
    assert_eq!(
        of_kind(&a, FindingKind::CoverageGap)[0].severity,
        Severity::Warning
    );
    // Everyone's skills known: an error.
    d.people[0].skills = d.people[known].skills.clone();
    let a = run(&d);
    assert_eq!(
        gaps(&a),
        [
            "COBOL is a critical skill and nobody in Unit leg holds it at level 3+; train \
          someone or hire; add it to a team's profile to track who covers it"
        ]
    );
    assert_eq!(
        of_kind(&a, FindingKind::CoverageGap)[0].severity,
        Severity::Error
    );
    // A holder below the level is named as such.
    let p = add(&mut d, "p2", &[("cobol", 2)], "mf", Some("p0"));
    assert_eq!(
        gaps(&run(&d)),
        [
            "COBOL is a critical skill and nobody in Unit leg holds it at level 3+ (1 holder at \
          a lower level); train someone or hire; add it to a team's profile to track who \
          covers it"
        ]
    );
    // At level 3 the gap closes, and the one holder is a sole holder of a critical skill.
    d.people[p].skills[0].level = 3;
    let a = run(&d);
    assert!(gaps(&a).is_empty(), "{:?}", gaps(&a));
    let sole = of_kind(&a, FindingKind::SoleHolder);
    assert_eq!(sole.len(), 1);
    assert_eq!(
        sole[0].message,
        "Name p2 is the only holder of COBOL (level 3+) in Unit leg; train a second holder"
    );
    assert_eq!(sole[0].severity, Severity::Warning);
    // The Interaction organisation does not serve Legacy skills: never checked there. A
    // unit that requires the skill takes over from this rule.
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 2,
        min_holders: 1,
    });
    let a = run(&d);
    assert!(gaps(&a).is_empty());
    assert!(
        a.findings
            .iter()
            .all(|f| !f.message.contains("critical skill"))
    );
}

#[test]
fn an_options_flight_risk_override_drives_its_findings_and_says_why() {
    let mut d = base();
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 3,
        min_holders: 1,
    });
    let p = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    assert!(of_kind(&run(&d), FindingKind::KeyPersonRisk).is_empty());
    d.scenarios[0]
        .risk_overrides
        .push(crate::model::RiskOverride {
            person: "p2".into(),
            flight_risk: FlightRisk::High,
            reason: "asked twice to return to Mainframe".into(),
        });
    let a = run(&d);
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(key.len(), 1);
    assert_eq!(key[0].subject, Subject::Person(p));
    assert_eq!(
        key[0].message,
        "Name p2 is the only holder of COBOL (level 3+) in Unit leg, and their flight risk in \
         this option is high (asked twice to return to Mainframe); train a second holder, or \
         agree how to keep them"
    );
    // The recorded risk is untouched: a low override of a high record ends the error.
    d.people[p].flight_risk = FlightRisk::High;
    d.scenarios[0].risk_overrides[0].flight_risk = FlightRisk::Low;
    let a = run(&d);
    assert!(of_kind(&a, FindingKind::KeyPersonRisk).is_empty());
    assert_eq!(of_kind(&a, FindingKind::SoleHolder).len(), 1);
}

#[test]
fn two_holders_both_high_in_this_option_name_the_reasons() {
    let mut d = base();
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 3,
        min_holders: 1,
    });
    add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    let q = add(&mut d, "p3", &[("cobol", 3)], "mf", Some("p0"));
    d.people[q].flight_risk = FlightRisk::High;
    d.scenarios[0]
        .risk_overrides
        .push(crate::model::RiskOverride {
            person: "p2".into(),
            flight_risk: FlightRisk::High,
            reason: "loses the team lead role".into(),
        });
    let a = run(&d);
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(
        key[0].message,
        "COBOL (level 3+) in Unit leg: both holders (Name p2, Name p3) have a flight risk of \
         high in this option (Name p2: loses the team lead role); train a holder who is \
         likely to stay"
    );
}

#[test]
fn planned_training_is_coverage_to_come_reported_apart_from_the_holders() {
    let mut d = base();
    d.units[1].profile.required_skills.push(RequiredSkill {
        skill: "cobol".into(),
        min_level: 3,
        min_holders: 2,
    });
    add(&mut d, "p2", &[("cobol", 3)], "mf", Some("p0"));
    add(&mut d, "p3", &[("cobol", 1)], "mf", Some("p0"));
    let training = |level| crate::model::Training {
        learner: "p3".into(),
        skill: "cobol".into(),
        level,
        mentor: Some("p2".into()),
        by: "2027-06".into(),
    };
    // Training to a level below the requirement does not count.
    d.scenarios[0].trainings.push(training(2));
    let gap = |d: &Design| {
        let a = run(d);
        let gaps = of_kind(&a, FindingKind::CoverageGap);
        assert_eq!(gaps.len(), 1, "still a gap today");
        (gaps[0].severity, gaps[0].message.clone())
    };
    assert_eq!(
        gap(&d).1,
        "COBOL (level 3+) in Unit mf: 1 holder (Name p2); the team needs 2; train someone \
         here, hire, or move a holder in"
    );
    d.scenarios[0].trainings[0] = training(3);
    assert_eq!(
        gap(&d),
        (
            Severity::Warning,
            "COBOL (level 3+) in Unit mf: 1 holder (Name p2); the team needs 2; covered when \
             training completes (Name p3)"
                .to_owned()
        )
    );
}

#[test]
fn the_analysis_on_two_threads_equals_the_analysis_on_one() {
    let sample = parse_design(SAMPLE_RON).expect("sample");
    let large = crate::model::generate::generated_design(2_500, 12, 7);
    for design in [&sample, &large] {
        for scenario in 0..design.scenarios.len() {
            let one = analyse_on(design, scenario, false);
            let two = analyse_on(design, scenario, true);
            assert!(!one.findings.is_empty());
            assert_eq!(one.findings, two.findings);
            assert_eq!(one.fits, two.fits);
            assert_eq!(one.unplaced, two.unplaced);
            assert_eq!(one.facts, two.facts);
            assert_eq!(one.organisations.len(), two.organisations.len());
        }
    }
}
