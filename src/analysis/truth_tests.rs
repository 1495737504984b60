//! One truth for every figure: each case on a design small enough to work out by hand, and
//! the invariants of the analysis (see [`super::facts`]) over random designs.

use proptest::prelude::*;

use super::tests::{add, base, of_kind, run};
use super::*;
use crate::io::{SAMPLE_RON, parse_design};
use crate::model::{
    FlightRisk, RequiredSkill, RiskOverride, Training, WorkKind, generate::generated_design,
};

fn require(d: &mut Design, unit: &str, skill: &str, min_level: u8, min_holders: u32) {
    let u = d.units.iter_mut().find(|u| u.id == unit).expect("unit");
    u.profile.required_skills.push(RequiredSkill {
        skill: skill.into(),
        min_level,
        min_holders,
    });
}

fn risk(d: &mut Design, p: usize, risk: FlightRisk) {
    d.people[p].flight_risk = risk;
}

fn messages(a: &Analysis, kind: FindingKind) -> Vec<String> {
    of_kind(a, kind).iter().map(|f| f.message.clone()).collect()
}

#[test]
fn open_roles_hold_no_skill_anywhere() {
    let mut d = base();
    require(&mut d, "mf", "cobol", 3, 2);
    for id in ["v1", "v2"] {
        let i = add(&mut d, id, &[("cobol", 4)], "mf", Some("p0"));
        d.people[i].open_role = true;
    }
    let a = run(&d);
    let gaps = messages(&a, FindingKind::CoverageGap);
    assert!(
        gaps.iter().any(
            |m| m.starts_with("COBOL (level 3+) in Unit mf: no holders left; the team needs 2")
        ),
        "{gaps:?}"
    );
    let c = compare(&d, &[0]);
    let cobol = &c.scenarios[0].critical_skills[0];
    assert_eq!(cobol.organisations, vec![("leg".to_owned(), 3, 0)]);
    let k = knowledge(&d, 0);
    assert!(k[0].skills[0].holders.is_empty());
    // Head-count and span count people; the open roles are counted apart.
    assert_eq!(c.scenarios[0].total.people, 2);
    assert_eq!(c.scenarios[0].total.open_roles, 2);
    assert_eq!(c.scenarios[0].total.widest_span, 0);
}

#[test]
fn compare_counts_the_key_person_findings_of_check_in_every_option_of_the_sample() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let all: Vec<usize> = (0..d.scenarios.len()).collect();
    let c = compare(&d, &all);
    for (s, option) in c.scenarios.iter().enumerate() {
        let a = analyse(&d, s);
        let findings = of_kind(&a, FindingKind::KeyPersonRisk).len();
        assert!(findings > 0, "every sample option has a key-person risk");
        assert_eq!(option.total.key_person_risks, findings, "{}", option.name);
        assert_eq!(
            option
                .findings_by_kind
                .get("Key-person risk")
                .map(|c| c.iter().sum::<usize>()),
            Some(findings)
        );
    }
}

#[test]
fn each_level_needed_is_its_own_line_in_risks_compare_and_findings() {
    let mut d = base();
    require(&mut d, "mf", "cobol", 1, 1);
    require(&mut d, "leg", "cobol", 3, 1);
    let expert = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    add(&mut d, "p3", &[("cobol", 1)], "mf", Some("p2"));
    add(&mut d, "p4", &[("cobol", 2)], "mf", Some("p2"));
    risk(&mut d, expert, FlightRisk::High);
    let a = run(&d);
    let k = knowledge(&d, 0);
    let levels: Vec<(u8, usize)> = k[0]
        .skills
        .iter()
        .map(|s| (s.level, s.holders.len()))
        .collect();
    assert_eq!(levels, [(1, 3), (3, 1)]);
    assert_eq!(
        messages(&a, FindingKind::KeyPersonRisk),
        [
            "Name p2 is the only holder of COBOL (level 3+) in Unit leg, and their recorded flight \
          risk is high; train a second holder, or agree how to keep them"
        ]
    );
    let c = compare(&d, &[0]);
    assert_eq!(
        c.scenarios[0].critical_skills[0].organisations,
        [("leg".to_owned(), 1, 3), ("leg".to_owned(), 3, 1)]
    );
    assert_eq!(k[0].most_damaging[0].uncovers, [(0, 3)]);
}

