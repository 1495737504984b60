//! Exports checked by their values: SVG is XML with every card's text, PNG decodes to the
//! size asked for, PDFs have the pages the pagination says, the report lists every finding,
//! and privacy leaves nothing it hides in any of them.

use super::chart::{Paper, paginate, picture};
use super::report::report_html;
use super::{ExportFormat, ExportRequest, export_to, render};
use crate::analysis::analyse;
use crate::io::{SAMPLE_RON, parse_design};
use crate::model::privacy::private_copy;
use crate::model::{Design, FlightRisk, Privacy, RiskOverride};
use crate::scene::svg;
use crate::scene::thousands;

fn sample() -> Design {
    parse_design(SAMPLE_RON).expect("sample")
}

const ALL_PRIVATE: Privacy = Privacy {
    hide_sensitive: true,
    pseudonymise: true,
};

/// The text of every `<text>` element, joined by newlines.
fn svg_texts(svg_text: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg_text).expect("the SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_svg_is_xml_with_every_card_of_the_option_and_its_heading() {
    let design = sample();
    let picture = picture(&design, 1, Privacy::default()).expect("draws");
    let texts = svg_texts(&picture.svg());
    assert_eq!(
        texts[0],
        format!("{} — {}", design.title, design.scenarios[1].name)
    );
    let ix = crate::model::ScenarioIndex::new(&design, 1).expect("indexed");
    let mut on_chart = 0;
    for (p, person) in design.people.iter().enumerate() {
        if ix.seat[p].is_some() {
            on_chart += 1;
            assert!(
                texts.iter().any(|t| t == &person.name),
                "{} is not in the SVG",
                person.name
            );
        }
    }
    assert!(on_chart > 60, "{on_chart}");
    // The fonts travel with the file.
    assert!(picture.svg().contains("@font-face{font-family:'Ubuntu'"));
}

#[test]
fn the_png_decodes_to_the_chart_size_times_the_scale() {
    let design = sample();
    let picture = picture(&design, 0, Privacy::default()).expect("draws");
    let bytes = picture.png(0.5).expect("renders");
    let png = resvg::tiny_skia::Pixmap::decode_png(&bytes).expect("a PNG");
    let page = svg::page_box(
        &picture.scene,
        &svg::SvgOptions {
            heading: "x".into(),
            ..Default::default()
        },
    );
    assert_eq!(png.width(), (page.width() * 0.5).ceil() as u32);
    assert_eq!(png.height(), (page.height() * 0.5).ceil() as u32);
    // Not blank: card text and banners are drawn in more than one colour.
    let distinct: std::collections::HashSet<_> = png
        .pixels()
        .iter()
        .map(|p| (p.red(), p.green(), p.blue()))
        .collect();
    assert!(distinct.len() > 20, "{}", distinct.len());
}

#[test]
fn a_png_beyond_the_renderers_limit_is_refused_with_a_sentence_suggesting_pdf() {
    let design = sample();
    let picture = picture(&design, 0, Privacy::default()).expect("draws");
    let why = picture.png(40.0).expect_err("too large");
    assert!(
        why.contains("export it as PDF") && why.contains("smaller scale"),
        "{why}"
    );
    assert!(picture.png(0.0).is_err());
}

/// How many pages a PDF of ours has (pdf-writer writes one `/Type /Page` per page).
fn page_count(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page ").count()
}

#[test]
fn the_pdf_has_one_page_when_the_chart_fits_and_labelled_tiles_when_it_does_not() {
    let design = sample();
    let picture = picture(&design, 1, Privacy::default()).expect("draws");
    let one = picture.pdf(Paper::Fit).expect("makes");
    assert!(one.bytes.starts_with(b"%PDF-"));
    assert_eq!(one.pages, 1);
    assert_eq!(page_count(&one.bytes), 1);
    let tiled = picture.pdf(Paper::A4).expect("makes");
    let layout = paginate(&picture.scene, Paper::A4);
    assert_eq!(tiled.pages, layout.rows * layout.cols);
    assert!(
        tiled.pages > 1,
        "the sample does not fit one A4 page readably"
    );
    assert_eq!(page_count(&tiled.bytes), tiled.pages);
    // Never shrunk below readable text: the smallest line (11.5 units) stays at 6 pt or more.
    assert!(layout.scale * 11.5 >= 6.0, "{}", layout.scale);
    // Tiles cover the whole chart.
    let chart = picture.scene.bounds();
    let covered = layout
        .tiles
        .iter()
        .copied()
        .reduce(|a, b| a.union(&b))
        .expect("tiles");
    assert!(covered.min.x <= chart.min.x && covered.max.x >= chart.max.x);
    assert!(covered.min.y <= chart.min.y && covered.max.y >= chart.max.y);
}

