//! Prints how long the core operations take on generated designs of 1,000, 10,000 and
//! 100,000 people, then imports of 10,000 and 100,000-row CSV exports. Run with
//! `cargo run --release --example bench` (`-- import` for the imports alone, `-- versions`
//! for a staff update from next month's export and a diff of two designs). Figures only:
//! nothing here passes or fails.

use std::time::{Duration, Instant};

use orgsplit::analysis::{analyse, compare};
use orgsplit::edit::{Command, Document, ScenarioSource, apply};
use orgsplit::io::{parse_design, to_ron, validate};
use orgsplit::layout::build_org_chart;
use orgsplit::model::Design;
use orgsplit::model::generate::generated_design;

/// Median of `runs` timings of `f`.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:>9.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `-- import` times the import alone.
    if std::env::args().any(|a| a == "import") {
        import_bench();
        return;
    }
    // `-- versions` times a staff update from next month's export, and a diff.
    if std::env::args().any(|a| a == "versions") {
        versions_bench();
        return;
    }
    println!(
        "{:>8} | {:>12} | {:>12} | {:>12} | {:>12} | {:>12} | {:>12} | {:>12} | {:>12}",
        "people",
        "analyse",
        "validate",
        "layout",
        "move+undo",
        "save (RON)",
        "load",
        "ron parse",
        "compare 4"
    );
    for people in [1_000, 10_000, 100_000] {
        let runs = if people >= 100_000 { 5 } else { 21 };
        let design = generated_design(people, 12, 42);
        let analyse_t = median(runs, || analyse(&design, 0));
        let validate_t = median(runs, || validate(&design));
        let layout_t = median(runs, || build_org_chart(&design, 0));
        let mut doc = Document::unsaved(design.clone());
        let who = design.people[people / 2].id.clone();
        let edit_t = median(runs, || {
            let moved = doc.apply(Command::MovePerson {
                scenario: 0,
                person: who.clone(),
                unit: "interaction-t1".into(),
                manager: None,
                alone: true,
            });
            doc.undo();
            moved
        });
        let text = to_ron(&design).expect("serialises");
        let save_t = median(runs, || to_ron(&design));
        let load_t = median(runs, || parse_design(&text));
        // ron's own parse of the same text, without our checks: what load is measured against.
        let ron_t = median(runs, || ron::from_str::<Design>(&text));
        let four = four_options(design.clone());
        let compare_t = median(runs, || compare(&four, &[0, 1, 2, 3]));
        println!(
            "{people:>8} | {} | {} | {} | {} | {} | {} | {} | {}",
            ms(analyse_t),
            ms(validate_t),
            ms(layout_t),
            ms(edit_t),
            ms(save_t),
            ms(load_t),
            ms(ron_t),
            ms(compare_t)
        );
    }
    history_bench();
    import_bench();
}

/// A drop as the app makes it: while dragging, the preview works out the move and analyses
/// the design it leaves (once per target); the drop then keeps that design after its check
/// and lays the chart out. Medians of 21 drops onto a team, alternating between two.
fn prepared_drop_bench(design: &Design) {
    use orgsplit::layout::ChartItem;
    let team = |id: &str| {
        design
            .units
            .iter()
            .position(|u| u.id == id)
            .map(ChartItem::Team)
    };
    let (Some(a), Some(b)) = (team("interaction-t1"), team("legacy-t1")) else {
        println!("drop as the app makes it: the generated design has no such teams");
        return;
    };
    let mut doc = Document::unsaved(design.clone());
    let (mut previews, mut drops) = (Vec::new(), Vec::new());
    for k in 0..21usize {
        let who = (k * 7919) % design.people.len();
        let target = if k % 2 == 0 { a } else { b };
        let before = analyse(doc.design(), 0);
        let start = Instant::now();
        let preview = orgsplit::edit::preview_drop(doc.design(), &before, 0, who, target, true);
        previews.push(start.elapsed());
        let (Some(command), Some(prepared)) = (preview.command, preview.prepared) else {
            continue;
        };
        let start = Instant::now();
        let base = doc.revision();
        let kept = doc.apply_prepared(command, base, prepared.design, prepared.message);
        let chart = build_org_chart(doc.design(), 0);
        drops.push(start.elapsed());
        std::hint::black_box((kept.is_ok(), chart, prepared.analysis));
    }
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v.get(v.len() / 2).copied().unwrap_or_default()
    };
    println!(
        "drop at 10,000 people as the app makes it: preview while dragging {} (once per target); drop → kept design, its analysis, layout {} ({} drops)",
        ms(median(previews)),
        ms(median(drops.clone())),
        drops.len()
    );
}