#[test]
fn a_key_person_leaving_is_not_called_resolved_nor_a_leader_said_to_sit_elsewhere() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let b = d
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    let id = |name: &str| {
        d.people
            .iter()
            .find(|p| p.name == name)
            .expect("in the sample")
            .id
            .clone()
    };
    for leaver in ["Erik Lund", "Ana Silva", "Tomasz Nowak"] {
        let lines = crate::edit::what_if(&d, b, &[id(leaver)])
            .expect("placed")
            .lines;
        for line in &lines {
            assert!(
                !line.starts_with(&format!("Resolved: {leaver}")),
                "{leaver}: {line}"
            );
            assert!(!line.contains("sits elsewhere"), "{leaver}: {line}");
            assert!(!line.contains(&format!("{leaver} is not placed")), "{line}");
        }
    }
}

#[test]
fn a_finding_that_keeps_its_severity_is_still_not_now() {
    let mut d = base();
    require(&mut d, "mf", "cobol", 3, 3);
    add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    add(&mut d, "p3", &[("cobol", 4)], "mf", Some("p0"));
    let before = run(&d);
    let mut after = d.clone();
    after.people[3].skills.clear();
    let lines = impact(&before, &after, 0);
    assert!(
        lines[0].starts_with("Still warning: COBOL (level 3+) in Unit mf: 1 holder (Name p2)"),
        "{lines:?}"
    );
}

#[test]
fn fewer_sole_holders_is_neither_better_nor_worse() {
    let mut d = base();
    require(&mut d, "mf", "ops", 3, 1);
    add(&mut d, "p2", &[("ops", 4)], "mf", Some("p0"));
    add(&mut d, "p3", &[("pm", 2)], "mf", Some("p0"));
    d.scenarios.push(d.scenarios[0].clone());
    d.scenarios[1].id = "t".into();
    d.scenarios[1].name = "Without".into();
    d.scenarios[1].placements.retain(|p| p.person != "p2");
    let rows = rows(&compare(&d, &[0, 1]));
    let sole = rows
        .iter()
        .find(|r| r.label == "Sole holder")
        .expect("a sole holder row");
    assert_eq!(sole.cells[1].text, "0");
    assert_eq!(sole.cells[1].verdict, Some(Verdict::Changed));
    let gaps = rows
        .iter()
        .find(|r| r.label == FindingKind::CoverageGap.label())
        .expect("a coverage row");
    assert_eq!(gaps.cells[1].verdict, Some(Verdict::Worse));
}

#[test]
fn skill_fit_weighs_a_required_skill_by_the_level_required() {
    let mut d = base();
    require(&mut d, "soc", "social", 3, 1);
    let trainee = add(&mut d, "p2", &[("social", 1)], "soc", Some("p1"));
    let expert = add(&mut d, "p3", &[("social", 4)], "soc", Some("p1"));
    let a = run(&d);
    let fit = |p: usize| a.fits[p].skill_fit.map(|f| (f * 100.0).round());
    assert_eq!(fit(trainee), Some(33.0));
    assert_eq!(fit(expert), Some(100.0));
    assert_eq!(
        messages(&a, FindingKind::SkillMismatch),
        ["Name p2: skill fit 33% for Unit soc — SOCIAL 1 where it needs 3+"]
    );
}

