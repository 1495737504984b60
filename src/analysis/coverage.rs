//! Knowledge coverage: required skills without enough holders (knowledge drain), sole holders
//! of a required skill in their organisation, and sole holders who may leave (key-person
//! risk).

use std::collections::{BTreeMap, BTreeSet};

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

/// "; covered when training completes (Ana Silva)" when the learners among `people` planned
/// to reach `level` in skill `k` would bring its holders up to `wanted`, "; 1 in training
/// (…)" when they would not, nothing without learners: planned training is coverage to
/// come, reported apart from the holders of today.
fn in_training(
    ctx: &Context,
    people: &[usize],
    k: usize,
    level: u8,
    holders: usize,
    wanted: usize,
) -> String {
    let learners: Vec<usize> = ctx
        .learners(k, level, |p| people.contains(&p))
        .into_iter()
        .filter(|&p| ctx.level(p, k).is_none_or(|l| l < level))
        .collect();
    if learners.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = learners
        .iter()
        .map(|&p| ctx.design.people[p].name.as_str())
        .collect();
    if holders + learners.len() >= wanted {
        format!("; covered when training completes ({})", names.join(", "))
    } else {
        format!("; {} in training ({})", learners.len(), names.join(", "))
    }
}

pub(super) fn coverage(ctx: &Context, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    let below = people_below(ctx);
    let holds = |p: usize, skill: usize, level: u8| ctx.level(p, skill).is_some_and(|l| l >= level);
    // (organisation, skill index) -> every level a unit in it requires. Each requirement is
    // checked at its own level: a unit asking for a skill at 1+ must not hide that only one
    // person holds it at the 3+ another unit needs.
    let mut needed: BTreeMap<(usize, usize), BTreeSet<u8>> = BTreeMap::new();
    for (u, unit) in design.units.iter().enumerate() {
        if !ctx.present[u] {
            continue;
        }
        for req in &unit.profile.required_skills {
            let Some(&k) = ctx.skill_ix.get(req.skill.as_str()) else {
                continue;
            };
            let holders: Vec<usize> = below[u]
                .iter()
                .copied()
                .filter(|&p| holds(p, k, req.min_level))
                .collect();
            if holders.len() < req.min_holders as usize {
                let names: Vec<&str> = holders
                    .iter()
                    .map(|&p| design.people[p].name.as_str())
                    .collect();
                // People whose skills were never recorded may hold it: unknown is not "no".
                let unrecorded = below[u]
                    .iter()
                    .filter(|&&p| {
                        let person = &design.people[p];
                        person.skills.is_empty() && !person.open_role
                    })
                    .count();
                let (severity, count) = match holders.len() {
                    0 if unrecorded > 0 => (
                        Severity::Warning,
                        format!(
                            "no known holders, but {} no skills recorded",
                            crate::model::counted(
                                unrecorded,
                                "person here has",
                                "people here have"
                            )
                        ),
                    ),
                    0 => (Severity::Error, "no holders left".to_owned()),
                    n => (
                        Severity::Warning,
                        format!(
                            "{} ({})",
                            crate::model::counted(n, "holder", "holders"),
                            names.join(", ")
                        ),
                    ),
                };
                let who = match unit.kind {
                    crate::model::UnitKind::Team => "the team",
                    crate::model::UnitKind::Organisation => "the organisation",
                };
                let training = in_training(
                    ctx,
                    &below[u],
                    k,
                    req.min_level,
                    holders.len(),
                    req.min_holders as usize,
                );
                findings.push(Finding {
                    kind: FindingKind::CoverageGap,
                    severity,
                    subject: Subject::Unit(u),
                    message: format!(
                        "{} (level {}+) in {}: {count}; {who} needs {}{training}",
                        ctx.skill_name(k),
                        req.min_level,
                        unit.name,
                        req.min_holders
                    ),
                });
            }
            if let Some(org) = ctx.org_of_unit[u] {
                needed.entry((org, k)).or_default().insert(req.min_level);
            }
        }
    }
    unrequired_critical(ctx, &below, &mut needed, findings);
    for (&(org, k), levels) in &needed {
        // Highest level first, so a person who is the only holder at several levels is
        // reported once, at the level that matters most.
        let mut reported: Vec<usize> = Vec::new();
        for &level in levels.iter().rev() {
            let holders: Vec<usize> = below[org]
                .iter()
                .copied()
                .filter(|&p| holds(p, k, level))
                .collect();
            if let Some(mut finding) = holder_risk(ctx, org, k, level, &holders, &reported) {
                if let Subject::Person(p) = finding.subject {
                    reported.push(p);
                }
                finding.message +=
                    &in_training(ctx, &below[org], k, level, holders.len(), holders.len() + 1);
                findings.push(finding);
            }
        }
    }
}

/// The level at which a critical skill no unit requires is checked: enough to work with it
/// unsupervised.
const CRITICAL_LEVEL: u8 = 3;