/// Undo history at 10,000 people: 1,200 moves in a row, then how many steps are kept and the
/// memory they hold, and how long undoing all of them takes. First, what a drop costs before
/// the chart can show it: the edit, then the analysis and the layout of the new design.
fn history_bench() {
    let design = generated_design(10_000, 12, 42);
    let mut doc = Document::unsaved(design.clone());
    let mut k = 0;
    let drop_t = median(21, || {
        k += 1;
        let who = design.people[(k * 7919) % design.people.len()].id.clone();
        let unit = if k % 2 == 0 {
            "interaction-t1"
        } else {
            "legacy-t1"
        };
        let _ = doc.apply(Command::MovePerson {
            scenario: 0,
            person: who,
            unit: unit.into(),
            manager: None,
            alone: true,
        });
        (analyse(doc.design(), 0), build_org_chart(doc.design(), 0))
    });
    println!(
        "\nan edit at 10,000 people without a preview (inspector, menus), edit + analysis + layout: {}",
        ms(drop_t)
    );
    prepared_drop_bench(&design);
    let risks_t = median(21, || orgsplit::analysis::knowledge(&design, 0));
    println!(
        "knowledge risk at 10,000 people (bus factors, truck factor, most damaging departures): {}",
        ms(risks_t)
    );
    let orgs = orgsplit::analysis::knowledge(&design, 0);
    let fits = analyse(&design, 0).fits;
    let mut pairings = 0;
    let plan_t = median(21, || {
        let plan = orgsplit::analysis::cross_training_plan(
            &design,
            0,
            &orgs,
            &fits,
            orgsplit::analysis::CoverageTarget::default(),
        );
        pairings = plan.len();
        plan
    });
    println!(
        "cross-training plan at 10,000 people ({pairings} pairings): {}",
        ms(plan_t)
    );
    let mut doc = Document::unsaved(design.clone());
    let start = Instant::now();
    for k in 0..1_200 {
        let who = design.people[(k * 7919) % design.people.len()].id.clone();
        let unit = if k % 2 == 0 {
            "interaction-t1"
        } else {
            "legacy-t1"
        };
        let _ = doc.apply(Command::MovePerson {
            scenario: 0,
            person: who,
            unit: unit.into(),
            manager: None,
            alone: true,
        });
    }
    let moves = start.elapsed();
    let (kept, bytes) = (doc.undo_depth(), doc.undo_bytes());
    let start = Instant::now();
    while doc.undo().is_some() {}
    let undo_all = start.elapsed();
    println!(
        "undo history at 10,000 people: 1,200 moves in {} ({} each); {kept} steps kept, \
         {:.2} MB; undoing all of them {}",
        ms(moves),
        ms(moves / 1_200),
        bytes as f64 / 1_048_576.0,
        ms(undo_all)
    );
}

/// Import timings, file bytes to a validated design, and CSV export timings, design to bytes.
/// The file imported is the export of a generated design (every column Orgsplit writes).
fn import_bench() {
    use orgsplit::import::{build, guess_mapping, read};
    println!();
    println!(
        "{:>8} | {:>12} | {:>12} | {:>10}",
        "rows", "import", "CSV export", "people"
    );
    for rows in [10_000, 100_000] {
        let design = generated_design(rows, 12, 7);
        let runs = if rows >= 100_000 { 5 } else { 11 };
        let mut csv = Vec::new();
        let export = median(runs, || {
            csv = orgsplit::export::scenario_csv(&design, 0).expect("exports");
        });
        let mut people = 0;
        let t = median(runs, || {
            let (table, encoding) = read(&csv).expect("reads");
            let imported =
                build(&table, &guess_mapping(&table), "bench.csv", encoding).expect("imports");
            people = imported.report.people;
        });
        println!("{rows:>8} | {} | {} | {people:>10}", ms(t), ms(export));
    }
}

