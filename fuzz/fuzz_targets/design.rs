//! Structured designs: small rosters, unit trees and placements whose references mostly
//! resolve (and sometimes dangle, loop or repeat), so the fuzzer spends its time past the
//! parser. Validation must never panic; a design it accepts must analyse, lay out, and
//! survive a save → load round trip unchanged.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use orgsplit::analysis::analyse;
use orgsplit::io::{parse_design, to_ron, validate};
use orgsplit::layout::build_org_chart;
use orgsplit::model::{
    Design, FORMAT_VERSION, FlightRisk, Mode, Person, Pin, Placement, Profile, RequiredSkill,
    RiskOverride, Scenario, Settings, Skill, SkillArea, SkillLevel, Sponsor, Sponsorship,
    StyleRange, StyleScore, Training, Unit, UnitKind, UnitSlot, WorkKind, WorkStyleDimension,
};

/// A reference into a pool of `n` ids; values past the pool name something that is not there.
fn id(prefix: &str, r: u8, n: usize) -> String {
    if usize::from(r) < n + 1 {
        format!("{prefix}{}", usize::from(r) % n.max(1))
    } else {
        format!("{prefix}-missing{r}")
    }
}

#[derive(Arbitrary, Debug)]
struct FuzzPerson {
    skills: Vec<(u8, u8)>,
    styles: Vec<(u8, u8)>,
    risk: u8,
    cost: Option<u32>,
}

#[derive(Arbitrary, Debug)]
struct FuzzUnit {
    organisation: bool,
    mode: u8,
    leader: Option<u8>,
    required: Vec<(u8, u8, u8)>,
    ranges: Vec<(u8, u8, u8)>,
}

#[derive(Arbitrary, Debug)]
struct FuzzPlacement {
    person: u8,
    unit: u8,
    manager: Option<u8>,
    dotted: Vec<u8>,
}

#[derive(Arbitrary, Debug)]
struct FuzzScenario {
    /// Which units the option has, and their parents (by unit index).
    structure: Vec<(u8, Option<u8>)>,
    sponsors: Vec<(u8, u8)>,
    placements: Vec<FuzzPlacement>,
    pins: Vec<(u8, i16, i16)>,
    /// (person, risk) overrides and (learner, skill, level, mentor) trainings.
    overrides: Vec<(u8, u8)>,
    trainings: Vec<(u8, u8, u8, Option<u8>)>,
}

#[derive(Arbitrary, Debug)]
struct FuzzDesign {
    people: Vec<FuzzPerson>,
    units: Vec<FuzzUnit>,
    scenarios: Vec<FuzzScenario>,
    skills: u8,
    span_max: u8,
    layers_max: u8,
    fit_min: u8,
}

