//! Sequences of edits, undos and redos on the sample design through the one command path.
//! Whatever is accepted must leave a valid design; undoing everything must give back the
//! original, byte for byte once saved.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use orgsplit::edit::{Command, Document, ScenarioSource};
use orgsplit::io::{SAMPLE_RON, builtin, to_ron, validate};
use orgsplit::model::{Design, FlightRisk, Mode, Settings};

#[derive(Arbitrary, Debug)]
enum Step {
    Move {
        person: u8,
        unit: u8,
        manager: Option<u8>,
        alone: bool,
    },
    Unplace {
        person: u8,
    },
    Rename {
        person: u8,
        name: String,
    },
    FlightRisk {
        person: u8,
        risk: u8,
    },
    Cost {
        person: u8,
        cost: Option<u32>,
    },
    SkillLevel {
        person: u8,
        skill: u8,
        level: Option<u8>,
    },
    StyleScore {
        person: u8,
        dimension: u8,
        score: Option<u8>,
    },
    AddPerson {
        unit: Option<u8>,
        manager: Option<u8>,
        open_role: bool,
    },
    FillOpenRole {
        s: u8,
        role: u8,
        person: u8,
    },
    RemovePerson {
        person: u8,
    },
    AddTeam {
        s: u8,
        parent: u8,
    },
    RenameUnit {
        unit: u8,
        name: String,
    },
    UnitMode {
        unit: u8,
        interaction: bool,
    },
    Leader {
        unit: u8,
        leader: Option<u8>,
    },
    RemoveTeam {
        unit: u8,
    },
    Required {
        unit: u8,
        skill: u8,
        requirement: Option<(u8, u8)>,
    },
    Range {
        unit: u8,
        dimension: u8,
        range: Option<(i8, i8)>,
    },
    Thresholds {
        span: u8,
        layers: u8,
    },
    Pin {
        person: u8,
        at: Option<(i16, i16)>,
    },
    AddOption {
        from: u8,
        kind: u8,
    },
    RemoveScenario {
        s: u8,
    },
    MoveOption {
        s: u8,
        to: u8,
    },
    Dotted {
        s: u8,
        person: u8,
        to: u8,
        on: bool,
    },
    MoveTeam {
        s: u8,
        unit: u8,
        into: u8,
    },
    Sponsor {
        s: u8,
        organisation: u8,
        sponsor: u8,
        on: bool,
    },
    Undo,
    Redo,
}

fn pick<T>(items: &[T], i: u8) -> Option<&T> {
    (!items.is_empty()).then(|| &items[usize::from(i) % items.len()])
}