/// The design with three more options, each a copy of the first with every 50th person
/// moved to another team, so the comparison has moves to find.
fn four_options(mut design: orgsplit::model::Design) -> orgsplit::model::Design {
    for n in 1..4 {
        apply(
            &mut design,
            &Command::AddScenario {
                source: ScenarioSource::Baseline,
                name: format!("Option {n}"),
            },
        )
        .expect("copies the baseline");
        let people: Vec<String> = design
            .people
            .iter()
            .step_by(50)
            .skip(1)
            .map(|p| p.id.clone())
            .collect();
        let scenario = &mut design.scenarios[n];
        let managers: std::collections::HashSet<String> = scenario
            .placements
            .iter()
            .filter_map(|p| p.manager.clone())
            .collect();
        for seat in &mut scenario.placements {
            // Someone without reports moves to another Legacy team, keeping their manager
            // (which the comparison counts as a move of team).
            if people.contains(&seat.person)
                && seat.unit.starts_with("legacy-t")
                && !managers.contains(&seat.person)
            {
                seat.unit = format!("legacy-t{}", n % 3);
            }
        }
    }
    design
}

/// A staff update of a 10,000-person design with four options from a 10,000-row export
/// holding 500 leavers, 500 joiners and 500 movers (bytes to the review), and the diff of
/// the design before and after.
fn versions_bench() {
    use orgsplit::import::read;
    use orgsplit::versions::{diff, refresh};
    let design = four_options(generated_design(10_000, 12, 7));
    let csv = orgsplit::export::scenario_csv(&design, 0).expect("exports");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&csv[3..]);
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_owned).collect())
        .collect();
    let teams: Vec<String> = rows
        .iter()
        .skip(1)
        .map(|r| r[3].clone())
        .filter(|t| !t.is_empty())
        .collect();
    // Every 20th row leaves (500 of 10,000); every 20th, offset by 10, moves team.
    let header = rows.remove(0);
    let managers: Vec<String> = rows
        .iter()
        .map(|r| r[5].clone())
        .filter(|m| !m.is_empty())
        .collect();
    let mut next: Vec<Vec<String>> = vec![header];
    for (k, mut row) in rows.into_iter().enumerate() {
        if k % 20 == 0 {
            continue;
        }
        if k % 20 == 10 {
            row[3] = teams[(k * 7) % teams.len()].clone();
        }
        next.push(row);
    }
    for j in 0..500 {
        let mut row = vec![String::new(); next[0].len()];
        row[0] = format!("new{j}");
        row[1] = format!("Joiner {j}");
        row[2] = "Engineer".into();
        row[3] = teams[(j * 13) % teams.len()].clone();
        row[5] = managers[(j * 17) % managers.len()].clone();
        next.push(row);
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in &next {
        out.write_record(row).expect("row");
    }
    let bytes = out.into_inner().expect("csv");
    let mut summary = String::new();
    let mut updated = design.clone();
    let t = median(5, || {
        let (table, encoding) = read(&bytes).expect("reads");
        let r = refresh(&design, &table, "next.csv", encoding, "2026-12-07").expect("refreshes");
        summary = r.report.summary();
        updated = r.design;
    });
    println!();
    println!(
        "staff update of 10,000 people (4 options) from a 10,000-row export, bytes to review: {} ({summary})",
        ms(t)
    );
    let mut changes = 0;
    let d = median(11, || {
        let found = diff(&design, &updated);
        changes = found.people_added.len() + found.people_removed.len();
        found
    });
    println!(
        "diff of two 10,000-person designs (4 options): {} ({changes} people added or removed)",
        ms(d)
    );
}