#[test]
fn flight_risk_not_recorded_is_never_read_as_low() {
    let mut d = base();
    require(&mut d, "mf", "cobol", 3, 1);
    let a2 = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    let a3 = add(&mut d, "p3", &[("cobol", 4)], "mf", Some("p0"));
    risk(&mut d, a2, FlightRisk::Unknown);
    risk(&mut d, a3, FlightRisk::Unknown);
    let a = run(&d);
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(key.len(), 1);
    assert_eq!(key[0].severity, Severity::Warning);
    assert!(
        key[0].message.contains(
            "both holders (Name p2, Name p3) have a flight risk that is high or not recorded: \
             find out for Name p2, Name p3"
        ),
        "{}",
        key[0].message
    );
    risk(&mut d, a2, FlightRisk::High);
    let a = run(&d);
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(key.len(), 1);
    assert_eq!(key[0].severity, Severity::Warning);
    assert!(
        key[0]
            .message
            .contains("(Name p2 high): find out for Name p3")
    );
    // Both high: an error on a critical skill.
    risk(&mut d, a3, FlightRisk::High);
    assert_eq!(
        of_kind(&run(&d), FindingKind::KeyPersonRisk)[0].severity,
        Severity::Error
    );
    // One of them low: nothing to say.
    risk(&mut d, a3, FlightRisk::Low);
    assert!(of_kind(&run(&d), FindingKind::KeyPersonRisk).is_empty());
}

#[test]
fn an_organisation_led_by_an_open_role_says_so() {
    let mut d = base();
    let p1 = d.people.iter().position(|p| p.id == "p1").expect("p1");
    d.people[p1].open_role = true;
    d.people[p1].name = "CIOI (to hire)".into();
    let a = run(&d);
    let about_int: Vec<String> = messages(&a, FindingKind::NoLeader)
        .into_iter()
        .filter(|m| m.starts_with("Unit int "))
        .collect();
    assert_eq!(
        about_int,
        [
            "Unit int is led by an open role (CIOI (to hire)): nobody leads it until the role is \
          filled; hire, or appoint someone"
        ]
    );
}

#[test]
fn spans_count_people_and_name_open_roles_apart() {
    let mut d = base();
    for i in 0..9 {
        add(&mut d, &format!("m{i}"), &[], "mf", Some("p0"));
    }
    for i in 0..2 {
        let v = add(&mut d, &format!("v{i}"), &[], "mf", Some("p0"));
        d.people[v].open_role = true;
    }
    let a = run(&d);
    assert!(messages(&a, FindingKind::SpanOfControl).is_empty());
    assert_eq!(
        a.facts.spans[0],
        Span {
            people: 9,
            open_roles: 2
        }
    );
    for i in 9..11 {
        add(&mut d, &format!("m{i}"), &[], "mf", Some("p0"));
    }
    assert_eq!(
        messages(&run(&d), FindingKind::SpanOfControl),
        [
            "Name p0 manages 11 people directly (and 2 open roles); the limit is 10: split the \
          team or add a lead"
        ]
    );
    let c = compare(&d, &[0]);
    assert_eq!(c.scenarios[0].total.people, 13);
    assert_eq!(c.scenarios[0].total.open_roles, 2);
    assert_eq!(c.scenarios[0].total.widest_span, 11);
}

#[test]
fn span_limits_follow_the_kind_of_work() {
    let mut d = base();
    add(&mut d, "lead", &[], "mf", Some("p0"));
    for i in 0..12 {
        add(&mut d, &format!("m{i}"), &[], "mf", Some("lead"));
    }
    let mf = d.units.iter().position(|u| u.id == "mf").expect("mf");
    let warnings = |d: &Design| -> Vec<String> {
        of_kind(&run(d), FindingKind::SpanOfControl)
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.message.clone())
            .collect()
    };
    d.units[mf].profile.work = Some(WorkKind::Service);
    assert!(warnings(&d).is_empty());
    d.units[mf].profile.work = Some(WorkKind::Specialist);
    assert_eq!(
        warnings(&d),
        [
            "Name lead manages 12 people directly; the limit for a team of specialists is 7: \
          split the team or add a lead"
        ]
    );
}