/// Critical skills of an organisation's own area (or Shared) that none of its units
/// requires: still checked, at [`CRITICAL_LEVEL`]. Nobody holding one is a coverage gap;
/// the level is added to `needed`, so sole holders and all-high-risk holders are found as
/// for a required skill.
fn unrequired_critical(
    ctx: &Context,
    below: &[Vec<usize>],
    needed: &mut BTreeMap<(usize, usize), BTreeSet<u8>>,
    findings: &mut Vec<Finding>,
) {
    let design = ctx.design;
    for (k, skill) in design.skills.iter().enumerate() {
        if !skill.critical {
            continue;
        }
        for &org in &ctx.orgs {
            let unit = &design.units[org];
            if unit.mode.serves(skill.area) == 0.0 || needed.contains_key(&(org, k)) {
                continue;
            }
            needed.entry((org, k)).or_default().insert(CRITICAL_LEVEL);
            let held = |p: &usize| ctx.level(*p, k);
            if below[org]
                .iter()
                .any(|p| held(p).is_some_and(|l| l >= CRITICAL_LEVEL))
            {
                continue;
            }
            // Unknown is not "no": nothing is said of an organisation whose skills were
            // never recorded, and a gap is only a warning while some are missing.
            let recorded = |p: &&usize| {
                let person = &design.people[**p];
                !person.open_role && !person.skills.is_empty()
            };
            let known = below[org].iter().filter(recorded).count();
            let unrecorded = below[org]
                .iter()
                .filter(|p| !design.people[**p].open_role)
                .count()
                - known;
            if known == 0 {
                continue;
            }
            let lower = below[org].iter().filter(|p| held(p).is_some()).count();
            let lower = match lower {
                0 => String::new(),
                n => format!(
                    " ({} at a lower level)",
                    crate::model::counted(n, "holder", "holders")
                ),
            };
            let (severity, unknown) = match unrecorded {
                0 => (Severity::Error, String::new()),
                n => (
                    Severity::Warning,
                    format!(
                        ", but {} no skills recorded",
                        crate::model::counted(n, "person here has", "people here have")
                    ),
                ),
            };
            let training = in_training(ctx, &below[org], k, CRITICAL_LEVEL, 0, 1);
            findings.push(Finding {
                kind: FindingKind::CoverageGap,
                severity,
                subject: Subject::Unit(org),
                message: format!(
                    "{} is a critical skill and nobody in {} holds it at level {CRITICAL_LEVEL}+{lower}{unknown}; \
                     no unit requires it, so add it to a team's profile to track it there{training}",
                    skill.name, unit.name
                ),
            });
        }
    }
}

/// The finding about the holders of skill `k` at `level` in organisation `org`, if any: a
/// sole holder (a key-person risk when their recorded flight risk is high), or several
/// holders who all have a recorded flight risk of high.
fn holder_risk(
    ctx: &Context,
    org: usize,
    k: usize,
    level: u8,
    holders: &[usize],
    reported: &[usize],
) -> Option<Finding> {
    let design = ctx.design;
    let skill = &design.skills[k];
    let where_ = ctx.unit_name(org);
    match holders {
        [] => None,
        [only] if reported.contains(only) => None,
        [only] => {
            let person = &design.people[*only];
            let base = format!(
                "{} is the only holder of {} (level {level}+) in {where_}",
                person.name, skill.name
            );
            let risk = ctx.flight_risk(*only);
            Some(if risk == FlightRisk::High {
                Finding {
                    kind: FindingKind::KeyPersonRisk,
                    severity: Severity::Error,
                    subject: Subject::Person(*only),
                    message: format!("{base}, and {}", ctx.risk_words(*only)),
                }
            } else if risk == FlightRisk::Unknown {
                // Not assessed is not low: the room should find out.
                Finding {
                    kind: FindingKind::SoleHolder,
                    severity: Severity::Warning,
                    subject: Subject::Person(*only),
                    message: if ctx.private() {
                        format!("{base}, and {}", ctx.risk_words(*only))
                    } else {
                        format!("{base}, and their flight risk is not recorded")
                    },
                }
            } else {
                Finding {
                    kind: FindingKind::SoleHolder,
                    severity: if skill.critical {
                        Severity::Warning
                    } else {
                        Severity::Info
                    },
                    subject: Subject::Person(*only),
                    message: base,
                }
            })
        }
        several
            if several
                .iter()
                .all(|&p| ctx.flight_risk(p) == FlightRisk::High) =>
        {
            let names: Vec<&str> = several
                .iter()
                .map(|&p| design.people[p].name.as_str())
                .collect();
            let all = match several.len() {
                2 => "both holders".to_owned(),
                n => format!("all {n} holders"),
            };
            let reasons: Vec<String> = several
                .iter()
                .filter_map(|&p| {
                    let person = &design.people[p];
                    let o = ctx.scenario.risk_override(&person.id)?;
                    Some(match o.reason.trim() {
                        "" => person.name.clone(),
                        reason => format!("{}: {reason}", person.name),
                    })
                })
                .collect();
            let risk = if ctx.private() {
                "a key-person risk (flight risk hidden in privacy mode)".to_owned()
            } else if reasons.is_empty() {
                "a recorded flight risk of high".to_owned()
            } else {
                format!(
                    "a flight risk of high in this option ({})",
                    reasons.join("; ")
                )
            };
            Some(Finding {
                kind: FindingKind::KeyPersonRisk,
                severity: Severity::Error,
                subject: Subject::Unit(org),
                message: format!(
                    "{} (level {level}+) in {where_}: {all} ({}) have {risk}",
                    skill.name,
                    names.join(", ")
                ),
            })
        }
        _ => None,
    }
}
