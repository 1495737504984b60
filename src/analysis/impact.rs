//! What a change would do to the findings: the preview shown while a card is dragged, before
//! it is dropped.

use std::collections::BTreeMap;

use super::{Analysis, FindingKind, Severity, analyse};
use crate::model::{Design, ScenarioIndex};

/// Holders of each required skill per organisation, at the lowest level any of its units
/// requires: (organisation name, skill name) -> (level, holders).
fn holders(design: &Design, scenario: usize) -> BTreeMap<(String, String), (u8, usize)> {
    let mut out = BTreeMap::new();
    let Some(ix) = ScenarioIndex::new(design, scenario) else {
        return out;
    };
    // (organisation, skill) -> lowest level any of its units requires.
    let mut needed: BTreeMap<(usize, &str), u8> = BTreeMap::new();
    for (u, unit) in design.units.iter().enumerate() {
        let Some(org) = ix.org_of_unit[u] else {
            continue;
        };
        for r in &unit.profile.required_skills {
            let e = needed.entry((org, r.skill.as_str())).or_insert(r.min_level);
            *e = (*e).min(r.min_level);
        }
    }
    let mut count: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    for (p, person) in design.people.iter().enumerate() {
        let Some(org) = ix.org_of_person(p) else {
            continue;
        };
        for sk in &person.skills {
            if let Some(&level) = needed.get(&(org, sk.skill.as_str()))
                && sk.level >= level
            {
                *count.entry((org, sk.skill.as_str())).or_default() += 1;
            }
        }
    }
    for ((org, skill), level) in needed {
        let n = count.get(&(org, skill)).copied().unwrap_or(0);
        let skill_name = design.skill(skill).map_or(skill, |k| k.name.as_str());
        out.insert(
            (design.units[org].name.clone(), skill_name.to_owned()),
            (level, n),
        );
    }
    out
}

/// The differences between two analyses of the same scenario, as short phrases:
/// "+1 work-style mismatch (warning)", "COBOL (3+) holders in Legacy IT: from 2 to 1". Empty when nothing changes.
pub fn impact(
    before: &Design,
    before_analysis: &Analysis,
    after: &Design,
    scenario: usize,
) -> Vec<String> {
    let after_analysis = analyse(after, scenario);
    let count = |a: &Analysis, k: FindingKind, s: Severity| {
        a.findings
            .iter()
            .filter(|f| f.kind == k && f.severity == s)
            .count()
    };
    let mut out = Vec::new();
    for kind in FindingKind::ALL {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let (b, a) = (
                count(before_analysis, kind, severity),
                count(&after_analysis, kind, severity),
            );
            if a != b {
                let sign = if a > b { "+" } else { "−" };
                let name = kind.label().to_lowercase();
                out.push(format!(
                    "{sign}{} {name} ({})",
                    a.abs_diff(b),
                    severity.label()
                ));
            }
        }
    }
    let (hb, ha) = (holders(before, scenario), holders(after, scenario));
    for (key, (level, b)) in &hb {
        let a = ha.get(key).map_or(0, |x| x.1);
        if a != *b {
            out.push(format!(
                "{} ({level}+) holders in {}: from {b} to {a}",
                key.1, key.0
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Command, apply};
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn moving_the_mainframe_expert_out_shows_the_knowledge_loss() {
        let before = parse_design(SAMPLE_RON).expect("sample");
        let erik = before
            .people
            .iter()
            .find(|p| p.name == "Erik Lund")
            .unwrap()
            .id
            .clone();
        let mut after = before.clone();
        apply(
            &mut after,
            &Command::MovePerson {
                scenario: 1,
                person: erik,
                unit: "social".into(),
                manager: None,
                alone: true,
            },
        )
        .expect("legal");
        let lines = impact(&before, &analyse(&before, 1), &after, 1);
        assert!(
            lines
                .iter()
                .any(|l| l
                    .starts_with("Mainframe operations (3+) holders in Legacy IT: from 1 to 0")),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|l| l.contains("coverage gap")),
            "{lines:?}"
        );
    }

    #[test]
    fn no_change_means_no_impact() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        assert!(impact(&d, &analyse(&d, 1), &d, 1).is_empty());
    }
}
