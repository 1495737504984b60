//! Knowledge coverage: required skills without enough holders (knowledge drain), sole holders
//! of a required skill in their organisation, and sole holders who may leave (key-person
//! risk).

use std::collections::BTreeMap;

use super::context::Context;
use super::finding::{Finding, FindingKind, Severity, Subject};
use crate::model::FlightRisk;

/// People placed in each unit or anywhere below it.
fn people_below(ctx: &Context) -> Vec<Vec<usize>> {
    let n = ctx.design.units.len();
    let mut below: Vec<Vec<usize>> = ctx.members.clone();
    // Add each unit's members to every ancestor; parents are followed iteratively and a walk
    // stops after as many steps as there are units, so a cycle cannot loop forever.
    for u in 0..n {
        let mut cur = ctx.parent[u];
        let mut steps = 0;
        while let (Some(a), true) = (cur, steps < n) {
            let members = ctx.members[u].clone();
            below[a].extend(members);
            cur = ctx.parent[a];
            steps += 1;
        }
    }
    below
}

pub(super) fn coverage(ctx: &Context, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    let below = people_below(ctx);
    let holds = |p: usize, skill: usize, level: u8| {
        ctx.skills[p].iter().any(|&(k, l)| k == skill && l >= level)
    };
    // (organisation, skill index) -> lowest level any unit in it requires.
    let mut needed: BTreeMap<(usize, usize), u8> = BTreeMap::new();
    for (u, unit) in design.units.iter().enumerate() {
        if !ctx.present[u] {
            continue;
        }
        for req in &unit.profile.required_skills {
            let Some(&k) = ctx.skill_ix.get(req.skill.as_str()) else {
                continue;
            };
            let holders = below[u]
                .iter()
                .filter(|&&p| holds(p, k, req.min_level))
                .count();
            if holders < req.min_holders as usize {
                let (severity, count) = match holders {
                    0 => (Severity::Error, "no holders left".to_owned()),
                    1 => (Severity::Warning, "1 holder".to_owned()),
                    n => (Severity::Warning, format!("{n} holders")),
                };
                findings.push(Finding {
                    kind: FindingKind::CoverageGap,
                    severity,
                    subject: Subject::Unit(u),
                    message: format!(
                        "{} (level {}+) in {}: {count}, profile needs {}",
                        ctx.skill_name(k),
                        req.min_level,
                        unit.name,
                        req.min_holders
                    ),
                });
            }
            if let Some(org) = ctx.org_of_unit[u] {
                let level = needed.entry((org, k)).or_insert(req.min_level);
                *level = (*level).min(req.min_level);
            }
        }
    }
    for (&(org, k), &level) in &needed {
        let skill = &design.skills[k];
        let mut holders = below[org].iter().copied().filter(|&p| holds(p, k, level));
        let (Some(only), None) = (holders.next(), holders.next()) else {
            continue;
        };
        let person = &design.people[only];
        let base = format!(
            "{} is the only holder of {} (level {level}+) in {}",
            person.name,
            skill.name,
            ctx.unit_name(org)
        );
        let finding = if person.flight_risk == FlightRisk::High {
            Finding {
                kind: FindingKind::KeyPersonRisk,
                severity: Severity::Error,
                subject: Subject::Person(only),
                message: format!("{base} and a high flight risk"),
            }
        } else {
            Finding {
                kind: FindingKind::SoleHolder,
                severity: if skill.critical {
                    Severity::Warning
                } else {
                    Severity::Info
                },
                subject: Subject::Person(only),
                message: base,
            }
        };
        findings.push(finding);
    }
}
