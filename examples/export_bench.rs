//! Prints how long exports take: an option of a generated 2,000-person design as SVG, PNG
//! (scale 1 and, where the renderer allows, 2) and PDF (one chart-sized page, tiled A3),
//! and the workshop report as HTML (and, for the built-in sample, as PDF). Run with
//! `cargo run --release --example export_bench`. Figures only: nothing here passes or fails.

use std::time::{Duration, Instant};

use orgsplit::export::chart::{Paper, picture};
use orgsplit::export::report::report_html;
use orgsplit::io::{SAMPLE_RON, parse_design};
use orgsplit::model::Privacy;
use orgsplit::model::generate::generated_design;

/// Median of `runs` timings of `f`, and its last result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut last = None;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let out = std::hint::black_box(f());
            let took = start.elapsed();
            last = Some(out);
            took
        })
        .collect();
    times.sort();
    (times[times.len() / 2], last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:>9.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let runs = 5;
    for people in [68, 2_000] {
        let design = if people == 68 {
            parse_design(SAMPLE_RON).expect("sample")
        } else {
            generated_design(people, 12, 42)
        };
        let scenario = usize::from(people == 68);
        let (scene_t, pic) = median(runs, || {
            picture(&design, scenario, Privacy::default()).expect("draws")
        });
        let bounds = pic.scene.bounds();
        println!(
            "{} people on the chart ({} cards, {:.0} × {:.0} units); medians of {runs}:",
            people,
            pic.scene.faces.len(),
            bounds.width(),
            bounds.height()
        );
        println!("  scene (analysis, layout, cards) {}", ms(scene_t));
        let (svg_t, svg) = median(runs, || pic.svg());
        println!(
            "  SVG                             {}  ({} KB)",
            ms(svg_t),
            svg.len() / 1024
        );
        // The largest scale (at most 2) the PNG renderer's limits allow for this chart.
        let page = orgsplit::scene::svg::page_box(
            &pic.scene,
            &orgsplit::scene::svg::SvgOptions {
                heading: "x".into(),
                ..Default::default()
            },
        );
        let side = orgsplit::export::chart::MAX_PNG_SIDE as f32;
        let most = (side / page.width())
            .min(side / page.height())
            .min(
                (orgsplit::export::chart::MAX_PNG_PIXELS as f32 / (page.width() * page.height()))
                    .sqrt(),
            )
            .min(2.0);
        let most = (most * 100.0).floor() / 100.0;
        let mut scales = vec![1.0, 2.0];
        if most < 1.0 {
            scales.push(most);
        }
        for scale in scales {
            let (t, png) = median(runs, || pic.png(scale));
            match png {
                Ok(bytes) => println!(
                    "  PNG at scale {scale:<4}                {}  ({} KB, {:.0} × {:.0} px)",
                    ms(t),
                    bytes.len() / 1024,
                    (page.width() * scale).ceil(),
                    (page.height() * scale).ceil()
                ),
                Err(why) => println!(
                    "  PNG at scale {scale}: refused in {} — {why}",
                    ms(t).trim()
                ),
            }
        }
        for paper in [Paper::Fit, Paper::A3] {
            let (t, pdf) = median(runs, || pic.pdf(paper).expect("makes"));
            println!(
                "  PDF, {:<11}               {}  ({} page(s), {} KB)",
                paper.label(),
                ms(t),
                pdf.pages,
                pdf.bytes.len() / 1024
            );
        }
        let (t, html) = median(runs, || report_html(&design, Privacy::default()));
        println!(
            "  HTML report ({} options)        {}  ({} KB)",
            design.scenarios.len(),
            ms(t),
            html.len() / 1024
        );
        if people == 68 {
            let (t, pdf) = median(runs, || {
                orgsplit::export::report::report_pdf(&design, Privacy::default()).expect("makes")
            });
            println!(
                "  PDF report ({} options)         {}  ({} pages, {} KB)",
                design.scenarios.len(),
                ms(t),
                pdf.1,
                pdf.0.len() / 1024
            );
        }
    }
}
