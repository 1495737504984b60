//! The workshop report: one self-contained HTML file (no network: fonts and charts are
//! inline) with the design's title and notes, the comparison of the options and the moves
//! from the first option, then for each option its chart, head-count and cost per
//! organisation, findings and knowledge risks. Privacy is applied to the design before
//! anything is written, so no part of the report can show what it hides.

use std::fmt::Write;

use crate::analysis::{analyse, compare, knowledge, moves_between, rows};
use crate::model::privacy::private_copy;
use crate::model::{Design, Privacy, ScenarioIndex};
use crate::scene::svg::{self, SvgOptions, escape};
use crate::scene::{Palette, thousands_u64};

/// Rows of the comparison that carry cost or work-style scores, left out in privacy mode.
const PRIVATE_ROWS: [&str; 2] = ["Annual cost", "Mean work-style fit"];

/// The report of every option of `design` as HTML, as `privacy` (and the design's own
/// privacy settings) allow.
pub fn report_html(design: &Design, privacy: Privacy) -> String {
    let own = design.settings.privacy;
    let privacy = Privacy {
        hide_sensitive: privacy.hide_sensitive || own.hide_sensitive,
        pseudonymise: privacy.pseudonymise || own.pseudonymise,
    };
    let d = private_copy(design, privacy);
    let hide = privacy.hide_sensitive;
    let mut h = String::with_capacity(1 << 20);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"generator\" content=\"Orgsplit\"><title>{}</title>\n{}<style>{CSS}</style></head><body>\n",
        escape(&d.title),
        svg::font_faces()
    );
    let _ = writeln!(h, "<h1>{}</h1>", escape(&d.title));
    if !d.notes.trim().is_empty() {
        let _ = writeln!(h, "<p class=\"notes\">{}</p>", escape(&d.notes));
    }
    match (privacy.hide_sensitive, privacy.pseudonymise) {
        (false, false) => {}
        (hide, pseudo) => {
            let mut said = Vec::new();
            if pseudo {
                said.push("names are replaced by pseudonyms");
            }
            if hide {
                said.push("cost, flight risk and work-style scores are hidden");
            }
            let _ = writeln!(
                h,
                "<p class=\"privacy\">Privacy mode: {}.</p>",
                said.join("; ")
            );
        }
    }
    let all: Vec<usize> = (0..d.scenarios.len()).collect();
    h.push_str(
        "<nav><h2>Contents</h2><ol><li><a href=\"#comparison\">Comparison of the options</a></li>",
    );
    for (i, s) in d.scenarios.iter().enumerate() {
        let _ = write!(
            h,
            "<li><a href=\"#option-{i}\">{}</a></li>",
            escape(&s.name)
        );
    }
    h.push_str("</ol></nav>\n");

    // The comparison and the moves.
    let comparison = compare(&d, &all);
    h.push_str("<section id=\"comparison\"><h2>Comparison of the options</h2>\n<table><thead><tr><th></th><th></th>");
    for s in &d.scenarios {
        let _ = write!(h, "<th>{}</th>", escape(&s.name));
    }
    h.push_str("</tr></thead><tbody>\n");
    for row in rows(&comparison) {
        if hide && PRIVATE_ROWS.contains(&row.label.as_str()) {
            continue;
        }
        let _ = write!(
            h,
            "<tr><td class=\"group\">{}</td><th title=\"{}\">{}</th>",
            escape(&row.group),
            escape(&row.explanation),
            escape(&row.label)
        );
        for cell in &row.cells {
            let mut text = escape(&cell.text);
            if let (Some(delta), Some(verdict)) = (&cell.delta, cell.verdict) {
                let _ = write!(
                    text,
                    " <span class=\"delta\">{} ({})</span>",
                    escape(delta),
                    verdict.word()
                );
            }
            let _ = write!(h, "<td>{text}</td>");
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    for i in 1..d.scenarios.len() {
        let moves = moves_between(&d, 0, i);
        let _ = writeln!(
            h,
            "<h3>Moves from {} to {} ({})</h3>",
            escape(&d.scenarios[0].name),
            escape(&d.scenarios[i].name),
            moves.len()
        );
        if moves.is_empty() {
            h.push_str("<p>Nobody is placed differently.</p>\n");
            continue;
        }
        h.push_str(
            "<table><thead><tr><th>Person</th><th>From</th><th>To</th></tr></thead><tbody>\n",
        );
        for m in &moves {
            let seat = |s: &Option<crate::analysis::Seat>| {
                s.as_ref()
                    .map_or_else(|| "not placed".to_owned(), |s| s.describe("reporting to"))
            };
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&m.name),
                escape(&seat(&m.from)),
                escape(&seat(&m.to))
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n");

    // Each option.
    for (i, option) in d.scenarios.iter().enumerate() {
        let _ = writeln!(
            h,
            "<section id=\"option-{i}\"><h2>{}</h2>",
            escape(&option.name)
        );
        if !option.notes.trim().is_empty() {
            let _ = writeln!(h, "<p class=\"notes\">{}</p>", escape(&option.notes));
        }
        let analysis = analyse(&d, i);
        if let Some(ix) = ScenarioIndex::new(&d, i) {
            let moved = crate::scene::moved_from_baseline(&ix);
            let scene =
                crate::scene::build(&ix, &analysis, &moved, &std::collections::HashSet::new());
            let options = SvgOptions {
                palette: Palette::STANDARD,
                embed_fonts: false,
                ..SvgOptions::default()
            };
            let _ = writeln!(
                h,
                "<figure>{}</figure>",
                svg::to_svg(&scene, &options).trim_end()
            );
        }
        let figures = comparison.scenarios.iter().find(|o| o.scenario == i);
        if let Some(f) = figures {
            h.push_str("<h3>Head-count and cost per organisation</h3>\n<table><thead><tr><th>Organisation</th><th>People</th>");
            if !hide {
                h.push_str("<th>Annual cost</th>");
            }
            h.push_str("</tr></thead><tbody>\n");
            for org in &f.organisations {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td>",
                    escape(&org.name),
                    org.figures.people
                );
                if !hide {
                    let _ = write!(h, "<td>{}</td>", cost_words(&org.figures));
                }
                h.push_str("</tr>\n");
            }
            let _ = write!(
                h,
                "<tr class=\"total\"><td>Whole option</td><td>{}</td>",
                f.total.people
            );
            if !hide {
                let _ = write!(h, "<td>{}</td>", cost_words(&f.total));
            }
            h.push_str("</tr>\n</tbody></table>\n");
        }
        let counts = analysis.findings.iter().fold([0usize; 3], |mut c, f| {
            c[f.severity as usize] += 1;
            c
        });
        let _ = writeln!(
            h,
            "<h3>Findings: {} errors, {} warnings, {} for information</h3>",
            counts[0], counts[1], counts[2]
        );
        if analysis.findings.is_empty() {
            h.push_str("<p>No findings.</p>\n");
        } else {
            h.push_str("<table class=\"findings\"><thead><tr><th></th><th>Kind</th><th>Finding</th></tr></thead><tbody>\n");
            for f in &analysis.findings {
                let _ = writeln!(
                    h,
                    "<tr class=\"{}\"><td class=\"sev\">{}</td><td>{}</td><td>{}</td></tr>",
                    f.severity.label().to_lowercase(),
                    f.severity.letter(),
                    escape(f.kind.label()),
                    escape(&f.message)
                );
            }
            h.push_str("</tbody></table>\n");
        }
        h.push_str("<h3>Knowledge risks</h3>\n");
        let risks = knowledge(&d, i);
        h.push_str("<table><thead><tr><th>Organisation</th><th>Critical skill</th><th>Holders</th><th>Bus factor</th>");
        if !hide {
            h.push_str("<th>Chance of losing every holder within a year</th>");
        }
        h.push_str("</tr></thead><tbody>\n");
        for org in &risks {
            let org_name = &d.units[org.organisation].name;
            for r in &org.skills {
                let holders: Vec<&str> = r
                    .holders
                    .iter()
                    .map(|&p| d.people[p].name.as_str())
                    .collect();
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{} (level {}+)</td><td>{}</td><td>{}</td>",
                    escape(org_name),
                    escape(&d.skills[r.skill].name),
                    r.level,
                    escape(&if holders.is_empty() {
                        "nobody".to_owned()
                    } else {
                        holders.join(", ")
                    }),
                    r.bus_factor
                );
                if !hide {
                    let _ = write!(h, "<td>{}%</td>", (r.loss_chance * 100.0).round());
                }
                h.push_str("</tr>\n");
            }
        }
        h.push_str("</tbody></table>\n</section>\n");
    }
    h.push_str("<footer>Made with Orgsplit.</footer>\n</body></html>\n");
    h
}