#[test]
fn severity_follows_whether_the_skill_is_critical() {
    let mut d = base();
    require(&mut d, "mf", "ops", 3, 1);
    let p = add(&mut d, "p2", &[("ops", 4)], "mf", Some("p0"));
    risk(&mut d, p, FlightRisk::Medium);
    let a = run(&d);
    assert_eq!(
        of_kind(&a, FindingKind::SoleHolder)[0].severity,
        Severity::Info
    );
    risk(&mut d, p, FlightRisk::High);
    let a = run(&d);
    let key = of_kind(&a, FindingKind::KeyPersonRisk);
    assert_eq!(key[0].severity, Severity::Warning, "ops is not critical");
    // The same on a critical skill is an error.
    let mut d = base();
    require(&mut d, "mf", "cobol", 3, 1);
    let p = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    risk(&mut d, p, FlightRisk::High);
    assert_eq!(
        of_kind(&run(&d), FindingKind::KeyPersonRisk)[0].severity,
        Severity::Error
    );
}

#[test]
fn without_skills_recorded_nothing_is_planned_and_the_risk_is_unknown() {
    let mut d = base();
    for i in 0..4 {
        add(&mut d, &format!("m{i}"), &[], "mf", Some("p0"));
    }
    let a = run(&d);
    let k = knowledge_of(&d, &a);
    assert!(k.iter().all(|o| o.unknown()), "{k:?}");
    let plan = cross_training_plan(&d, 0, &k, &a.fits, CoverageTarget::default());
    assert!(plan.is_empty(), "{plan:?}");
}

#[test]
fn a_holder_across_the_split_is_named_as_mentor_or_loan() {
    let mut d = base();
    require(&mut d, "mf", "cobol", 3, 1);
    let p = add(&mut d, "p2", &[("cobol", 4)], "mf", Some("p0"));
    risk(&mut d, p, FlightRisk::High);
    add(&mut d, "p3", &[("cobol", 5)], "soc", Some("p1"));
    let a = run(&d);
    let key = messages(&a, FindingKind::KeyPersonRisk);
    assert!(
        key[0].ends_with(
            "; train a second holder, or agree how to keep them; Name p3 (Unit int) at level 5 \
             holds it in another organisation: a mentor or a loan"
        ),
        "{key:?}"
    );
}

#[test]
fn compare_json_rounds_fractions_as_shown() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let json = serde_json::to_string(&compare(&d, &[0, 1])).expect("json");
    let long = json
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|n| n.contains('.'))
        .find(|n| n.split('.').nth(1).is_some_and(|d| d.len() > 2));
    assert_eq!(long, None, "{json}");
}

