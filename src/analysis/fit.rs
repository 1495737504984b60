//! Skill fit and work-style fit of each placed person for the unit they sit in.
//!
//! Skill fit is the level-weighted share of a person's skills that serve their unit: a skill
//! of the unit's own area or required by the unit counts fully, a Shared skill half, a skill of
//! the other area not at all. Work-style fit averages, over the dimensions where both the
//! person's score and the unit's preferred range are known, `1 - distance / 4`, where distance
//! is how far the score lies outside the range (0 inside it). Unknown scores are left out,
//! never counted as zero.

use super::context::Context;
use super::finding::{Finding, FindingKind, Severity, Subject};

/// A person's fit for their unit, 0 to 1; `None` when it cannot be known (no skills, no
/// scored dimensions, or not placed).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PersonFit {
    pub skill_fit: Option<f32>,
    pub style_fit: Option<f32>,
}

/// Formats 3.0 as "3" and 2.5 as "2.5".
pub(super) fn num(v: f32) -> String {
    if (v - v.round()).abs() < 0.01 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

/// "1 point", "2.5 points".
fn points(v: f32) -> String {
    if (v - 1.0).abs() < 0.01 {
        "1 point".to_owned()
    } else {
        format!("{} points", num(v))
    }
}

pub(super) fn percent(v: f32) -> String {
    format!("{}%", (v * 100.0).round() as i64)
}

/// Per unit and dimension: the preferred range, the unit's own or else its organisation's.
fn style_ranges(ctx: &Context) -> Vec<Vec<Option<(f32, f32)>>> {
    let dims = ctx.design.work_styles.len();
    let own: Vec<Vec<Option<(f32, f32)>>> = ctx
        .design
        .units
        .iter()
        .map(|u| {
            let mut r = vec![None; dims];
            for range in &u.profile.work_style {
                if let Some(&d) = ctx.dim_ix.get(range.dimension.as_str()) {
                    r[d] = Some((range.min, range.max));
                }
            }
            r
        })
        .collect();
    (0..own.len())
        .map(|u| {
            let org = ctx.org_of_unit[u];
            (0..dims)
                .map(|d| own[u][d].or_else(|| org.and_then(|o| own[o][d])))
                .collect()
        })
        .collect()
}

pub(super) fn person_fits(ctx: &Context, findings: &mut Vec<Finding>) -> Vec<PersonFit> {
    let design = ctx.design;
    let settings = &design.settings;
    let ranges = style_ranges(ctx);
    let required: Vec<Vec<bool>> = design
        .units
        .iter()
        .map(|u| {
            let mut r = vec![false; design.skills.len()];
            for req in &u.profile.required_skills {
                if let Some(&s) = ctx.skill_ix.get(req.skill.as_str()) {
                    r[s] = true;
                }
            }
            r
        })
        .collect();
    let mut fits = vec![PersonFit::default(); design.people.len()];
    for (p, person) in design.people.iter().enumerate() {
        let Some(seat) = ctx.seat[p] else { continue };
        if person.open_role {
            continue;
        }
        let unit = &design.units[seat.unit];
        let mode = unit.mode;

        let mut total = 0.0f32;
        let mut serving = 0.0f32;
        let mut foreign: Vec<(u8, usize)> = Vec::new();
        for &(k, held) in ctx.skills(p) {
            let level = f32::from(held);
            let area = design.skills[k].area;
            let weight = if required[seat.unit][k] {
                1.0
            } else {
                mode.serves(area)
            };
            if weight == 0.0 {
                foreign.push((held, k));
            }
            total += level;
            serving += level * weight;
        }
        if total > 0.0 {
            let fit = serving / total;
            fits[p].skill_fit = Some(fit);
            if fit < settings.skill_fit_min {
                foreign.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let strongest: Vec<String> = foreign
                    .iter()
                    .take(2)
                    .map(|(l, k)| format!("{} {l}", ctx.skill_name(*k)))
                    .collect();
                let why = match foreign.first() {
                    Some((_, k)) => format!(
                        " — strongest skills {} are {} skills",
                        strongest.join(" and "),
                        design.skills[*k].area.label()
                    ),
                    None => " — only Shared skills serve it".to_owned(),
                };
                findings.push(Finding {
                    kind: FindingKind::SkillMismatch,
                    severity: Severity::Warning,
                    subject: Subject::Person(p),
                    message: format!(
                        "{}: skill fit {} for {}{why}",
                        person.name,
                        percent(fit),
                        unit.name
                    ),
                });
            }
        }

        let mut sum = 0.0f32;
        let mut known = 0usize;
        for score in &person.work_style {
            let Some(&d) = ctx.dim_ix.get(score.dimension.as_str()) else {
                continue;
            };
            let Some((min, max)) = ranges[seat.unit][d] else {
                continue;
            };
            let s = f32::from(score.score);
            let distance = if s < min {
                min - s
            } else if s > max {
                s - max
            } else {
                0.0
            };
            sum += (1.0 - distance / 4.0).max(0.0);
            known += 1;
            if distance >= settings.style_tolerance && distance > 0.0 {
                // A soft signal, said as a difference between two ways of working (the
                // dimension's poles), never as a verdict on the person.
                let dim = &design.work_styles[d];
                let (theirs, preferred) = if s < min {
                    (&dim.low, &dim.high)
                } else {
                    (&dim.high, &dim.low)
                };
                findings.push(Finding {
                    kind: FindingKind::WorkStyleMismatch,
                    severity: if settings.style_as_warning {
                        Severity::Warning
                    } else {
                        Severity::Info
                    },
                    subject: Subject::Person(p),
                    message: format!(
                        "{}: work-style difference in {} — {} {} (“{theirs}”) where the unit \
                         prefers {}–{} (towards “{preferred}”), {} outside",
                        person.name,
                        unit.name,
                        dim.name,
                        score.score,
                        num(min),
                        num(max),
                        points(distance)
                    ),
                });
            }
        }
        if known > 0 {
            fits[p].style_fit = Some(sum / known as f32);
        }
    }
    fits
}
