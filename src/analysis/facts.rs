//! The facts of one option, worked out once per option and revision, that every view reads:
//! the findings, the compare view and `orgsplit compare`, the Knowledge tab and `orgsplit
//! risks`, what-if, the planner, the drop preview and the reports. A quantity shown in two
//! places comes from here, so two views can never disagree about it.
//!
//! What counts:
//! - a **holder** of a skill at a level is a *person* (never an open role: a seat holds
//!   nothing until filled) placed in the organisation, with the skill at that level or above;
//! - a **learner** is someone of the organisation planned to reach the level who does not
//!   hold it yet: coverage to come, always counted apart from holders;
//! - the **needs** of an organisation are every (skill, level) one of its units requires,
//!   plus each critical skill of its area no unit requires, at [`CRITICAL_LEVEL`]; each
//!   level is checked on its own, so a unit asking for a skill at 1+ cannot hide that only
//!   one person holds it at the 3+ another unit needs;
//! - a **key risk** is the verdict on a need's holders (one holder, or holders all likely
//!   to leave or not assessed); the coverage findings are written from these and the
//!   compare view counts them, so "key-person risks" is one number everywhere;
//! - a **span** is a manager's direct reports who are people; open roles under them are
//!   counted apart.
//!
//! Invariants of the analysis (property-tested in `tests.rs`):
//! 1. compare's key-person risks per organisation = the key-person findings about it;
//! 2. `risks` holders at each (skill, level) = compare's holders = the counts the coverage
//!    findings state;
//! 3. compare's head-count = the people placed, open roles apart;
//! 4. what-if on a leaver = the findings of the design with that person removed.

use super::context::Context;
use super::finding::{FindingKind, Severity};
use crate::model::{FlightRisk, Mode};

/// The level at which a critical skill no unit requires is checked: enough to work with it
/// unsupervised.
pub const CRITICAL_LEVEL: u8 = 3;

/// How many holders in other organisations a need keeps by name.
pub const ELSEWHERE_KEPT: usize = 3;

/// One skill at one level that an organisation needs, and who covers it.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    /// Index into the design's units: the organisation.
    pub organisation: usize,
    /// Index into the design's skills.
    pub skill: usize,
    pub level: u8,
    /// Required by one of the organisation's units; otherwise implied by the skill being
    /// critical to the organisation's area.
    pub required: bool,
    /// People of the organisation holding the skill at the level, roster order.
    pub holders: Vec<usize>,
    /// People of the organisation planned to reach the level who do not hold it yet.
    pub learners: Vec<usize>,
    /// The strongest few people of the option's other organisations holding it at the
    /// level (at most [`ELSEWHERE_KEPT`]), with their level, strongest first: the obvious
    /// mentors or loans.
    pub elsewhere: Vec<(usize, u8)>,
    /// How many people of the other organisations hold it at the level in all.
    pub elsewhere_count: usize,
    /// Chance that every holder leaves within 12 months (1 with no holder).
    pub loss_chance: f64,
}

impl Need {
    /// How many departures leave nobody holding it.
    pub fn bus_factor(&self) -> usize {
        self.holders.len()
    }
}

/// The verdict on the holders of one need.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRisk {
    /// Index into [`Facts::needs`].
    pub need: usize,
    pub kind: FindingKind,
    pub severity: Severity,
    /// The holders concerned (one for a sole holder).
    pub people: Vec<usize>,
}

/// A manager's direct reports in one option (dotted lines never count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub people: u32,
    pub open_roles: u32,
}

/// The facts of one option.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facts {
    /// Sorted by organisation (chart order), skill, then level.
    pub needs: Vec<Need>,
    /// Sole holders and holders all likely to leave, in the order of `needs`, each need's
    /// highest level first; someone already named at a higher level is not named again.
    pub key_risks: Vec<KeyRisk>,
    /// Per person: their direct reports.
    pub spans: Vec<Span>,
    /// Per person: their flight risk in this option (its override, else the recorded one).
    pub flight_risk: Vec<FlightRisk>,
    /// Per organisation (as in `needs`): people placed in it and how many of them have
    /// skills recorded. Open roles are not counted.
    pub recorded: Vec<(usize, usize, usize)>,
}