#[test]
fn the_report_lists_every_finding_of_every_option_and_the_moves() {
    let design = sample();
    let html = report_html(&design, Privacy::default());
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing is fetched.
    assert!(!html.contains("http://") || !html.contains("src=\"http"));
    assert!(!html.contains("https://"));
    // Orgsplit's icon is the report's favicon, inside the file.
    assert!(html.contains(
        "<link rel=\"icon\" type=\"image/png\" href=\"data:image/png;base64,iVBORw0KGgo"
    ));
    for (i, option) in design.scenarios.iter().enumerate() {
        assert!(html.contains(&svg::escape(&option.name)));
        for f in analyse(&design, i).findings {
            assert!(
                html.contains(&svg::escape(&f.message)),
                "missing finding: {}",
                f.message
            );
        }
    }
    let moves = crate::analysis::moves_between(&design, 0, 1);
    assert!(!moves.is_empty());
    assert!(html.contains(&format!(
        "to {} ({})</h3>",
        svg::escape(&design.scenarios[1].name),
        moves.len()
    )));
    // One chart per option.
    assert_eq!(html.matches("<figure><svg").count(), design.scenarios.len());
}

/// Everything privacy promises to hide, as it could be written.
fn secrets(design: &Design) -> Vec<String> {
    let mut out = Vec::new();
    for p in &design.people {
        if !p.open_role {
            out.push(p.name.clone());
        }
        if let Some(c) = p.annual_cost {
            out.push(thousands(c));
            out.push(c.to_string());
        }
    }
    for s in &design.sponsors {
        if !s.executive.is_empty() {
            out.push(s.executive.clone());
        }
    }
    for word in [
        "flight risk is high",
        "flight risk is medium",
        "flight risk is low",
        "flight risk of high",
        "flight risk in this option is",
        "flight risk: ",
        "where the unit prefers",
        "Annual cost",
        "Mean work-style fit",
        "Chance of losing",
        "asked twice",
    ] {
        out.push(word.to_owned());
    }
    out
}

#[test]
fn privacy_and_pseudonyms_leave_no_name_cost_flight_risk_or_score_in_any_text_output() {
    let mut design = sample();
    // A reason that names the person and says why, to be sure it goes.
    design.scenarios[1].risk_overrides.push(RiskOverride {
        person: design.people[3].id.clone(),
        flight_risk: FlightRisk::High,
        reason: format!(
            "{} asked twice to return to Mainframe",
            design.people[3].name
        ),
    });
    let without = report_html(&design, Privacy::default());
    let secrets = secrets(&design);
    // The secrets are really there without privacy (so the search below can find them).
    for s in ["flight risk", "Annual cost", design.people[3].name.as_str()] {
        assert!(without.contains(s), "{s}");
    }
    let html = report_html(&design, ALL_PRIVATE);
    let mut outputs = vec![("report", html)];
    for i in 0..design.scenarios.len() {
        let p = picture(&design, i, ALL_PRIVATE).expect("draws");
        outputs.push(("chart", p.svg()));
    }
    for (what, text) in &outputs {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{what} still says {secret:?}"
            );
        }
        assert!(text.contains("Person "), "{what} has no pseudonyms");
    }
    // The report's text model feeds the PDF report too (whose text is compressed in the
    // file): nothing it holds may say a secret either.
    let report = super::report::build(&design, ALL_PRIVATE);
    let mut words: Vec<String> = vec![report.title, report.notes, report.privacy_note];
    let mut tables = vec![report.comparison];
    tables.extend(report.moves.into_iter().map(|m| m.table));
    for o in report.options {
        words.push(o.name);
        words.push(o.notes);
        words.extend(o.findings.into_iter().map(|f| f.message));
        for face in o.scene.faces {
            words.extend([face.title, face.subtitle, face.detail]);
        }
        tables.push(o.headcount);
        tables.push(o.risks);
    }
    for t in tables {
        words.extend(t.headers);
        words.extend(t.rows.into_iter().flatten());
    }
    let all = words.join("\n");
    for secret in &secrets {
        assert!(
            !all.contains(secret.as_str()),
            "the report model says {secret:?}"
        );
    }
    // Findings are still found, only worded without the values.
    let shown = private_copy(&design, ALL_PRIVATE);
    assert_eq!(
        analyse(&shown, 1).findings.len(),
        analyse(&design, 1).findings.len()
    );
}

