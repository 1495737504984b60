//! Structural checks: spans of control, reporting depth, cross-organisation reporting lines,
//! units without a leader, and people left unplaced.

use super::context::Context;
use super::facts::Facts;
use super::finding::{Finding, FindingKind, Severity, Subject};

/// True when unit `outer` is `unit` or one of the units it sits in.
fn is_within(ctx: &Context, unit: usize, outer: usize) -> bool {
    let mut cur = Some(unit);
    for _ in 0..=ctx.parent.len() {
        match cur {
            Some(u) if u == outer => return true,
            Some(u) => cur = ctx.parent[u],
            None => return false,
        }
    }
    false
}

/// One information per chain of managers who each manage only one person, on the top of
/// the chain, rather than one per link: a 9-deep chain is one thing to look at.
fn single_report_chains(ctx: &Context, direct: &[u32], findings: &mut Vec<Finding>) {
    let manager_of = |p: usize| ctx.seat[p].and_then(|s| s.manager);
    for (p, &count) in direct.iter().enumerate() {
        let heads_chain = count == 1 && manager_of(p).is_none_or(|m| direct[m] != 1);
        if !heads_chain {
            continue;
        }
        // Follow the chain down while each link manages exactly one person.
        let mut links = 1;
        let mut last = p;
        while let Some(&next) = ctx.reports[last]
            .iter()
            .find(|&&r| !ctx.design.people[r].open_role)
        {
            if direct[next] != 1 || links > direct.len() {
                break;
            }
            links += 1;
            last = next;
        }
        let message = if links == 1 {
            format!("{} manages only 1 person directly", ctx.person_name(p))
        } else {
            format!(
                "{} heads a chain of {links} managers who each manage only 1 person, down to {}",
                ctx.person_name(p),
                ctx.person_name(last)
            )
        };
        findings.push(Finding {
            kind: FindingKind::SpanOfControl,
            severity: Severity::Info,
            subject: Subject::Person(p),
            message,
        });
    }
}