/// "1,234,000" or "1,234,000 (2 unknown)".
fn cost_words(f: &crate::analysis::Figures) -> String {
    match f.cost_unknown {
        0 => thousands_u64(f.cost),
        n => format!("{} ({n} unknown)", thousands_u64(f.cost)),
    }
}

const CSS: &str = "body{font-family:'Ubuntu',sans-serif;color:#1f242b;margin:2em auto;max-width:75em;padding:0 1em}\
h1{font-size:1.8em}h2{margin-top:2em;border-bottom:2px solid #1f5fa8}\
table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #d0d5db;padding:0.25em 0.6em;text-align:left;vertical-align:top}\
thead th{background:#eef1f5}td.group{color:#555d68;font-size:0.85em}.delta{color:#555d68;font-size:0.85em}\
tr.error td.sev{background:#c01c28;color:#fff}tr.warning td.sev{background:#9a6000;color:#fff}tr.info td.sev{background:#3d5a80;color:#fff}\
td.sev{font-family:'Hack',monospace;text-align:center}tr.total td{font-weight:bold}\
figure{margin:0;overflow-x:auto;border:1px solid #d0d5db}figure svg{display:block}\
.notes{white-space:pre-wrap}.privacy{background:#fff4d6;padding:0.5em;border-left:4px solid #9a6000}\
@media print{figure{overflow:visible}figure svg{max-width:100%;height:auto}}";