#[test]
fn the_designs_own_privacy_applies_to_exports_without_asking() {
    let mut design = sample();
    design.settings.privacy.hide_sensitive = true;
    let html = report_html(&design, Privacy::default());
    assert!(!html.contains("Annual cost"));
    assert!(html.contains("Privacy mode"));
}

#[test]
fn an_export_into_a_folder_that_cannot_be_written_says_so_and_leaves_the_old_file() {
    let design = sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let request = ExportRequest {
        format: ExportFormat::Svg,
        scenario: 0,
        privacy: Privacy::default(),
        scale: 1.0,
        paper: Paper::Fit,
    };
    let missing = dir.path().join("no such folder").join("chart.svg");
    let why = export_to(&design, &request, &missing).expect_err("cannot write");
    assert!(
        why.starts_with("could not write") && why.contains("chart.svg"),
        "{why}"
    );
    // A failed export keeps what was there.
    let existing = dir.path().join("chart.png");
    std::fs::write(&existing, b"old").expect("writes");
    let too_big = ExportRequest {
        format: ExportFormat::Png,
        scale: 50.0,
        ..request
    };
    assert!(export_to(&design, &too_big, &existing).is_err());
    assert_eq!(std::fs::read(&existing).expect("reads"), b"old");
    // And a good one replaces it.
    let made = render(&design, &request).expect("renders");
    export_to(&design, &request, &existing).expect("writes");
    assert_eq!(std::fs::read(&existing).expect("reads"), made.bytes);
}

#[test]
fn privacy_is_saved_with_the_design_only_when_on() {
    let mut design = sample();
    let plain = crate::io::to_ron(&design).expect("writes");
    assert!(!plain.contains("privacy"));
    assert_eq!(
        plain, SAMPLE_RON,
        "the sample is written byte for byte as before"
    );
    design.settings.privacy.hide_sensitive = true;
    let text = crate::io::to_ron(&design).expect("writes");
    assert!(
        text.contains("privacy: (\n            hide_sensitive: true,"),
        "{text}"
    );
    let back = parse_design(&text).expect("loads");
    assert_eq!(back.settings.privacy, design.settings.privacy);
    assert_eq!(back, design);
}

#[test]
fn a_card_pinned_far_away_gets_a_sentence_not_millions_of_pages() {
    let mut design = sample();
    let who = design.scenarios[1].placements[5].person.clone();
    design.scenarios[1].pinned.push(crate::model::Pin {
        person: who,
        x: 1.0e12,
        y: 0.0,
    });
    let picture = picture(&design, 1, Privacy::default()).expect("draws");
    let why = match picture.pdf(Paper::A3) {
        Ok(_) => panic!("a PDF of billions of pages was made"),
        Err(why) => why,
    };
    assert!(why.contains("export it as SVG"), "{why}");
    assert!(picture.png(1.0).is_err());
    // The report still comes out, saying the chart was left out.
    let (_, pages) = super::report::report_pdf(&design, Privacy::default()).expect("makes");
    assert!(pages > 1);
}

#[test]
fn names_with_characters_xml_forbids_still_make_well_formed_svg_png_and_pdf() {
    let mut design = sample();
    let ana = design
        .people
        .iter()
        .position(|p| p.name == "Ana Silva")
        .expect("in the sample");
    design.people[ana].name = "Ana\u{FFFF} \u{1b}[31mSilva\u{FFFE}\u{0}".into();
    design.title = "Title \u{FDD0}".into();
    let picture = picture(&design, 0, Privacy::default()).expect("draws");
    let texts = svg_texts(&picture.svg());
    assert!(texts.iter().any(|t| t.contains("Ana\u{FFFD}")), "{texts:?}");
    assert!(picture.png(0.25).is_ok());
    assert!(picture.pdf(Paper::Fit).is_ok());
}
