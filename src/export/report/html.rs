//! The workshop report as one self-contained HTML file: no network, the fonts and every
//! chart (inline SVG) are in the file.

use std::fmt::Write;

use super::{Report, Table, build};
use crate::model::{Design, Privacy};
use crate::scene::Palette;
use crate::scene::svg::{self, SvgOptions, escape};

/// Orgsplit's icon, the report's favicon (the file stays self-contained).
const ICON_48: &[u8] = include_bytes!("../../../assets/icons/orgsplit-48.png");

/// The report of every option of `design` as HTML, as `privacy` (and the design's own
/// privacy settings) allow.
pub fn report_html(design: &Design, privacy: Privacy) -> String {
    write_html(&build(design, privacy))
}

fn write_html(r: &Report) -> String {
    let mut h = String::with_capacity(1 << 20);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"generator\" content=\"Orgsplit\"><title>{}</title>\n\
         <link rel=\"icon\" type=\"image/png\" href=\"data:image/png;base64,{}\">\n{}<style>{CSS}</style></head><body>\n",
        escape(&r.title),
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, ICON_48),
        svg::font_faces()
    );
    let _ = writeln!(h, "<h1>{}</h1>", escape(&r.title));
    if !r.notes.trim().is_empty() {
        let _ = writeln!(h, "<p class=\"notes\">{}</p>", escape(&r.notes));
    }
    if !r.privacy_note.is_empty() {
        let _ = writeln!(h, "<p class=\"privacy\">{}</p>", escape(&r.privacy_note));
    }
    h.push_str(
        "<nav><h2>Contents</h2><ol><li><a href=\"#comparison\">Comparison of the options</a></li>",
    );
    for (i, o) in r.options.iter().enumerate() {
        let _ = write!(
            h,
            "<li><a href=\"#option-{i}\">{}</a></li>",
            escape(&o.name)
        );
    }
    h.push_str("</ol></nav>\n");
    h.push_str("<section id=\"comparison\"><h2>Comparison of the options</h2>\n");
    table(&mut h, &r.comparison, "comparison");
    for m in &r.moves {
        let _ = writeln!(h, "<h3>{}</h3>", escape(&m.heading));
        if m.table.rows.is_empty() {
            h.push_str("<p>Nobody is placed differently.</p>\n");
        } else {
            table(&mut h, &m.table, "");
        }
    }
    h.push_str("</section>\n");
    for (i, o) in r.options.iter().enumerate() {
        let _ = writeln!(h, "<section id=\"option-{i}\"><h2>{}</h2>", escape(&o.name));
        if !o.notes.trim().is_empty() {
            let _ = writeln!(h, "<p class=\"notes\">{}</p>", escape(&o.notes));
        }
        if !o.scene.faces.is_empty() {
            let options = SvgOptions {
                palette: Palette::STANDARD,
                embed_fonts: false,
                ..SvgOptions::default()
            };
            let _ = writeln!(
                h,
                "<figure>{}</figure>",
                svg::to_svg(&o.scene, &options).trim_end()
            );
        }
        h.push_str("<h3>Head-count and cost per organisation</h3>\n");
        table(&mut h, &o.headcount, "");
        let _ = writeln!(h, "<h3>{}</h3>", super::findings_heading(o.counts));
        if o.findings.is_empty() {
            h.push_str("<p>No findings.</p>\n");
        } else {
            h.push_str("<table class=\"findings\"><thead><tr><th></th><th>Kind</th><th>Finding</th></tr></thead><tbody>\n");
            for f in &o.findings {
                let _ = writeln!(
                    h,
                    "<tr class=\"{}\"><td class=\"sev\">{}</td><td>{}</td><td>{}</td></tr>",
                    f.severity.label().to_lowercase(),
                    f.severity.letter(),
                    escape(f.kind),
                    escape(&f.message)
                );
            }
            h.push_str("</tbody></table>\n");
        }
        h.push_str("<h3>Knowledge risks</h3>\n");
        table(&mut h, &o.risks, "");
        h.push_str("</section>\n");
    }
    h.push_str("<footer>Made with Orgsplit.</footer>\n</body></html>\n");
    h
}

/// A table; in the comparison the first column is the row's group, set smaller.
fn table(h: &mut String, t: &Table, class: &str) {
    let _ = write!(h, "<table class=\"{class}\"><thead><tr>");
    for head in &t.headers {
        let _ = write!(h, "<th>{}</th>", escape(head));
    }
    h.push_str("</tr></thead><tbody>\n");
    for row in &t.rows {
        h.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let tag = if class == "comparison" && i == 1 {
                "th"
            } else {
                "td"
            };
            let _ = write!(h, "<{tag}>{}</{tag}>", escape(cell));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
}

const CSS: &str = "body{font-family:'Ubuntu',sans-serif;color:#1f242b;margin:2em auto;max-width:75em;padding:0 1em}\
h1{font-size:1.8em}h2{margin-top:2em;border-bottom:2px solid #1f5fa8}\
table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #d0d5db;padding:0.25em 0.6em;text-align:left;vertical-align:top}\
thead th{background:#eef1f5}table.comparison td:first-child{color:#555d68;font-size:0.85em}\
tr.error td.sev{background:#c01c28;color:#fff}tr.warning td.sev{background:#9a6000;color:#fff}tr.info td.sev{background:#3d5a80;color:#fff}\
td.sev{font-family:'Hack',monospace;text-align:center}\
figure{margin:0;overflow-x:auto;border:1px solid #d0d5db}figure svg{display:block}\
.notes{white-space:pre-wrap}.privacy{background:#fff4d6;padding:0.5em;border-left:4px solid #9a6000}\
@media print{figure{overflow:visible}figure svg{max-width:100%;height:auto}}";