fn build(f: &FuzzDesign) -> Design {
    let (np, nu) = (f.people.len().min(60), f.units.len().min(16));
    let ns = usize::from(f.skills % 8) + 1;
    let skills = (0..ns)
        .map(|i| Skill {
            id: format!("s{i}"),
            name: format!("Skill {i}"),
            area: [SkillArea::Legacy, SkillArea::Interaction, SkillArea::Shared][i % 3],
            critical: i % 2 == 0,
        })
        .collect();
    let work_styles = (0..3)
        .map(|i| WorkStyleDimension {
            id: format!("w{i}"),
            name: format!("Dimension {i}"),
            low: "low".into(),
            high: "high".into(),
        })
        .collect();
    let people: Vec<Person> = f.people[..np]
        .iter()
        .enumerate()
        .map(|(i, p)| Person {
            id: format!("p{i}"),
            name: format!("Person {i}"),
            title: String::new(),
            skills: p
                .skills
                .iter()
                .take(6)
                .map(|&(s, level)| SkillLevel {
                    skill: id("s", s, ns),
                    level: level % 7,
                })
                .collect(),
            work_style: p
                .styles
                .iter()
                .take(4)
                .map(|&(w, score)| StyleScore {
                    dimension: id("w", w, 3),
                    score: score % 7,
                })
                .collect(),
            flight_risk: [FlightRisk::Low, FlightRisk::Medium, FlightRisk::High]
                [usize::from(p.risk % 3)],
            annual_cost: p.cost,
            notes: String::new(),
            open_role: p.risk & 4 != 0,
        })
        .collect();
    let units = f.units[..nu]
        .iter()
        .enumerate()
        .map(|(i, u)| Unit {
            id: format!("u{i}"),
            name: format!("Unit {i}"),
            kind: if u.organisation {
                UnitKind::Organisation
            } else {
                UnitKind::Team
            },
            mode: [Mode::Legacy, Mode::Interaction, Mode::Mixed][usize::from(u.mode % 3)],
            leader: u.leader.map(|l| id("p", l, np)),
            profile: Profile {
                required_skills: u
                    .required
                    .iter()
                    .take(4)
                    .map(|&(s, level, holders)| RequiredSkill {
                        skill: id("s", s, ns),
                        min_level: level % 7,
                        min_holders: u32::from(holders % 5),
                    })
                    .collect(),
                work_style: u
                    .ranges
                    .iter()
                    .take(3)
                    .map(|&(w, min, max)| StyleRange {
                        dimension: id("w", w, 3),
                        min: f32::from(min % 7),
                        max: f32::from(max % 7),
                    })
                    .collect(),
                // The mode's high bits pick a kind of work (or none).
                work: WorkKind::ALL.get(usize::from(u.mode / 3 % 4)).copied(),
            },
        })
        .collect();
    let scenarios = f
        .scenarios
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, s)| Scenario {
            id: format!("sc{i}"),
            name: format!("Option {i}"),
            notes: String::new(),
            structure: s
                .structure
                .iter()
                .take(20)
                .map(|&(u, parent)| UnitSlot {
                    unit: id("u", u, nu),
                    parent: parent.map(|p| id("u", p, nu)),
                })
                .collect(),
            sponsors: s
                .sponsors
                .iter()
                .take(3)
                .map(|&(o, k)| Sponsorship {
                    organisation: id("u", o, nu),
                    sponsor: id("k", k, 2),
                })
                .collect(),
            placements: s
                .placements
                .iter()
                .take(80)
                .map(|p| Placement {
                    person: id("p", p.person, np),
                    unit: id("u", p.unit, nu),
                    manager: p.manager.map(|m| id("p", m, np)),
                    dotted: p.dotted.iter().take(2).map(|&d| id("p", d, np)).collect(),
                })
                .collect(),
            pinned: s
                .pins
                .iter()
                .take(4)
                .map(|&(p, x, y)| Pin {
                    person: id("p", p, np),
                    x: f32::from(x),
                    y: f32::from(y),
                })
                .collect(),
            risk_overrides: s
                .overrides
                .iter()
                .take(4)
                .map(|&(p, r)| RiskOverride {
                    person: id("p", p, np),
                    flight_risk: [FlightRisk::Low, FlightRisk::Medium, FlightRisk::High]
                        [usize::from(r) % 3],
                    reason: "fuzzed".into(),
                })
                .collect(),
            trainings: s
                .trainings
                .iter()
                .take(4)
                .map(|&(p, k, level, m)| Training {
                    learner: id("p", p, np),
                    skill: id("s", k, ns),
                    level: level % 7,
                    mentor: m.map(|m| id("p", m, np)),
                    by: String::new(),
                })
                .collect(),
        })
        .collect();
    Design {
        format_version: FORMAT_VERSION,
        title: "Fuzzed".into(),
        notes: String::new(),
        skills,
        work_styles,
        people: people.into(),
        units,
        sponsors: (0..2)
            .map(|k| Sponsor {
                id: format!("k{k}"),
                name: format!("Sponsor {k}"),
                executive: String::new(),
            })
            .collect(),
        scenarios,
        settings: Settings {
            skill_fit_min: f32::from(f.fit_min) / 255.0,
            style_tolerance: 1.5,
            span_max: u32::from(f.span_max % 16),
            layers_max: u32::from(f.layers_max % 10),
            style_as_warning: f.fit_min % 2 == 0,
            leave_chance: Default::default(),
            privacy: orgsplit::model::Privacy {
                hide_sensitive: f.span_max % 2 == 0,
                pseudonymise: f.layers_max % 3 == 0,
            },
        },
        import: None,
    }
}

fuzz_target!(|f: FuzzDesign| {
    let design = build(&f);
    if !validate(&design).is_empty() {
        return;
    }
    for i in 0..design.scenarios.len() {
        let _ = analyse(&design, i);
        let _ = build_org_chart(&design, i);
        // The scene and its SVG, with the design's privacy settings (PNG and PDF start
        // from this SVG).
        let picture = orgsplit::export::chart::picture(&design, i, Default::default())
            .expect("a valid design's option draws");
        let _ = picture.svg();
    }
    let _ = orgsplit::export::report::report_html(&design, Default::default());
    let text = to_ron(&design).expect("a valid design serialises");
    let back = parse_design(&text).expect("a valid design loads back");
    assert_eq!(back, design, "save → load changed the design");
});
