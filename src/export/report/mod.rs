//! The workshop report: what a decision needs to leave the room. It is put together once,
//! as plain text in tables ([`Report`]), from a copy of the design with privacy applied, so
//! no output can show what privacy hides; then written as one self-contained HTML file
//! ([`html`]) or as a PDF ([`pdf`]).

mod html;
mod pdf;

pub use html::report_html;
pub use pdf::report_pdf;

use crate::analysis::{
    Analysis, Severity, analyse, compare_analysed, knowledge_of, moves_between, rows,
};
use crate::model::privacy::private_copy;
use crate::model::{Design, Privacy, ScenarioIndex};
use crate::scene::{Scene, thousands_u64};

/// A table of text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One finding as the report lists it.
#[derive(Debug, Clone)]
pub struct ReportFinding {
    pub severity: Severity,
    pub kind: &'static str,
    pub message: String,
}

/// One option's part of the report.
pub struct ScenarioReport {
    pub name: String,
    pub notes: String,
    /// The chart, as on screen (nothing folded).
    pub scene: Scene,
    /// Per organisation: people and (unless hidden) annual cost, then the whole option.
    pub headcount: Table,
    pub findings: Vec<ReportFinding>,
    /// Errors, warnings, infos.
    pub counts: [usize; 3],
    pub risks: Table,
}

/// Moves between the first option and another.
pub struct Moves {
    pub heading: String,
    pub table: Table,
}

/// The whole report, as text.
pub struct Report {
    pub title: String,
    pub notes: String,
    /// "Privacy mode: names are replaced by pseudonyms; …", empty when off.
    pub privacy_note: String,
    /// One column per option; the first two columns are the group and the row's label.
    pub comparison: Table,
    pub moves: Vec<Moves>,
    pub options: Vec<ScenarioReport>,
}

/// Puts the report of every option of `design` together, as `privacy` (and the design's
/// own privacy settings) allow.
pub fn build(design: &Design, privacy: Privacy) -> Report {
    let privacy = privacy.and(design.settings.privacy);
    let d = private_copy(design, privacy);
    let hide = privacy.hide_sensitive;
    let mut said = Vec::new();
    if privacy.pseudonymise {
        said.push("names are replaced by pseudonyms");
    }
    if hide {
        said.push("cost, flight risk and work-style scores are hidden");
    }
    let privacy_note = if said.is_empty() {
        String::new()
    } else {
        format!("Privacy mode: {}.", said.join("; "))
    };
    // Each option is analysed once, for the comparison and for its own section.
    let analyses: Vec<(usize, Analysis)> = (0..d.scenarios.len())
        .map(|i| (i, analyse(&d, i)))
        .collect();
    let comparison = compare_analysed(&d, &analyses);
    let mut table = Table {
        headers: vec![String::new(), String::new()],
        rows: Vec::new(),
    };
    table
        .headers
        .extend(d.scenarios.iter().map(|s| s.name.clone()));
    for row in rows(&comparison) {
        if hide && row.is_private() {
            continue;
        }
        let mut cells = vec![row.group.clone(), row.label.clone()];
        cells.extend(
            row.cells
                .iter()
                .map(|cell| match (&cell.delta, cell.verdict) {
                    (Some(delta), Some(verdict)) => {
                        format!("{} ({delta}, {})", cell.text, verdict.word())
                    }
                    _ => cell.text.clone(),
                }),
        );
        table.rows.push(cells);
    }
    let moves = (1..d.scenarios.len())
        .map(|i| {
            let list = moves_between(&d, 0, i);
            let seat = |s: &Option<crate::analysis::NamedSeat>| {
                s.as_ref()
                    .map_or_else(|| "not placed".to_owned(), |s| s.describe("reporting to"))
            };
            Moves {
                heading: format!(
                    "Moves from {} to {} ({})",
                    d.scenarios[0].name,
                    d.scenarios[i].name,
                    list.len()
                ),
                table: Table {
                    headers: vec!["Person".into(), "From".into(), "To".into()],
                    rows: list
                        .iter()
                        .map(|m| vec![m.name.clone(), seat(&m.from), seat(&m.to)])
                        .collect(),
                },
            }
        })
        .collect();
    let options = d
        .scenarios
        .iter()
        .enumerate()
        .zip(&analyses)
        .map(|((i, option), (_, analysis))| {
            let scene = ScenarioIndex::new(&d, i).map_or_else(Scene::default, |ix| {
                crate::scene::paper_scene(&ix, analysis)
            });
            let mut headcount = Table {
                headers: vec!["Organisation".into(), "People".into()],
                rows: Vec::new(),
            };
            if !hide {
                headcount.headers.push("Annual cost".into());
            }
            if let Some(f) = comparison.scenarios.iter().find(|o| o.scenario == i) {
                let lines = f
                    .organisations
                    .iter()
                    .map(|o| (o.name.clone(), &o.figures))
                    .chain(std::iter::once(("Whole option".to_owned(), &f.total)));
                for (name, figures) in lines {
                    let mut row = vec![name, figures.people.to_string()];
                    if !hide {
                        row.push(cost_words(figures));
                    }
                    headcount.rows.push(row);
                }
            }
            let counts = analysis.counts();
            let findings = analysis
                .findings
                .iter()
                .map(|f| ReportFinding {
                    severity: f.severity,
                    kind: f.kind.label(),
                    message: f.message.clone(),
                })
                .collect();
            let mut risks = Table {
                headers: vec![
                    "Organisation".into(),
                    "Critical skill".into(),
                    "Holders".into(),
                    "Bus factor".into(),
                ],
                rows: Vec::new(),
            };
            if !hide {
                // The chance comes from flight risk: hidden with it.
                risks
                    .headers
                    .push("Chance of losing every holder within a year".into());
            }
            for org in knowledge_of(&d, analysis) {
                for r in &org.skills {
                    let holders: Vec<&str> = r
                        .holders
                        .iter()
                        .map(|&p| d.people[p].name.as_str())
                        .collect();
                    let mut row = vec![
                        d.units[org.organisation].name.clone(),
                        format!("{} (level {}+)", d.skills[r.skill].name, r.level),
                        if holders.is_empty() {
                            "nobody".to_owned()
                        } else {
                            holders.join(", ")
                        },
                        r.bus_factor.to_string(),
                    ];
                    if !hide {
                        row.push(format!("{}%", (r.loss_chance * 100.0).round()));
                    }
                    risks.rows.push(row);
                }
            }
            ScenarioReport {
                name: option.name.clone(),
                notes: option.notes.clone(),
                scene,
                headcount,
                findings,
                counts,
                risks,
            }
        })
        .collect();
    Report {
        title: d.title.clone(),
        notes: d.notes.clone(),
        privacy_note,
        comparison: table,
        moves,
        options,
    }
}

/// "1,234,000" or "1,234,000 (2 unknown)".
fn cost_words(f: &crate::analysis::Figures) -> String {
    match f.cost_unknown {
        0 => thousands_u64(f.cost),
        n => format!("{} ({n} unknown)", thousands_u64(f.cost)),
    }
}

/// "Findings: 1 error, 3 warnings, 2 for information": one heading for both reports.
pub fn findings_heading(counts: [usize; 3]) -> String {
    format!(
        "Findings: {}, {}, {} for information",
        crate::model::counted(counts[0], "error", "errors"),
        crate::model::counted(counts[1], "warning", "warnings"),
        counts[2]
    )
}
