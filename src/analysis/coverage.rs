//! Knowledge coverage: required skills without enough holders (knowledge drain), critical
//! skills nobody holds, sole holders of a needed skill in their organisation, and holders
//! who may all leave (key-person risk). The organisation-wide figures come from
//! [`Facts`]; each error and warning says what would resolve it, naming holders in the
//! option's other organisations where there are some.

use super::context::Context;
use super::facts::{CRITICAL_LEVEL, Facts, KeyRisk, Need};
use super::finding::{Finding, FindingKind, Severity, Subject};
use crate::model::{FlightRisk, UnitKind, counted};

/// People placed in each unit or anywhere below it (open roles included: callers decide).
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

/// "; covered when training completes (Ana Silva)" when the learners would bring the
/// holders up to `wanted`, "; 1 in training (…)" when they would not, nothing without
/// learners: planned training is coverage to come, reported apart from today's holders.
fn in_training(ctx: &Context, learners: &[usize], holders: usize, wanted: usize) -> String {
    if learners.is_empty() {
        return String::new();
    }
    let names = names(ctx, learners);
    if holders + learners.len() >= wanted {
        format!("; covered when training completes ({names})")
    } else {
        format!("; {} in training ({names})", learners.len())
    }
}

fn names(ctx: &Context, people: &[usize]) -> String {
    let names: Vec<&str> = people.iter().map(|&p| ctx.person_name(p)).collect();
    names.join(", ")
}

/// How many holders elsewhere a message names.
const ELSEWHERE_NAMED: usize = 2;

/// " — Lena Berg (Customer Interaction IT) holds it at level 4: a mentor or a loan", or
/// nothing when nobody in the option's other organisations holds it at the level.
fn elsewhere(ctx: &Context, need: &Need) -> String {
    if need.elsewhere.is_empty() {
        return String::new();
    }
    let named: Vec<String> = need
        .elsewhere
        .iter()
        .take(ELSEWHERE_NAMED)
        .map(|&(p, level)| {
            let org = ctx
                .org_of_person(p)
                .map_or("", |o| ctx.unit_name(o))
                .to_owned();
            format!("{} ({org}) at level {level}", ctx.person_name(p))
        })
        .collect();
    let more = need.elsewhere_count.saturating_sub(named.len());
    let more = match more {
        0 => String::new(),
        n => format!(" and {} more", n),
    };
    let verb = if need.elsewhere_count == 1 {
        "holds"
    } else {
        "hold"
    };
    format!(
        "; {}{more} {verb} it in another organisation: a mentor or a loan",
        named.join(", ")
    )
}

/// Whether anyone among `people` is not an open role and has no skills recorded.
fn unrecorded(ctx: &Context, people: &[usize]) -> usize {
    people
        .iter()
        .filter(|&&p| {
            let person = &ctx.design.people[p];
            person.skills.is_empty() && !person.open_role
        })
        .count()
}

pub(super) fn coverage(ctx: &Context, facts: &Facts, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    let below = people_below(ctx);
    let holds = |p: usize, skill: usize, level: u8| {
        !design.people[p].open_role && ctx.level(p, skill).is_some_and(|l| l >= level)
    };
    for (u, unit) in design.units.iter().enumerate() {
        if !ctx.present[u] {
            continue;
        }
        for req in &unit.profile.required_skills {
            let Some(&k) = ctx.skill_ix.get(req.skill.as_str()) else {
                continue;
            };
            // An organisation's holders are its need's; a team's, its own people's.
            let org_need = ctx
                .org_of_unit
                .get(u)
                .copied()
                .flatten()
                .and_then(|o| facts.need(o, k, req.min_level));
            let holders: Vec<usize> = match org_need {
                Some(need) if need.organisation == u => need.holders.clone(),
                _ => below[u]
                    .iter()
                    .copied()
                    .filter(|&p| holds(p, k, req.min_level))
                    .collect(),
            };
            if holders.len() >= req.min_holders as usize {
                continue;
            }
            let unknown = unrecorded(ctx, &below[u]);
            let (severity, count) = match holders.len() {
                0 if unknown > 0 => (
                    Severity::Warning,
                    format!(
                        "no known holders, but {} no skills recorded",
                        counted(unknown, "person here has", "people here have")
                    ),
                ),
                0 => (Severity::Error, "no holders left".to_owned()),
                n => (
                    Severity::Warning,
                    format!(
                        "{} ({})",
                        counted(n, "holder", "holders"),
                        names(ctx, &holders)
                    ),
                ),
            };
            let who = match unit.kind {
                UnitKind::Team => "the team",
                UnitKind::Organisation => "the organisation",
            };
            let learners: Vec<usize> = ctx
                .learners(k, req.min_level, |p| below[u].contains(&p))
                .into_iter()
                .filter(|&p| !holders.contains(&p) && !design.people[p].open_role)
                .collect();
            let training = in_training(ctx, &learners, holders.len(), req.min_holders as usize);
            let remedy = if training.is_empty() {
                let from = org_need.map(|n| elsewhere(ctx, n)).unwrap_or_default();
                format!("; train someone here, hire, or move a holder in{from}")
            } else {
                training
            };
            findings.push(Finding {
                kind: FindingKind::CoverageGap,
                severity,
                subject: Subject::Unit(u),
                message: format!(
                    "{} (level {}+) in {}: {count}; {who} needs {}{remedy}",
                    ctx.skill_name(k),
                    req.min_level,
                    unit.name,
                    req.min_holders
                ),
            });
        }
    }
    unrequired_critical(ctx, facts, findings);
    for risk in &facts.key_risks {
        findings.push(holder_risk(ctx, facts, risk));
    }
}