fn command(d: &Design, step: &Step) -> Option<Command> {
    let person = |i: u8| pick(&d.people, i).map(|p| p.id.clone());
    let unit = |i: u8| pick(&d.units, i).map(|u| u.id.clone());
    let skill = |i: u8| pick(&d.skills, i).map(|s| s.id.clone());
    let dimension = |i: u8| pick(&d.work_styles, i).map(|w| w.id.clone());
    let option = |i: u8| usize::from(i) % d.scenarios.len();
    let scenario = 0;
    Some(match step {
        Step::Move {
            person: p,
            unit: u,
            manager,
            alone,
        } => Command::MovePerson {
            scenario,
            person: person(*p)?,
            unit: unit(*u)?,
            manager: manager.and_then(person),
            alone: *alone,
        },
        Step::Unplace { person: p } => Command::Unplace {
            scenario,
            person: person(*p)?,
        },
        Step::Rename { person: p, name } => Command::SetPersonName {
            person: person(*p)?,
            name: name.clone(),
        },
        Step::FlightRisk { person: p, risk } => Command::SetFlightRisk {
            person: person(*p)?,
            risk: [
                FlightRisk::Unknown,
                FlightRisk::Low,
                FlightRisk::Medium,
                FlightRisk::High,
            ][usize::from(risk % 4)],
        },
        Step::Cost { person: p, cost } => Command::SetAnnualCost {
            person: person(*p)?,
            cost: *cost,
        },
        Step::SkillLevel {
            person: p,
            skill: s,
            level,
        } => Command::SetSkillLevel {
            person: person(*p)?,
            skill: skill(*s)?,
            level: *level,
        },
        Step::StyleScore {
            person: p,
            dimension: w,
            score,
        } => Command::SetStyleScore {
            person: person(*p)?,
            dimension: dimension(*w)?,
            score: *score,
        },
        Step::AddPerson {
            unit: u,
            manager,
            open_role,
        } => Command::AddPerson {
            scenario,
            name: String::new(),
            title: String::new(),
            unit: u.and_then(unit),
            manager: manager.and_then(person),
            open_role: *open_role,
        },
        Step::FillOpenRole { s, role, person: p } => Command::FillOpenRole {
            scenario: option(*s),
            role: person(*role)?,
            person: person(*p)?,
        },
        Step::RemovePerson { person: p } => Command::RemovePerson {
            person: person(*p)?,
        },
        Step::AddTeam { s, parent } => Command::AddTeam {
            scenario: option(*s),
            parent: unit(*parent)?,
            name: String::new(),
        },
        Step::AddOption { from, kind } => Command::AddScenario {
            source: match kind % 3 {
                0 => ScenarioSource::Baseline,
                1 => ScenarioSource::Copy(option(*from)),
                _ => ScenarioSource::EmptyLike(option(*from)),
            },
            name: String::new(),
        },
        Step::RemoveScenario { s } => Command::RemoveScenario {
            scenario: option(*s),
        },
        Step::MoveOption { s, to } => Command::MoveScenario {
            scenario: option(*s),
            to: option(*to),
        },
        Step::Dotted {
            s,
            person: p,
            to,
            on,
        } => Command::SetDottedLine {
            scenario: option(*s),
            person: person(*p)?,
            to: person(*to)?,
            on: *on,
        },
        Step::MoveTeam { s, unit: u, into } => Command::MoveUnit {
            scenario: option(*s),
            unit: unit(*u)?,
            parent: unit(*into)?,
        },
        Step::Sponsor {
            s,
            organisation,
            sponsor,
            on,
        } => Command::SetSponsorship {
            scenario: option(*s),
            organisation: unit(*organisation)?,
            sponsor: pick(&d.sponsors, *sponsor)?.id.clone(),
            on: *on,
        },
        Step::RenameUnit { unit: u, name } => Command::RenameUnit {
            unit: unit(*u)?,
            name: name.clone(),
        },
        Step::UnitMode {
            unit: u,
            interaction,
        } => Command::SetUnitMode {
            unit: unit(*u)?,
            mode: if *interaction {
                Mode::Interaction
            } else {
                Mode::Legacy
            },
        },
        Step::Leader { unit: u, leader } => Command::SetUnitLeader {
            unit: unit(*u)?,
            leader: leader.and_then(person),
        },
        Step::RemoveTeam { unit: u } => Command::RemoveTeam { unit: unit(*u)? },
        Step::Required {
            unit: u,
            skill: s,
            requirement,
        } => Command::SetRequiredSkill {
            unit: unit(*u)?,
            skill: skill(*s)?,
            requirement: requirement.map(|(l, h)| (l, u32::from(h))),
        },
        Step::Range {
            unit: u,
            dimension: w,
            range,
        } => Command::SetStyleRange {
            unit: unit(*u)?,
            dimension: dimension(*w)?,
            range: range.map(|(a, b)| (f32::from(a), f32::from(b))),
        },
        Step::Thresholds { span, layers } => Command::SetSettings(Settings {
            span_max: u32::from(*span),
            layers_max: u32::from(*layers),
            ..Settings::default()
        }),
        Step::Pin { person: p, at } => Command::PinCard {
            scenario,
            person: person(*p)?,
            at: at.map(|(x, y)| (f32::from(x), f32::from(y))),
        },
        Step::Undo | Step::Redo => return None,
    })
}

fuzz_target!(|steps: Vec<Step>| {
    let original = builtin(SAMPLE_RON);
    let mut doc = Document::unsaved(original.clone());
    for step in steps.iter().take(48) {
        match step {
            Step::Undo => {
                doc.undo();
            }
            Step::Redo => {
                doc.redo();
            }
            other => {
                if let Some(c) = command(doc.design(), other) {
                    let _ = doc.apply(c);
                }
            }
        }
        assert_eq!(
            validate(doc.design()),
            Vec::new(),
            "an edit left an invalid design"
        );
    }
    while doc.undo().is_some() {}
    assert_eq!(
        to_ron(doc.design()).expect("serialises"),
        to_ron(&original).expect("serialises"),
        "undoing everything did not restore the original"
    );
});