pub(super) fn structure(ctx: &Context, facts: &Facts, findings: &mut Vec<Finding>) {
    let design = ctx.design;
    let settings = &design.settings;

    // Spans count people; open roles under a manager are named apart.
    let direct: Vec<u32> = facts.spans.iter().map(|s| s.people).collect();
    for (p, span) in facts.spans.iter().enumerate() {
        let kind = ctx.seat[p].and_then(|s| design.units[s.unit].profile.work);
        let (limit, whose) = match kind {
            Some(k) => (k.span_limit(), format!("the limit for a {} is", k.label())),
            None => (settings.span_max, "the limit is".to_owned()),
        };
        if span.people > limit {
            let open = match span.open_roles {
                0 => String::new(),
                n => format!(
                    " (and {})",
                    crate::model::counted(n as usize, "open role", "open roles")
                ),
            };
            findings.push(Finding {
                kind: FindingKind::SpanOfControl,
                severity: Severity::Warning,
                subject: Subject::Person(p),
                message: format!(
                    "{} manages {} directly{open}; {whose} {limit}: split the team or add a lead",
                    ctx.person_name(p),
                    crate::model::counted(span.people as usize, "person", "people"),
                ),
            });
        }
    }
    single_report_chains(ctx, &direct, findings);

    let sponsor_above = |p: usize| {
        ctx.org_of_person(p)
            .and_then(|o| ctx.sponsors[o].first().copied())
    };
    let (depth, top) = ctx.depths();
    // One warning per branch that goes too deep, on the first person past the limit, with
    // how many more sit below them, rather than one per person down a long chain.
    // Each person past the limit counts towards the first person past it above them; going
    // down the chain in depth order keeps this linear on a chain of any length.
    let first_over = settings.layers_max + 1;
    let mut order: Vec<usize> = (0..depth.len())
        .filter(|&p| depth[p].is_some_and(|d| d >= first_over))
        .collect();
    order.sort_by_key(|&p| depth[p]);
    let mut anchor: Vec<Option<usize>> = vec![None; depth.len()];
    let mut deeper_below = vec![0usize; depth.len()];
    for p in order {
        if depth[p] == Some(first_over) {
            anchor[p] = Some(p);
        } else if let Some(a) = ctx.seat[p].and_then(|s| s.manager).and_then(|m| anchor[m]) {
            anchor[p] = Some(a);
            deeper_below[a] += 1;
        }
    }
    for (p, d) in depth.iter().enumerate() {
        let Some(d) = *d else { continue };
        if ctx.seat[p].is_none() || d != first_over {
            continue;
        }
        let above = match sponsor_above(top[p]) {
            Some(k) => design.sponsors[k].name.clone(),
            None => ctx.person_name(top[p]).to_owned(),
        };
        let more = match deeper_below[p] {
            0 => String::new(),
            n => format!(
                " ({} below them deeper still)",
                crate::model::counted(n, "person", "people")
            ),
        };
        findings.push(Finding {
            kind: FindingKind::TooManyLayers,
            severity: Severity::Warning,
            subject: Subject::Person(p),
            message: format!(
                "{} sits {d} layers below {above}; the limit is {}{more}",
                ctx.person_name(p),
                settings.layers_max
            ),
        });
    }

    for (p, seat) in ctx.seat.iter().enumerate() {
        let Some(seat) = seat else { continue };
        let Some(m) = seat.manager else { continue };
        let Some(ms) = ctx.seat[m] else { continue };
        let (own, theirs) = (ctx.org_of_unit[seat.unit], ctx.org_of_unit[ms.unit]);
        if let (Some(a), Some(b)) = (own, theirs)
            && a == b
            && !is_within(ctx, seat.unit, ms.unit)
        {
            // Same organisation, but the manager sits in a team that is neither the
            // person's own nor one above it: head-counts and the chart disagree with the
            // line of management.
            findings.push(Finding {
                kind: FindingKind::CrossTeamReporting,
                severity: Severity::Warning,
                subject: Subject::Person(p),
                message: format!(
                    "{} in {} reports to {}, who sits in {} — another team",
                    ctx.person_name(p),
                    ctx.unit_name(seat.unit),
                    ctx.person_name(m),
                    ctx.unit_name(ms.unit)
                ),
            });
        }
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
        if !ctx.present[u] {
            continue;
        }
        if let Some(l) = ctx.acting_leader[u] {
            let leader = &design.people[l];
            if leader.open_role {
                findings.push(Finding {
                    kind: FindingKind::NoLeader,
                    severity: Severity::Warning,
                    subject: Subject::Unit(u),
                    message: format!(
                        "{} is led by an open role ({}): nobody leads it until the role is \
                         filled; hire, or appoint someone",
                        unit.name, leader.name
                    ),
                });
            }
            continue;
        }
        let message = match unit.leader.as_deref().and_then(|l| ctx.person(l)) {
            Some(l) => match ctx.seat[l] {
                Some(seat) => format!(
                    "{} has no leader in this option: {} sits in {}; make someone in it its \
                     leader, or move them in",
                    unit.name,
                    ctx.person_name(l),
                    ctx.unit_name(seat.unit)
                ),
                None => format!(
                    "{} has no leader in this option: {} is not placed in it; make someone \
                     in it its leader",
                    unit.name,
                    ctx.person_name(l)
                ),
            },
            None => format!("{} has no leader; make someone in it its leader", unit.name),
        };
        findings.push(Finding {
            kind: FindingKind::NoLeader,
            severity: Severity::Warning,
            subject: Subject::Unit(u),
            message,
        });
    }

    for (p, seat) in ctx.seat.iter().enumerate() {
        // An open role an option leaves out is simply not part of it.
        if seat.is_none() && !design.people[p].open_role {
            findings.push(Finding {
                kind: FindingKind::Unplaced,
                severity: Severity::Info,
                subject: Subject::Person(p),
                message: format!(
                    "{} is not placed in any unit in this option",
                    ctx.person_name(p)
                ),
            });
        }
    }
}