/// Critical skills of an organisation's area (or Shared) that none of its units requires
/// and nobody holds at [`CRITICAL_LEVEL`]: still a gap. Unknown is not "no": nothing is
/// said of an organisation whose skills were never recorded, and a gap is only a warning
/// while some are missing.
fn unrequired_critical(ctx: &Context, facts: &Facts, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    for need in facts.needs.iter().filter(|n| !n.required) {
        if !need.holders.is_empty() {
            continue;
        }
        let org = need.organisation;
        let (people, known) = facts.recorded_in(org);
        if known == 0 {
            continue;
        }
        let k = need.skill;
        let lower = (0..design.people.len())
            .filter(|&p| {
                !design.people[p].open_role
                    && ctx.org_of_person(p) == Some(org)
                    && ctx.level(p, k).is_some()
            })
            .count();
        let lower = match lower {
            0 => String::new(),
            n => format!(" ({} at a lower level)", counted(n, "holder", "holders")),
        };
        let (severity, unknown) = match people - known {
            0 => (Severity::Error, String::new()),
            n => (
                Severity::Warning,
                format!(
                    ", but {} no skills recorded",
                    counted(n, "person here has", "people here have")
                ),
            ),
        };
        let remedy = match in_training(ctx, &need.learners, 0, 1) {
            t if t.is_empty() => format!(
                "; train someone or hire{}; add it to a team's profile to track who covers it",
                elsewhere(ctx, need)
            ),
            t => t,
        };
        findings.push(Finding {
            kind: FindingKind::CoverageGap,
            severity,
            subject: Subject::Unit(org),
            message: format!(
                "{} is a critical skill and nobody in {} holds it at level {CRITICAL_LEVEL}+{lower}{unknown}{remedy}",
                design.skills[k].name,
                ctx.unit_name(org)
            ),
        });
    }
}

/// The finding for one key risk: a sole holder (a key-person risk when likely to leave),
/// or several holders all likely to leave or not assessed.
fn holder_risk(ctx: &Context, facts: &Facts, risk: &KeyRisk) -> Finding {
    let design = ctx.design;
    let need = &facts.needs[risk.need];
    let skill = &design.skills[need.skill].name;
    let level = need.level;
    let where_ = ctx.unit_name(need.organisation);
    let training = in_training(
        ctx,
        &need.learners,
        need.holders.len(),
        need.holders.len() + 1,
    );
    let remedy = |advice: &str| {
        if training.is_empty() {
            format!("; {advice}{}", elsewhere(ctx, need))
        } else {
            training.clone()
        }
    };
    match risk.people.as_slice() {
        [only] => {
            let person = ctx.person_name(*only);
            let base =
                format!("{person} is the only holder of {skill} (level {level}+) in {where_}");
            let message = match facts.flight_risk[*only] {
                FlightRisk::High => format!(
                    "{base}, and {}{}",
                    ctx.risk_words(*only),
                    remedy("train a second holder, or agree how to keep them")
                ),
                FlightRisk::Unknown if !ctx.private() => format!(
                    "{base}, and their flight risk is not recorded: find out{}",
                    remedy("a second holder would make it safe either way")
                ),
                FlightRisk::Unknown => format!(
                    "{base}, and {}{}",
                    ctx.risk_words(*only),
                    remedy("train a second holder")
                ),
                _ if risk.severity == Severity::Info => base,
                _ => format!("{base}{}", remedy("train a second holder")),
            };
            Finding {
                kind: risk.kind,
                severity: risk.severity,
                subject: Subject::Person(*only),
                message,
            }
        }
        several => {
            let holder_names = names(ctx, several);
            let all = match several.len() {
                2 => "both holders".to_owned(),
                n => format!("all {n} holders"),
            };
            let high: Vec<usize> = several
                .iter()
                .copied()
                .filter(|&p| facts.flight_risk[p] == FlightRisk::High)
                .collect();
            let words = if ctx.private() {
                "a key-person risk (flight risk hidden in privacy mode)".to_owned()
            } else if high.len() < several.len() {
                let unknown: Vec<usize> = several
                    .iter()
                    .copied()
                    .filter(|p| !high.contains(p))
                    .collect();
                let high = match high.len() {
                    0 => String::new(),
                    _ => format!(" ({} high)", names(ctx, &high)),
                };
                format!(
                    "a flight risk that is high or not recorded{high}: find out for {}",
                    names(ctx, &unknown)
                )
            } else {
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
                if reasons.is_empty() {
                    "a recorded flight risk of high".to_owned()
                } else {
                    format!(
                        "a flight risk of high in this option ({})",
                        reasons.join("; ")
                    )
                }
            };
            Finding {
                kind: risk.kind,
                severity: risk.severity,
                subject: Subject::Unit(need.organisation),
                message: format!(
                    "{skill} (level {level}+) in {where_}: {all} ({holder_names}) have {words}{}",
                    remedy("train a holder who is likely to stay")
                ),
            }
        }
    }
}
