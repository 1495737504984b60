//! Hostile, broken and huge files: each is refused (or opened) with a clear message, never a
//! panic, a hang or exhausted memory. Also: the format-1 fixtures load forever after.

use std::path::Path;

use orgsplit::analysis::analyse;
use orgsplit::io::{LoadErrorKind, load_file, parse_design, to_ron};
use orgsplit::layout::build_org_chart;
use orgsplit::model::generate::generated_design;
use orgsplit::model::{Design, Placement};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../../assets/designs/sample.ron");

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Loads a file and, if it loads, runs everything a design goes through in the app.
fn load_and_use(path: &Path) -> Result<Design, orgsplit::io::LoadError> {
    let design = load_file(path)?;
    for s in 0..design.scenarios.len() {
        analyse(&design, s);
        build_org_chart(&design, s);
    }
    Ok(design)
}

#[test]
fn format_1_fixtures_still_load() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1");
    for name in ["sample.ron", "blank.ron"] {
        let path = dir.join(name);
        let before = std::fs::read(&path).expect("fixture");
        let design = load_and_use(&path).unwrap_or_else(|e| panic!("{e}"));
        // Read into the current format, in memory only: the file itself is untouched.
        assert_eq!(design.format_version, orgsplit::model::FORMAT_VERSION);
        assert!(!design.scenarios.is_empty());
        assert!(design.scenarios.iter().all(|s| !s.structure.is_empty()));
        assert_eq!(std::fs::read(&path).expect("fixture"), before);
    }
}

#[test]
fn broken_files_are_refused_with_the_file_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.ron", Vec::new()),
        (
            "garbage.ron",
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
        ("latin1.ron", b"(title: \"Jos\xe9\")".to_vec()),
        (
            "truncated.ron",
            SAMPLE.as_bytes()[..SAMPLE.len() * 2 / 3].to_vec(),
        ),
        (
            "nested.ron",
            format!("{}{}", "(".repeat(20_000), ")".repeat(20_000)).into_bytes(),
        ),
        (
            "lists.ron",
            format!(
                "(format_version: 1, title: {}{})",
                "[".repeat(50_000),
                "]".repeat(50_000)
            )
            .into_bytes(),
        ),
        (
            "duplicate.ron",
            SAMPLE
                .replacen("id: \"p002\"", "id: \"p001\"", 1)
                .into_bytes(),
        ),
        (
            "dangling.ron",
            SAMPLE
                .replacen("manager: Some(\"p003\")", "manager: Some(\"p999\")", 1)
                .into_bytes(),
        ),
    ];
    for (name, bytes) in cases {
        let path = write(dir.path(), name, &bytes);
        let err = load_and_use(&path).expect_err(name);
        assert!(err.to_string().contains(name), "{name}: {err}");
        assert!(!err.lines().is_empty());
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    // A sparse file: the limit check must not read 65 MiB to refuse it.
    file.set_len(65 * 1024 * 1024).expect("grow");
    let err = load_file(&path).expect_err("too large");
    assert!(err.is_unreadable());
    assert!(err.to_string().contains("limited to 64 MiB"), "{err}");
}

#[test]
fn a_ten_megabyte_name_loads_and_is_usable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "x".repeat(10 * 1024 * 1024);
    let text = SAMPLE.replacen("Margaret Holm", &long, 1);
    let path = write(dir.path(), "long-name.ron", text.as_bytes());
    let design = load_and_use(&path).expect("a long name is not an error");
    assert_eq!(design.people[0].name.len(), long.len());
}

#[test]
fn a_hundred_thousand_people_load_and_analyse() {
    let design = generated_design(100_000, 12, 5);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "big.ron",
        to_ron(&design).expect("serialises").as_bytes(),
    );
    let loaded = load_and_use(&path).expect("loads");
    assert_eq!(loaded.people.len(), 100_000);
}

#[test]
fn a_hundred_thousand_deep_reporting_chain_loads_and_lays_out() {
    let mut design = generated_design(2, 1, 1);
    let template = design.people[1].clone();
    design.people.truncate(1);
    design.scenarios[0].placements.truncate(1);
    for unit in &mut design.units {
        if unit.leader.as_deref() != Some(design.people[0].id.as_str()) {
            unit.leader = None;
        }
    }
    let mut previous = design.people[0].id.clone();
    for i in 0..100_000 {
        let mut p = template.clone();
        p.id = format!("c{i}");
        design.scenarios[0].placements.push(Placement {
            dotted: Vec::new(),
            person: p.id.clone(),
            unit: "legacy".into(),
            manager: Some(previous.clone()),
        });
        previous = p.id.clone();
        design.people.push(p);
    }
    let text = to_ron(&design).expect("serialises");
    let loaded = parse_design(&text).expect("a deep chain is valid");
    let a = analyse(&loaded, 0);
    assert!(
        a.findings
            .iter()
            .any(|f| f.message.contains("(99993 people below them deeper still)"))
    );
    let chart = build_org_chart(&loaded, 0);
    assert_eq!(chart.placed.len(), chart.items.len());
}

#[test]
fn a_deep_reporting_cycle_is_refused_not_followed_forever() {
    let mut design = generated_design(50_000, 4, 3);
    // The CIOL (first placement) is made to report to the last person in a Legacy team, whose
    // chain of managers leads back up to the CIOL: one long loop.
    let last_legacy = design.scenarios[0]
        .placements
        .iter()
        .rev()
        .find(|p| p.unit.starts_with("legacy-"))
        .expect("a Legacy team member")
        .person
        .clone();
    design.scenarios[0].placements[0].manager = Some(last_legacy);
    let text = to_ron(&design).expect("serialises");
    match parse_design(&text) {
        Err(LoadErrorKind::Invalid(problems)) => {
            assert!(
                problems
                    .iter()
                    .any(|p| p.message.contains("reporting cycle"))
            );
        }
        other => panic!(
            "expected a refusal, got {:?}",
            other.map(|d| d.people.len())
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn save_then_load_gives_back_the_same_design(people in 2usize..400, teams in 1usize..6, seed in 1u64..10_000) {
        let design = generated_design(people, teams, seed);
        let text = to_ron(&design).expect("serialises");
        prop_assert_eq!(parse_design(&text).expect("loads"), design);
        // And the text is canonical: saving again is byte for byte the same.
        prop_assert_eq!(to_ron(&parse_design(&text).expect("loads")).expect("serialises"), text);
    }
}
