//! Prints how import, check and formatting time grow on adversarial inputs of 10,000,
//! 20,000 and 40,000 rows (and units), to show each stays near-linear: every row sharing
//! one id, every row in its own department, a chain of stray quotes, names given twice, and
//! a design of that many units. Run with `cargo run --release --example hostile_scaling`.
//! Figures only: nothing here passes or fails.

use std::time::{Duration, Instant};

use orgsplit::import::{build, guess_mapping, read};
use orgsplit::io::{parse_design, to_ron};
use orgsplit::model::generate::generated_design;
use orgsplit::model::{Profile, Unit, UnitKind, UnitSlot};

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn ms(d: Duration) -> String {
    format!("{:>10.1} ms", d.as_secs_f64() * 1000.0)
}

/// `rows` rows in one of the shapes an attacker or an unlucky export takes.
fn table(shape: &str, rows: usize) -> String {
    let mut text = String::from("Employee ID,Name,Job Title,Department,Manager ID\n");
    for i in 0..rows {
        let line = match shape {
            "one id" => format!("X,Person {i},Analyst,Ops,\n"),
            "departments" => format!("{i},Person {i},Analyst,Department {i},0\n"),
            "duplicate names" => format!("{i},Same Name,Analyst,Ops,{}\n", i / 2),
            "deep chain" => format!("{i},Person {i},Analyst,Ops,{}\n", i.saturating_sub(1)),
            _ => format!("{i},Person {i},Analyst,Ops,0\n"),
        };
        text.push_str(&line);
    }
    text
}

fn import(text: &str) -> Result<usize, String> {
    let (table, encoding) = read(text.as_bytes())?;
    let mapping = guess_mapping(&table);
    build(&table, &mapping, "hostile.csv", encoding).map(|i| i.design.people.len())
}

/// A generated design with `units` more teams, each with no one in it.
fn many_units(units: usize) -> String {
    let mut design = generated_design(100, 2, 1);
    for i in 0..units {
        let id = format!("extra-{i}");
        design.units.push(Unit {
            id: id.clone(),
            name: format!("Extra team {i}"),
            kind: UnitKind::Team,
            mode: orgsplit::model::Mode::Legacy,
            leader: None,
            profile: Profile::default(),
        });
        design.scenarios[0].structure.push(UnitSlot {
            unit: id,
            parent: Some("legacy".into()),
        });
    }
    to_ron(&design).unwrap_or_default()
}

/// What `orgsplit check` does with a design's text: read, validate, analyse every option.
fn check(text: &str) -> String {
    let (result, took) = timed(|| {
        parse_design(text).map(|d| {
            (0..d.scenarios.len())
                .map(|s| orgsplit::analysis::analyse(&d, s).findings.len())
                .sum::<usize>()
        })
    });
    match result {
        Ok(_) => ms(took),
        Err(_) => format!("{} (refused)", ms(took)),
    }
}

fn main() {
    println!(
        "{:>16} | {:>13} | {:>13} | {:>13}",
        "shape", "10,000", "20,000", "40,000"
    );
    for shape in [
        "plain",
        "one id",
        "departments",
        "duplicate names",
        "deep chain",
    ] {
        let times: Vec<String> = [10_000, 20_000, 40_000]
            .iter()
            .map(|&n| {
                let text = table(shape, n);
                let (result, took) = timed(|| import(&text));
                match result {
                    Ok(_) => ms(took),
                    Err(_) => format!("{} (refused)", ms(took)),
                }
            })
            .collect();
        println!("{shape:>16} | {}", times.join(" | "));
    }
    let times: Vec<String> = [10_000, 20_000, 40_000, 100_000]
        .iter()
        .map(|&n| check(&many_units(n)))
        .collect();
    println!(
        "{:>16} | {} (and {} at 100,000)",
        "units (check)",
        times[..3].join(" | "),
        times[3].trim()
    );
}
