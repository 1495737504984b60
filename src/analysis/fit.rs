//! Skill fit and work-style fit of each placed person for the unit they sit in.
//!
//! Skill fit compares the person's best skill for their unit with their strongest skill: a
//! skill of the unit's own area counts fully, one the unit requires in proportion to the
//! level it requires (fully at or above it), a Shared skill at
//! [`SHARED_WEIGHT`], a skill of the other area not at all. Extra skills never lower it, so a
//! bridge person (CRM 3 required by the team, COBOL 5 besides) is not flagged for what
//! cross-training gave them; someone whose skills serve the unit only through Shared ones is. Work-style fit averages, over the dimensions where both the
//! person's score and the unit's preferred range are known, `1 - distance / 4`, where distance
//! is how far the score lies outside the range (0 inside it). Unknown scores are left out,
//! never counted as zero.

use std::fmt::{self, Write as _};

use super::context::Context;
use super::finding::{Finding, FindingKind, Severity, Subject};

/// How much a Shared skill counts towards serving a unit: below the mismatch threshold on
/// its own, so someone with only Shared skills is flagged.
const SHARED_WEIGHT: f32 = 0.35;

/// A person's fit for their unit, 0 to 1; `None` when it cannot be known (no skills, no
/// scored dimensions, or not placed).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PersonFit {
    pub skill_fit: Option<f32>,
    pub style_fit: Option<f32>,
}

/// Shows 3.0 as "3" and 2.5 as "2.5". The number wrappers here format straight into the
/// finding's message: thousands of findings at 10,000 people, so no string of their own.
struct Num(f32);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        if (v - v.round()).abs() < 0.01 {
            write!(f, "{}", v.round() as i64)
        } else {
            write!(f, "{v:.1}")
        }
    }
}

/// "1 point", "2.5 points".
struct Points(f32);

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if (self.0 - 1.0).abs() < 0.01 {
            f.write_str("1 point")
        } else {
            write!(f, "{} points", Num(self.0))
        }
    }
}

/// A skill and a level: "COBOL 5".
struct SkillAt<'a>(&'a str, u8);

impl fmt::Display for SkillAt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

/// 0.38 as "38%".
struct Percent(f32);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", (self.0 * 100.0).round() as i64)
    }
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
    // Per unit and skill: the lowest level the unit requires it at (0: not required).
    let required: Vec<Vec<u8>> = design
        .units
        .iter()
        .map(|u| {
            let mut r = vec![0u8; design.skills.len()];
            for req in &u.profile.required_skills {
                if let Some(&s) = ctx.skill_ix.get(req.skill.as_str()) {
                    let level = req.min_level.max(1);
                    r[s] = if r[s] == 0 { level } else { r[s].min(level) };
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

        // (weighted level, skill) of the skill that serves the unit best, and (level,
        // skill) of the strongest skill overall; ties go to the catalogue's order.
        let mut best: Option<(f32, u8, usize)> = None;
        let mut strongest: Option<(u8, usize)> = None;
        for &(k, held) in ctx.skills(p) {
            let needed = required[seat.unit][k];
            let weight = if needed > 0 {
                // A required skill serves the unit in proportion to the level it asks for:
                // a trainee at 1 where the team needs 3+ is not yet a full fit.
                (f32::from(held) / f32::from(needed)).min(1.0)
            } else {
                match mode.serves(design.skills[k].area) {
                    w if w >= 1.0 => 1.0,
                    0.0 => 0.0,
                    _ => SHARED_WEIGHT,
                }
            };
            let value = f32::from(held) * weight;
            if weight > 0.0 && best.is_none_or(|(v, _, b)| value > v || (value == v && k < b)) {
                best = Some((value, held, k));
            }
            if strongest.is_none_or(|(l, s)| held > l || (held == l && k < s)) {
                strongest = Some((held, k));
            }
        }
        if let Some((top, top_skill)) = strongest.filter(|(l, _)| *l > 0) {
            let fit = best.map_or(0.0, |(v, _, _)| v) / f32::from(top);
            fits[p].skill_fit = Some(fit);
            if fit < settings.skill_fit_min {
                let name = |k: usize, l: u8| SkillAt(ctx.skill_name(k), l);
                let top_area = design.skills[top_skill].area.label();
                let top_name = name(top_skill, top);
                // Thousands of these at 10,000 people: one allocation each, sized for the
                // whole sentence. Writing to a String cannot fail.
                let mut message = String::with_capacity(192);
                let _ = write!(
                    message,
                    "{}: skill fit {} for {}",
                    person.name,
                    Percent(fit),
                    unit.name
                );
                let _ = match best {
                    Some((_, l, k)) if l < required[seat.unit][k] => write!(
                        message,
                        " — {} where it needs {}+",
                        name(k, l),
                        required[seat.unit][k]
                    ),
                    None => write!(
                        message,
                        " — none of their skills serve it; their strongest is {top_name} ({top_area})"
                    ),
                    Some((v, l, k)) if v < f32::from(l) && k == top_skill => {
                        write!(message, " — only Shared skills serve it ({top_name})")
                    }
                    Some((v, l, k)) if v < f32::from(l) => write!(
                        message,
                        " — only Shared skills serve it (best: {}); their strongest is {top_name} ({top_area})",
                        name(k, l)
                    ),
                    Some((_, l, k)) => write!(
                        message,
                        " — their strongest, {top_name} ({top_area}), does not serve it; best for it: {}",
                        name(k, l)
                    ),
                };
                findings.push(Finding {
                    kind: FindingKind::SkillMismatch,
                    severity: Severity::Warning,
                    subject: Subject::Person(p),
                    message,
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
                    message: if ctx.private() {
                        format!(
                            "{}: work-style difference in {} — {} (scores hidden in privacy mode)",
                            person.name, unit.name, dim.name
                        )
                    } else {
                        format!(
                            "{}: work-style difference in {} — {} {} (“{theirs}”) where the unit \
                         prefers {}–{} (towards “{preferred}”), {} outside",
                            person.name,
                            unit.name,
                            dim.name,
                            score.score,
                            Num(min),
                            Num(max),
                            Points(distance)
                        )
                    },
                });
            }
        }
        if known > 0 {
            fits[p].style_fit = Some(sum / known as f32);
        }
    }
    fits
}