/// A generated design with open roles, unknown flight risks, a few planned trainings and
/// overrides, and a second option where people have moved.
fn varied(size: usize, seed: u64) -> Design {
    let mut d = generated_design(size, 3, seed);
    let n = d.people.len();
    for i in 0..n {
        let r = (seed as usize).wrapping_mul(31).wrapping_add(i * 17) % 11;
        if i >= 2 && r == 0 {
            d.people[i].open_role = true;
            d.people[i].name = format!("Open role {i}");
        }
        if r == 3 || r == 7 {
            d.people[i].flight_risk = FlightRisk::Unknown;
        }
        if r == 5 {
            d.people[i].skills.clear();
        }
    }
    let skills: Vec<String> = d.skills.iter().map(|s| s.id.clone()).collect();
    let ids: Vec<String> = d.people.iter().map(|p| p.id.clone()).collect();
    let option = &mut d.scenarios[0];
    for i in (2..n).step_by(5) {
        if d.people[i].open_role {
            continue;
        }
        option.trainings.push(Training {
            learner: ids[i].clone(),
            skill: skills[(i + seed as usize) % skills.len()].clone(),
            level: 3,
            mentor: None,
            by: String::new(),
        });
    }
    for i in (1..n).step_by(4) {
        option.risk_overrides.push(RiskOverride {
            person: ids[i].clone(),
            flight_risk: if i % 8 == 1 {
                FlightRisk::High
            } else {
                FlightRisk::Unknown
            },
            reason: "asked to stay".into(),
        });
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The invariants named in [`super::facts`].
    #[test]
    fn every_view_states_the_same_figures(size in 4usize..80, seed in 1u64..500) {
        let d = varied(size, seed);
        prop_assert!(crate::io::validate(&d).is_empty());
        let a = analyse(&d, 0);
        let c = compare_analysed(&d, &[(0, a.clone())]);
        let option = &c.scenarios[0];
        let ix = crate::model::ScenarioIndex::new(&d, 0).expect("option");
        // 1. Key-person risks per organisation = the key-person findings about it.
        for org in &option.organisations {
            let findings = a
                .findings
                .iter()
                .filter(|f| f.kind == FindingKind::KeyPersonRisk)
                .filter(|f| match f.subject {
                    Subject::Person(p) => ix.org_of_person(p) == Some(org.unit),
                    Subject::Unit(u) => ix.org_of_unit[u] == Some(org.unit),
                })
                .count();
            prop_assert_eq!(org.figures.key_person_risks, findings);
        }
        prop_assert_eq!(
            option.total.key_person_risks,
            of_kind(&a, FindingKind::KeyPersonRisk).len()
        );
        // 2. Holders at each (skill, level): risks = compare = what coverage findings state.
        let k = knowledge_of(&d, &a);
        for org in &k {
            for s in &org.skills {
                let id = &d.units[org.organisation].id;
                let in_compare = option
                    .critical_skills
                    .iter()
                    .find(|c| c.skill == d.skills[s.skill].id)
                    .and_then(|c| c.organisations.iter().find(|(o, l, _)| o == id && *l == s.level))
                    .map(|x| x.2);
                prop_assert_eq!(in_compare, Some(s.holders.len()));
                for &p in &s.holders {
                    prop_assert!(!d.people[p].open_role);
                }
            }
        }
        for f in of_kind(&a, FindingKind::CoverageGap) {
            let Subject::Unit(u) = f.subject else { continue };
            if d.units[u].kind != crate::model::UnitKind::Organisation {
                continue;
            }
            for need in a.facts.needs_of(u) {
                let head = format!("{} (level {}+) in {}: ", d.skills[need.skill].name, need.level, d.units[u].name);
                if let Some(rest) = f.message.strip_prefix(&head) {
                    let stated = match need.holders.len() {
                        0 => rest.starts_with("no "),
                        n => rest.starts_with(&crate::model::counted(n, "holder ", "holders ")),
                    };
                    prop_assert!(stated, "{}", f.message);
                }
            }
        }
        // 3. Head-count = people placed, open roles apart.
        let placed = (0..d.people.len())
            .filter(|&p| ix.seat[p].is_some() && !d.people[p].open_role)
            .count();
        prop_assert_eq!(option.total.people, placed);
        // 4. What-if on a leaver = the findings of the design with that person removed.
        let leaver = d
            .people
            .iter()
            .enumerate()
            .find(|(p, person)| !person.open_role && ix.seat[*p].is_some() && *p % 3 == (seed as usize) % 3)
            .map(|(_, person)| person.id.clone());
        if let Some(leaver) = leaver {
            let trial = crate::edit::without(&d, 0, std::slice::from_ref(&leaver)).expect("placed");
            let mut removed = d.clone();
            crate::edit::apply(&mut removed, &crate::edit::Command::RemovePerson { person: leaver.clone() })
                .expect("removal is always possible");
            let key = |f: &Finding| (f.kind, f.severity, f.message.clone());
            let gone = d.people.iter().position(|p| p.id == leaver);
            let mut with_leaver: Vec<_> = analyse(&trial, 0)
                .findings
                .iter()
                .filter(|f| !matches!(f.subject, Subject::Person(p) if Some(p) == gone))
                .map(key)
                .collect();
            let mut without: Vec<_> = analyse(&removed, 0).findings.iter().map(key).collect();
            with_leaver.sort();
            without.sort();
            prop_assert_eq!(with_leaver, without);
        }
    }
}

/// Every view of the sample states the same figures: `check`'s findings, the report, the
/// compare view, `risks`, what-if and the planner.
#[test]
fn every_view_of_the_sample_states_the_same_figures() {
    let d = parse_design(SAMPLE_RON).expect("sample");
    let all: Vec<usize> = (0..d.scenarios.len()).collect();
    let c = compare(&d, &all);
    let report = crate::export::report::build(&d, crate::model::Privacy::default());
    let target = CoverageTarget::default();
    for s in all {
        let a = analyse(&d, s);
        let option = &c.scenarios[s];
        let section = &report.options[s];
        // Finding counts: check = compare = report.
        assert_eq!(a.counts(), option.total.findings);
        assert_eq!(a.counts(), section.counts);
        let key = |kind: &str| section.findings.iter().filter(|f| f.kind == kind).count();
        assert_eq!(key("Key-person risk"), option.total.key_person_risks);
        // Knowledge risk: risks = report = compare, holder for holder.
        let k = knowledge_of(&d, &a);
        let lines: Vec<(String, String, String)> = k
            .iter()
            .flat_map(|o| {
                o.skills.iter().map(|r| {
                    let names: Vec<&str> = r
                        .holders
                        .iter()
                        .map(|&p| d.people[p].name.as_str())
                        .collect();
                    (
                        d.units[o.organisation].name.clone(),
                        format!("{} (level {}+)", d.skills[r.skill].name, r.level),
                        if names.is_empty() {
                            "nobody".to_owned()
                        } else {
                            names.join(", ")
                        },
                    )
                })
            })
            .collect();
        let reported: Vec<(String, String, String)> = section
            .risks
            .rows
            .iter()
            .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
            .collect();
        assert_eq!(lines, reported, "{}", option.name);
        for o in &k {
            for r in &o.skills {
                let compared = option
                    .critical_skills
                    .iter()
                    .find(|cs| cs.skill == d.skills[r.skill].id)
                    .and_then(|cs| {
                        cs.organisations
                            .iter()
                            .find(|(id, l, _)| *id == d.units[o.organisation].id && *l == r.level)
                    })
                    .map(|x| x.2);
                assert_eq!(compared, Some(r.holders.len()));
            }
        }
        // The planner proposes training only where the knowledge figures fall short.
        for p in cross_training_plan(&d, s, &k, &a.fits, target) {
            let short = k
                .iter()
                .filter(|o| o.organisation == p.organisation)
                .flat_map(|o| &o.skills)
                .filter(|r| r.skill == p.skill)
                .any(|r| {
                    r.holders.len() + r.planned.len() < target.holders
                        || r.loss_chance > target.loss_max
                });
            assert!(short, "{} plans {:?} without a shortfall", option.name, p);
        }
        // What-if starts from the same holders compare states.
        for leaver in ["Erik Lund", "Ana Silva"] {
            let id = d
                .people
                .iter()
                .find(|p| p.name == leaver)
                .map(|p| p.id.clone())
                .expect("in the sample");
            let Ok(w) = crate::edit::what_if(&d, s, &[id]) else {
                continue;
            };
            for line in w.lines.iter().filter(|l| l.contains(" holders in ")) {
                let (skill, rest) = line.split_once(" (").expect("skill (level+)");
                let (level, rest) = rest.split_once("+) holders in ").expect("level");
                let (org, counts) = rest.split_once(": from ").expect("org");
                let before: usize = counts
                    .split(' ')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("a count");
                let level: u8 = level.parse().expect("a level");
                let need = a
                    .facts
                    .needs
                    .iter()
                    .find(|n| {
                        d.skills[n.skill].name == skill
                            && d.units[n.organisation].name == org
                            && n.level == level
                    })
                    .expect("a need the facts know");
                assert_eq!(need.holders.len(), before, "{line}");
            }
        }
    }
}
