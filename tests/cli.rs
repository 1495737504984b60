//! `orgsplit check` and `orgsplit fmt`, run as a user would, through the real binary.

use std::path::Path;
use std::process::Command;

const SAMPLE: &str = include_str!("../assets/designs/sample.ron");
const BLANK: &str = include_str!("../assets/designs/blank.ron");

fn orgsplit(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(args)
        .output()
        .expect("the binary runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (
        out.status.code().expect("exited normally, not by a signal"),
        text,
    )
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path.to_string_lossy().into_owned()
}

#[test]
fn a_valid_file_without_errors_exits_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "blank.ron", BLANK);
    let (code, out) = orgsplit(&["check", &path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid; 0 errors"), "{out}");
}

#[test]
fn findings_are_printed_one_per_line_severity_first_and_errors_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let (code, out) = orgsplit(&["check", &path]);
    assert_eq!(code, 1, "the sample has a key-person error: {out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("error: Option A — dual CIO: Erik Lund is the only holder")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("warning: ") && l.contains("Ana Silva: skill fit")),
        "{out}"
    );
}

#[test]
fn json_output_parses_and_matches_the_analysis() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let (code, out) = orgsplit(&["check", "--json", &path]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let design = orgsplit::io::parse_design(SAMPLE).expect("sample");
    let expected: usize = (0..design.scenarios.len())
        .map(|s| orgsplit::analysis::analyse(&design, s).findings.len())
        .sum();
    let findings = report["findings"].as_array().expect("findings array");
    assert_eq!(findings.len(), expected);
    assert!(report["errors"].as_u64().expect("count") >= 1);
    let key = findings
        .iter()
        .find(|f| f["kind"] == "key_person_risk")
        .expect("a key-person finding");
    assert_eq!(key["severity"], "error");
    assert_eq!(key["subject_type"], "person");
}

#[test]
fn a_file_with_problems_exits_1_and_names_each_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = SAMPLE.replacen("level: 5", "level: 8", 1).replacen(
        "leader: Some(\"p001\")",
        "leader: Some(\"p404\")",
        1,
    );
    let path = write(dir.path(), "broken.ron", &broken);
    let (code, out) = orgsplit(&["check", &path]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines.iter().all(|l| l.starts_with(&path)), "{out}");
    assert!(out.contains("level 8"), "{out}");
    assert!(out.contains("\"p404\""), "{out}");
}

#[test]
fn a_syntax_error_exits_1_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "syntax.ron",
        "(\n  format_version: 1,\n  title: oops\n)",
    );
    let (code, out) = orgsplit(&["check", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("line 3"), "{out}");
}

#[test]
fn a_missing_file_or_a_folder_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope.ron");
    let (code, out) = orgsplit(&["check", &missing.to_string_lossy()]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("nope.ron"), "{out}");
    let (code, _) = orgsplit(&["check", &dir.path().to_string_lossy()]);
    assert_eq!(code, 2);
}

#[test]
fn fmt_rewrites_a_hand_edited_file_in_canonical_form() {
    let dir = tempfile::tempdir().expect("temp dir");
    let squashed: String = SAMPLE.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    let path = write(dir.path(), "hand.ron", &squashed);
    let (code, out) = orgsplit(&["fmt", &path]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&path).expect("reads"), SAMPLE);
}
