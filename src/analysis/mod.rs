//! The mismatch analysis: pure functions from a design and a scenario to findings, each with
//! the numbers that explain it. Nothing here knows about the UI; results are computed once
//! per document revision and shown on the chart, in the findings panel and by
//! `orgsplit check`.

mod compare;
mod context;
mod coverage;
mod facts;
mod finding;
mod fit;
mod headcount;
mod impact;
mod knowledge;
mod planner;
mod structure;

pub use compare::{
    Better, Cell, Comparison, CriticalCoverage, Figures, Move, NamedSeat, OrgFigures, Row,
    ScenarioFigures, Verdict, compare, compare_analysed, moves_between, rows,
};
pub use facts::{CRITICAL_LEVEL, Facts, KeyRisk, Need, Span};
pub use finding::{Finding, FindingKind, Severity, Subject};
pub use fit::PersonFit;
pub use headcount::UnitCount;
pub use impact::{departure_impact, impact, impact_between};
pub use knowledge::{
    Departure, NO_SKILLS_RECORDED, OrgKnowledge, SkillRisk, knowledge, knowledge_of,
};
pub use planner::{CoverageTarget, MENTEES_MAX, Pairing, cross_training_plan};

use crate::model::{Design, Mode};
use context::Context;

/// One organisation in figures: head-count and cost (with its teams'), mean fits and finding
/// counts. The status bar, the design panel and the command line all read this.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgStats {
    pub unit: usize,
    pub mode: Mode,
    /// The whole organisation, teams included.
    pub total: UnitCount,
    /// Its teams, in file order.
    pub teams: Vec<UnitCount>,
    /// The sponsors (indices into the design's sponsors) it reports into in this scenario.
    pub sponsors: Vec<usize>,
    pub average_skill_fit: Option<f32>,
    pub average_style_fit: Option<f32>,
    /// Findings about the organisation, its teams and its people: errors, warnings, infos.
    pub counts: [usize; 3],
}

/// Everything the analysis says about one scenario.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// Sorted by severity, then kind, then subject, so output is stable.
    pub findings: Vec<Finding>,
    /// Indexed like the design's people.
    pub fits: Vec<PersonFit>,
    pub organisations: Vec<OrgStats>,
    /// People on the roster who sit in no unit in this scenario.
    pub unplaced: Vec<usize>,
    /// The facts every view reads: holders of each needed skill and level, key risks,
    /// spans. The drag preview compares holders before and after a move.
    pub facts: Facts,
}

impl Analysis {
    /// Findings about one subject, most severe first.
    pub fn about(&self, subject: Subject) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.subject == subject)
    }

    /// How many findings there are of each severity: errors, warnings, infos.
    pub fn counts(&self) -> [usize; 3] {
        let mut c = [0; 3];
        for f in &self.findings {
            c[f.severity as usize] += 1;
        }
        c
    }
}

/// Analyses scenario `scenario` of `design`. Safe on any validated design; an out-of-range
/// scenario gives an empty analysis.
pub fn analyse(design: &Design, scenario: usize) -> Analysis {
    analyse_on(design, scenario, design.people.len() >= PARALLEL_FROM)
}

/// [`analyse`], with the rules beside the fit rule on a second thread when `parallel`.
fn analyse_on(design: &Design, scenario: usize, parallel: bool) -> Analysis {
    let Some(ctx) = Context::new(design, scenario) else {
        return Analysis::default();
    };
    // The fit rule is about half the work; on large designs the other rules run beside it
    // on a second core. Either way the findings come in the same order: fits first.
    let rest = |ctx: &Context| {
        // The facts the other rules and every view read, worked out beside the fit rule.
        let facts = Facts::new(ctx);
        let mut findings = Vec::with_capacity(ctx.design.people.len() / 2);
        coverage::coverage(ctx, &facts, &mut findings);
        structure::structure(ctx, &facts, &mut findings);
        (findings, headcount::unplaced(ctx), facts)
    };
    let fits = |ctx: &Context| {
        // Generated and real designs run at about one finding per person.
        let mut findings = Vec::with_capacity(ctx.design.people.len());
        let fits = fit::person_fits(ctx, &mut findings);
        (fits, findings)
    };
    let ((fits, mut findings), (others, unplaced, facts)) = if parallel {
        std::thread::scope(|s| {
            let other = s.spawn(|| rest(&ctx));
            let mine = fits(&ctx);
            // A panic in a rule is a bug: it surfaces here as it would on one thread.
            let theirs = other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (mine, theirs)
        })
    } else {
        (fits(&ctx), rest(&ctx))
    };
    findings.extend(others);
    // Stable: findings of the same kind about the same subject keep the order the rules
    // produced them in, which is deterministic.
    findings.sort_by_key(|f| (f.severity, f.kind, f.subject));
    let organisations = org_stats(&ctx, &fits, &findings);
    Analysis {
        findings,
        fits,
        organisations,
        unplaced,
        facts,
    }
}

/// From this many people the analysis uses a second thread; below, starting one costs
/// more than it saves.
const PARALLEL_FROM: usize = 2_000;

fn org_stats(ctx: &Context, fits: &[PersonFit], findings: &[Finding]) -> Vec<OrgStats> {
    let counts = headcount::unit_counts(ctx);
    let design = ctx.design;
    let mut stats: Vec<OrgStats> = ctx
        .orgs
        .iter()
        .map(|&unit| OrgStats {
            unit,
            mode: design.units[unit].mode,
            total: counts[unit].clone(),
            teams: (0..design.units.len())
                .filter(|&t| t != unit && ctx.org_of_unit[t] == Some(unit))
                .map(|t| counts[t].clone())
                .collect(),
            sponsors: ctx.sponsors[unit].clone(),
            average_skill_fit: None,
            average_style_fit: None,
            counts: [0; 3],
        })
        .collect();
    let mut slot_of_unit = vec![None; design.units.len()];
    for (slot, &o) in ctx.orgs.iter().enumerate() {
        slot_of_unit[o] = Some(slot);
    }
    let slot = |org: Option<usize>| org.and_then(|o| slot_of_unit[o]);
    let mut sums = vec![(0.0f32, 0usize, 0.0f32, 0usize); stats.len()];
    for (p, fit) in fits.iter().enumerate() {
        let Some(s) = slot(ctx.org_of_person(p)) else {
            continue;
        };
        if let Some(f) = fit.skill_fit {
            sums[s].0 += f;
            sums[s].1 += 1;
        }
        if let Some(f) = fit.style_fit {
            sums[s].2 += f;
            sums[s].3 += 1;
        }
    }
    for (s, sum) in stats.iter_mut().zip(&sums) {
        s.average_skill_fit = (sum.1 > 0).then(|| sum.0 / sum.1 as f32);
        s.average_style_fit = (sum.3 > 0).then(|| sum.2 / sum.3 as f32);
    }
    for f in findings {
        let org = match f.subject {
            Subject::Person(p) => ctx.org_of_person(p),
            Subject::Unit(u) => ctx.org_of_unit[u],
        };
        if let Some(s) = slot(org) {
            stats[s].counts[f.severity as usize] += 1;
        }
    }
    stats
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod truth_tests;
