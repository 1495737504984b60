//! Structural checks: spans of control, reporting depth, cross-organisation reporting lines,
//! units without a leader, and people left unplaced.

use super::context::Context;
use super::finding::{Finding, FindingKind, Severity, Subject};

pub(super) fn structure(ctx: &Context, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    let settings = &design.settings;
    let n = design.people.len();

    let mut direct = vec![0u32; n];
    for seat in ctx.seat.iter().flatten() {
        if let Some(m) = seat.manager {
            direct[m] += 1;
        }
    }
    for (p, &count) in direct.iter().enumerate() {
        if count > settings.span_max {
            findings.push(Finding {
                kind: FindingKind::SpanOfControl,
                severity: Severity::Warning,
                subject: Subject::Person(p),
                message: format!(
                    "{} manages {count} people directly; the limit is {}",
                    ctx.person_name(p),
                    settings.span_max
                ),
            });
        } else if count == 1 {
            findings.push(Finding {
                kind: FindingKind::SpanOfControl,
                severity: Severity::Info,
                subject: Subject::Person(p),
                message: format!("{} manages only 1 person directly", ctx.person_name(p)),
            });
        }
    }

    let sponsor_above = |p: usize| {
        ctx.org_of_person(p)
            .and_then(|o| ctx.sponsors[o].first().copied())
    };
    let (depth, top) = ctx.depths();
    for (p, d) in depth.iter().enumerate() {
        let Some(d) = *d else { continue };
        if ctx.seat[p].is_some() && d > settings.layers_max {
            findings.push(Finding {
                kind: FindingKind::TooManyLayers,
                severity: Severity::Warning,
                subject: Subject::Person(p),
                message: match sponsor_above(top[p]) {
                    Some(k) => format!(
                        "{} sits {d} layers below {}; the limit is {}",
                        ctx.person_name(p),
                        design.sponsors[k].name,
                        settings.layers_max
                    ),
                    None => format!(
                        "{} sits {d} layers below the CIO; the limit is {}",
                        ctx.person_name(p),
                        settings.layers_max
                    ),
                },
            });
        }
    }

    for (p, seat) in ctx.seat.iter().enumerate() {
        let Some(seat) = seat else { continue };
        let Some(m) = seat.manager else { continue };
        let Some(ms) = ctx.seat[m] else { continue };
        let (own, theirs) = (ctx.org_of_unit[seat.unit], ctx.org_of_unit[ms.unit]);
        if let (Some(a), Some(b)) = (own, theirs)
            && a != b
        {
            findings.push(Finding {
                kind: FindingKind::CrossOrgReporting,
                severity: Severity::Warning,
                subject: Subject::Person(p),
                message: format!(
                    "{} in {} reports to {} in {}",
                    ctx.person_name(p),
                    ctx.unit_name(a),
                    ctx.person_name(m),
                    ctx.unit_name(b)
                ),
            });
        }
    }

    for (u, unit) in design.units.iter().enumerate() {
        if !ctx.present[u] || ctx.acting_leader[u].is_some() {
            continue;
        }
        let message = match unit.leader.as_deref().and_then(|l| design.person(l)) {
            Some(l) => format!(
                "{} has no leader in this scenario: {} sits elsewhere",
                unit.name, l.name
            ),
            None => format!("{} has no leader", unit.name),
        };
        findings.push(Finding {
            kind: FindingKind::NoLeader,
            severity: Severity::Warning,
            subject: Subject::Unit(u),
            message,
        });
    }

    for (p, seat) in ctx.seat.iter().enumerate() {
        if seat.is_none() {
            findings.push(Finding {
                kind: FindingKind::Unplaced,
                severity: Severity::Info,
                subject: Subject::Person(p),
                message: format!(
                    "{} is not placed in any unit in {}",
                    ctx.person_name(p),
                    ctx.scenario.name
                ),
            });
        }
    }
}