impl Facts {
    pub(super) fn new(ctx: &Context) -> Self {
        let design = ctx.design;
        let n = design.people.len();
        let staff = |p: usize| !design.people[p].open_role;
        let mut spans = vec![Span::default(); n];
        for (p, seat) in ctx.seat.iter().enumerate() {
            if let Some(m) = seat.and_then(|s| s.manager) {
                if staff(p) {
                    spans[m].people += 1;
                } else {
                    spans[m].open_roles += 1;
                }
            }
        }
        let flight_risk: Vec<FlightRisk> = (0..n).map(|p| ctx.flight_risk(p)).collect();

        // Per organisation slot: the levels each skill is needed at.
        let mut slot = vec![None; design.units.len()];
        for (i, &o) in ctx.orgs.iter().enumerate() {
            slot[o] = Some(i);
        }
        let skills = design.skills.len();
        // (slot, skill) -> required levels (bit per level) and whether implied.
        let mut required = vec![0u8; ctx.orgs.len() * skills];
        for (u, unit) in design.units.iter().enumerate() {
            let Some(s) = ctx.org_of_unit[u].and_then(|o| slot[o]) else {
                continue;
            };
            for r in &unit.profile.required_skills {
                if let Some(&k) = ctx.skill_ix.get(r.skill.as_str())
                    && (1..=7).contains(&r.min_level)
                {
                    required[s * skills + k] |= 1 << r.min_level;
                }
            }
        }
        let mut implied = vec![false; ctx.orgs.len() * skills];
        for (s, &o) in ctx.orgs.iter().enumerate() {
            let mode: Mode = design.units[o].mode;
            for (k, skill) in design.skills.iter().enumerate() {
                if skill.critical && required[s * skills + k] == 0 && mode.serves(skill.area) > 0.0
                {
                    implied[s * skills + k] = true;
                }
            }
        }
        let mut needs = Vec::new();
        for (s, &o) in ctx.orgs.iter().enumerate() {
            for k in 0..skills {
                let key = s * skills + k;
                let mut levels: Vec<(u8, bool)> = (1..=7u8)
                    .filter(|l| required[key] & (1 << l) != 0)
                    .map(|l| (l, true))
                    .collect();
                if implied[key] {
                    levels.push((CRITICAL_LEVEL, false));
                }
                for (level, required) in levels {
                    needs.push(Need {
                        organisation: o,
                        skill: k,
                        level,
                        required,
                        holders: Vec::new(),
                        learners: Vec::new(),
                        elsewhere: Vec::new(),
                        elsewhere_count: 0,
                        loss_chance: 1.0,
                    });
                }
            }
        }
        let mut recorded: Vec<(usize, usize, usize)> =
            ctx.orgs.iter().map(|&o| (o, 0, 0)).collect();
        // Holders, and holders in the other organisations of the option.
        let mut by_skill: Vec<Vec<usize>> = vec![Vec::new(); skills];
        for need in 0..needs.len() {
            by_skill[needs[need].skill].push(need);
        }
        for p in 0..n {
            if !staff(p) {
                continue;
            }
            let Some(s) = ctx.org_of_person(p).and_then(|o| slot[o]) else {
                continue;
            };
            recorded[s].1 += 1;
            if !design.people[p].skills.is_empty() {
                recorded[s].2 += 1;
            }
            for &(k, held) in ctx.skills(p) {
                for &i in &by_skill[k] {
                    let need = &mut needs[i];
                    if held < need.level {
                        continue;
                    }
                    if slot[need.organisation] == Some(s) {
                        need.holders.push(p);
                    } else {
                        need.elsewhere_count += 1;
                        keep_strongest(&mut need.elsewhere, (p, held));
                    }
                }
            }
        }
        let odds = design.settings.leave_chance;
        for need in &mut needs {
            need.loss_chance = need
                .holders
                .iter()
                .map(|&p| odds.of(flight_risk[p]))
                .product();
            let holders = &need.holders;
            need.learners = ctx
                .learners(need.skill, need.level, |p| {
                    staff(p) && ctx.org_of_person(p) == Some(need.organisation)
                })
                .into_iter()
                .filter(|p| !holders.contains(p))
                .collect();
            // Strongest first, then roster order.
            need.elsewhere
                .sort_by_key(|&(p, l)| (std::cmp::Reverse(l), p));
        }
        let key_risks = key_risks(design, &needs, &flight_risk);
        Self {
            needs,
            key_risks,
            spans,
            flight_risk,
            recorded,
        }
    }

