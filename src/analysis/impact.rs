//! What a change would do to the findings: the preview shown while a card is dragged, before
//! it is dropped.

use super::{Analysis, Finding, FindingKind, Severity, Subject, analyse};
use crate::model::Design;
use rustc_hash::FxHashMap;

/// How many changed findings the preview lists before summing up the rest.
const MAX_LINES: usize = 6;

/// What a change does to the findings, naming who they are about: "New warning: Ana
/// Silva's skills fit Social Media 38%…", "Resolved: …", "Now error: …" for a finding about
/// the same person or unit whose severity changes ("Still warning: …" when only its
/// wording does), then "Mainframe operations
/// (3+) holders in Legacy IT: from 2 to 1". A move that fixes one mismatch and causes
/// another shows both. Empty when nothing changes.
pub fn impact(before_analysis: &Analysis, after: &Design, scenario: usize) -> Vec<String> {
    impact_between(before_analysis, after, &analyse(after, scenario))
}

/// [`impact`] when the analysis of the design after the change is at hand already.
pub fn impact_between(
    before_analysis: &Analysis,
    after: &Design,
    after_analysis: &Analysis,
) -> Vec<String> {
    departure_impact(before_analysis, after, after_analysis, &[])
}

/// [`impact_between`] for people leaving (`leavers`, person indices): findings about the
/// leavers, or naming them, are left out before — they go with them, which is neither
/// "resolved" nor a change ("both holders (Ana, Erik) are high" does not resolve when Erik
/// leaves: Ana becomes the only holder, which is said as new).
pub fn departure_impact(
    before_analysis: &Analysis,
    after: &Design,
    after_analysis: &Analysis,
    leavers: &[usize],
) -> Vec<String> {
    let stays = |f: &&Finding| !matches!(f.subject, Subject::Person(p) if leavers.contains(&p));
    let names: Vec<&str> = leavers
        .iter()
        .filter_map(|&p| after.people.get(p))
        .map(|p| p.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    // References, not copies: the drop preview runs this on every new target.
    let before: Vec<&Finding> = before_analysis
        .findings
        .iter()
        .filter(stays)
        .filter(|f| !names.iter().any(|n| f.message.contains(n)))
        .collect();
    let later: Vec<&Finding> = after_analysis.findings.iter().filter(stays).collect();
    let mut out = finding_changes(&before, &later);
    if out.len() > MAX_LINES {
        let more = out.len() - (MAX_LINES - 1);
        out.truncate(MAX_LINES - 1);
        out.push(format!("…and {more} more changes in the findings"));
    }
    for need in &before_analysis.facts.needs {
        let (org, skill, level) = (need.organisation, need.skill, need.level);
        let b = need.holders.len();
        let a = after_analysis
            .facts
            .need(org, skill, level)
            .map_or(0, |n| n.holders.len());
        if a != b {
            let (org, skill) = (&after.units[org].name, &after.skills[skill].name);
            out.push(format!(
                "{skill} ({level}+) holders in {org}: from {b} to {a}"
            ));
        }
    }
    out
}

/// Findings that appear, go or change between two analyses, most severe first. Identical
/// findings cancel; what is left is paired by rule and subject, so "Now …" names a finding
/// that changed rather than listing it as resolved and new.
fn finding_changes<'a>(before: &[&'a Finding], after: &[&'a Finding]) -> Vec<String> {
    fn key(f: &Finding) -> (FindingKind, Subject, Severity, &str) {
        (f.kind, f.subject, f.severity, f.message.as_str())
    }
    let mut left: FxHashMap<_, usize> = FxHashMap::default();
    for &f in before {
        *left.entry(key(f)).or_default() += 1;
    }
    let mut appeared: Vec<&Finding> = Vec::new();
    for &f in after {
        match left.get_mut(&key(f)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => appeared.push(f),
        }
    }
    let mut gone: Vec<&Finding> = before
        .iter()
        .copied()
        .filter(|f| {
            left.get_mut(&key(f)).is_some_and(|n| {
                let still = *n > 0;
                if still {
                    *n -= 1;
                }
                still
            })
        })
        .collect();
    // (severity, resolved, line): the worst first, what goes after what comes.
    let mut lines: Vec<(Severity, bool, String)> = Vec::new();
    for f in appeared {
        let same = gone
            .iter()
            .position(|g| g.kind == f.kind && g.subject == f.subject);
        let word = match same {
            Some(i) if gone[i].severity == f.severity => {
                gone.remove(i);
                "Still"
            }
            Some(i) => {
                gone.remove(i);
                "Now"
            }
            None => "New",
        };
        let line = format!("{word} {}: {}", f.severity.label(), f.message);
        lines.push((f.severity, false, line));
    }
    lines.extend(
        gone.into_iter()
            .map(|g| (g.severity, true, format!("Resolved: {}", g.message))),
    );
    lines.sort_by_key(|(severity, resolved, _)| (*severity, *resolved));
    lines.into_iter().map(|(_, _, line)| line).collect()
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
        let lines = impact(&analyse(&before, 1), &after, 1);
        assert_eq!(
            lines[0],
            "Now error: Mainframe operations (level 3+) in Mainframe & Core Systems: no holders \
             left; the team needs 2; train someone here, hire, or move a holder in; Erik Lund \
             (Customer Interaction IT) at level 5, Ana Silva (Customer Interaction IT) at level 4 \
             hold it in another organisation: a mentor or a loan"
        );
        assert!(
            lines.contains(
                &"New warning: Erik Lund: skill fit 0% for Social Media — none of their skills \
                  serve it; their strongest is Mainframe operations 5 (Legacy)"
                    .to_owned()
            ),
            "{lines:?}"
        );
        let holders: Vec<&str> = lines
            .iter()
            .map(String::as_str)
            .filter(|l| l.contains(" holders in "))
            .collect();
        assert_eq!(
            holders,
            [
                "Mainframe operations (3+) holders in Legacy IT: from 1 to 0",
                "COBOL (3+) holders in Legacy IT: from 6 to 5"
            ]
        );
    }

    fn refs(findings: &[Finding]) -> Vec<&Finding> {
        findings.iter().collect()
    }

    fn finding(kind: FindingKind, person: usize, severity: Severity, message: &str) -> Finding {
        Finding {
            kind,
            severity,
            subject: Subject::Person(person),
            message: message.into(),
        }
    }

    #[test]
    fn one_mismatch_fixed_and_another_caused_shows_both() {
        let before = [finding(
            FindingKind::SkillMismatch,
            1,
            Severity::Warning,
            "Ana: 30%",
        )];
        let after = [finding(
            FindingKind::SkillMismatch,
            2,
            Severity::Warning,
            "Bo: 20%",
        )];
        assert_eq!(
            finding_changes(&refs(&before), &refs(&after)),
            ["New warning: Bo: 20%", "Resolved: Ana: 30%"]
        );
    }

    #[test]
    fn a_finding_that_changes_is_named_once_and_identical_ones_cancel() {
        let same = finding(
            FindingKind::SpanOfControl,
            3,
            Severity::Warning,
            "Tom manages 11",
        );
        let before = [
            same.clone(),
            finding(FindingKind::SkillMismatch, 1, Severity::Warning, "Ana: 30%"),
        ];
        let after = [
            finding(FindingKind::SkillMismatch, 1, Severity::Error, "Ana: 10%"),
            same,
        ];
        assert_eq!(
            finding_changes(&refs(&before), &refs(&after)),
            ["Now error: Ana: 10%"]
        );
    }

    #[test]
    fn long_lists_are_summed_up() {
        let before = parse_design(SAMPLE_RON).expect("sample");
        let mut after = before.clone();
        // Everyone's skills gone: many new findings at once.
        for p in &mut after.people {
            p.skills.clear();
        }
        let lines = impact(&analyse(&before, 1), &after, 1);
        let summary = lines
            .iter()
            .find(|l| l.starts_with("…and "))
            .expect("a summary line");
        assert!(
            summary.ends_with(" more changes in the findings"),
            "{summary}"
        );
        assert_eq!(
            lines.iter().filter(|l| !l.contains(" holders in ")).count(),
            MAX_LINES
        );
    }

    #[test]
    fn no_change_means_no_impact() {
        let d = parse_design(SAMPLE_RON).expect("sample");
        assert!(impact(&analyse(&d, 1), &d, 1).is_empty());
    }
}
