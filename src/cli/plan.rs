//! `orgsplit plan`: the cross-training planner of the Knowledge tab, on the command line.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{EXIT_OK, load_scenario, print_json};
use crate::analysis::{CoverageTarget, analyse, cross_training_plan, knowledge_of};

#[derive(Serialize)]
struct JsonPairing {
    organisation: String,
    skill: String,
    learner: String,
    from_level: Option<u8>,
    level: u8,
    mentor: Option<String>,
    across: bool,
}

#[derive(Serialize)]
struct JsonPlan {
    file: String,
    scenario: String,
    holders: usize,
    level: u8,
    loss_max: f64,
    pairings: Vec<JsonPairing>,
}

/// Prints the pairings that bring one option (`--scenario ID`, else the first) to `target`;
/// the file is not changed. Exit 1 on an unknown option (listing the ids), 2 when the design
/// cannot be read.
pub fn plan(
    path: &Path,
    scenario: Option<&str>,
    target: CoverageTarget,
    json: bool,
    out: &mut dyn Write,
) -> i32 {
    let (design, index) = match load_scenario(path, scenario, out) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let analysis = analyse(&design, index);
    let orgs = knowledge_of(&design, &analysis);
    let pairings = cross_training_plan(&design, index, &orgs, &analysis.fits, target);
    let option = &design.scenarios[index];
    let name = |p: usize| design.people[p].name.clone();
    if json {
        let report = JsonPlan {
            file: path.display().to_string(),
            scenario: option.id.clone(),
            holders: target.holders,
            level: target.level,
            loss_max: target.loss_max,
            pairings: pairings
                .iter()
                .map(|p| JsonPairing {
                    organisation: design.units[p.organisation].id.clone(),
                    skill: design.skills[p.skill].id.clone(),
                    learner: design.people[p.learner].id.clone(),
                    from_level: p.from_level,
                    level: p.level,
                    mentor: p.mentor.map(|m| design.people[m].id.clone()),
                    across: p.across,
                })
                .collect(),
        };
        print_json(out, path, &report);
        return EXIT_OK;
    }
    let _ = writeln!(
        out,
        "{} ({}): at least {} at level {}+ of each critical skill per organisation, under {:.0}% \
         chance of losing all of them within a year",
        option.name,
        option.id,
        crate::model::counted(target.holders, "holder", "holders"),
        target.level,
        target.loss_max * 100.0
    );
    let unknown: Vec<&str> = orgs
        .iter()
        .filter(|o| o.unknown())
        .map(|o| design.units[o.organisation].name.as_str())
        .collect();
    for name in &unknown {
        let _ = writeln!(out, "  {name}: {}", crate::analysis::NO_SKILLS_RECORDED);
    }
    if pairings.is_empty() && unknown.len() < orgs.len() {
        let _ = writeln!(out, "  every critical skill meets the target");
    }
    for p in &pairings {
        let from = p
            .from_level
            .map_or("new to it".to_owned(), |l| format!("level {l}"));
        let mentor = match p.mentor {
            Some(m) if p.across => format!("learning from {} (another organisation)", name(m)),
            Some(m) => format!("learning from {}", name(m)),
            None => "nobody in the option holds it: a course or a hire".to_owned(),
        };
        let _ = writeln!(
            out,
            "  {} · {}: {} ({from}) to level {}, {mentor}",
            design.units[p.organisation].name,
            design.skills[p.skill].name,
            name(p.learner),
            p.level
        );
    }
    EXIT_OK
}