    /// The needs of one organisation, in skill then level order.
    pub fn needs_of(&self, organisation: usize) -> impl Iterator<Item = &Need> {
        self.needs
            .iter()
            .filter(move |n| n.organisation == organisation)
    }

    /// The need of `organisation` for `skill` at `level`, if it has one.
    pub fn need(&self, organisation: usize, skill: usize, level: u8) -> Option<&Need> {
        self.needs
            .iter()
            .find(|n| n.organisation == organisation && n.skill == skill && n.level == level)
    }

    /// Key-person risks (the findings of that kind) about `organisation`.
    pub fn key_person_risks_in(&self, organisation: usize) -> impl Iterator<Item = &KeyRisk> {
        self.key_risks.iter().filter(move |r| {
            r.kind == FindingKind::KeyPersonRisk && self.needs[r.need].organisation == organisation
        })
    }

    /// People placed in `organisation` (open roles apart) and how many have skills recorded.
    pub fn recorded_in(&self, organisation: usize) -> (usize, usize) {
        self.recorded
            .iter()
            .find(|r| r.0 == organisation)
            .map_or((0, 0), |r| (r.1, r.2))
    }
}

/// Keeps the [`ELSEWHERE_KEPT`] strongest holders, strongest first, then roster order
/// (people come in roster order, so an equal level never displaces one already kept).
fn keep_strongest(kept: &mut Vec<(usize, u8)>, holder: (usize, u8)) {
    let at = kept
        .iter()
        .position(|&(_, level)| level < holder.1)
        .unwrap_or(kept.len());
    if at < ELSEWHERE_KEPT {
        kept.insert(at, holder);
        kept.truncate(ELSEWHERE_KEPT);
    }
}

/// The verdicts on each need's holders. Severity follows what the skill is and what is
/// known: a key person on a critical skill is an error (settle it before deciding), on
/// another skill a warning; a flight risk not assessed is never read as low — it is a
/// warning to find out.
fn key_risks(design: &crate::model::Design, needs: &[Need], risk: &[FlightRisk]) -> Vec<KeyRisk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < needs.len() {
        // The needs of one (organisation, skill), lowest level first.
        let mut j = i;
        while j < needs.len()
            && needs[j].organisation == needs[i].organisation
            && needs[j].skill == needs[i].skill
        {
            j += 1;
        }
        let critical = design.skills[needs[i].skill].critical;
        let mut named: Vec<usize> = Vec::new();
        let mut found = Vec::new();
        for n in (i..j).rev() {
            let holders = &needs[n].holders;
            if holders.iter().all(|p| named.contains(p)) {
                continue;
            }
            let high = |p: &usize| risk[*p] == FlightRisk::High;
            let unknown = |p: &usize| risk[*p] == FlightRisk::Unknown;
            let verdict = match holders.as_slice() {
                [] => None,
                [one] if high(one) => Some((FindingKind::KeyPersonRisk, severe(critical))),
                [one] if unknown(one) => Some((FindingKind::SoleHolder, Severity::Warning)),
                [_] => Some((FindingKind::SoleHolder, mild(critical))),
                all if all.iter().all(high) => Some((FindingKind::KeyPersonRisk, severe(critical))),
                all if all.iter().all(|p| high(p) || unknown(p)) => {
                    Some((FindingKind::KeyPersonRisk, Severity::Warning))
                }
                _ => None,
            };
            if let Some((kind, severity)) = verdict {
                named.extend(holders.iter().copied());
                found.push(KeyRisk {
                    need: n,
                    kind,
                    severity,
                    people: holders.clone(),
                });
            }
        }
        // Lowest level first, as the needs are.
        found.reverse();
        out.extend(found);
        i = j;
    }
    out
}

fn severe(critical: bool) -> Severity {
    if critical {
        Severity::Error
    } else {
        Severity::Warning
    }
}

fn mild(critical: bool) -> Severity {
    if critical {
        Severity::Warning
    } else {
        Severity::Info
    }
}
