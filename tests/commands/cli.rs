//! `orgsplit check`, `fmt` and `compare`, run as a user would, through the real binary.

use std::path::Path;
use std::process::Command;

const SAMPLE: &str = include_str!("../../assets/designs/sample.ron");
const BLANK: &str = include_str!("../../assets/designs/blank.ron");

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
        .find(|f| f["kind"] == "key_person_risk" && f["subject_type"] == "person")
        .expect("a key-person finding about a sole holder");
    assert_eq!(key["severity"], "error");
    // Option B: the only two holders of Mainframe operations both have a high flight risk.
    let both = findings
        .iter()
        .find(|f| {
            f["kind"] == "key_person_risk"
                && f["subject_type"] == "unit"
                && f["scenario"] == "option-b"
        })
        .expect("a key-person finding about holders who may all leave");
    assert_eq!(
        both["message"],
        "Mainframe operations (level 3+) in Legacy IT: both holders (Ana Silva, Erik Lund) have a recorded flight risk of high; train a holder who is likely to stay"
    );
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

#[test]
fn compare_prints_the_options_side_by_side_and_the_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let (code, out) = orgsplit(&["compare", &path]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 options compared with Today — single CIO"),
        "{out}"
    );
    assert!(out.contains("Key-person risks"), "{out}");
    assert!(out.contains("1 (+1, worse)"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("Ana Silva: Mainframe")
                && l.contains("→ Social Media (Customer Interaction IT)")),
        "{out}"
    );
}

#[test]
fn compare_json_has_scenarios_with_figures_and_moves_with_ids_and_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let (code, out) = orgsplit(&["compare", &path, "--scenarios", "today,option-a", "--json"]);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let scenarios = json["scenarios"].as_array().expect("a scenarios list");
    assert_eq!(scenarios.len(), 2);
    assert_eq!(scenarios[0]["id"], "today");
    assert_eq!(scenarios[1]["name"], "Option A — dual CIO");
    let orgs = scenarios[1]["organisations"]
        .as_array()
        .expect("organisations");
    let legacy = orgs
        .iter()
        .find(|o| o["id"] == "legacy")
        .expect("Legacy IT");
    assert_eq!(legacy["people"], 41);
    let moves = json["moves"].as_array().expect("a moves list");
    let ana = moves
        .iter()
        .find(|m| m["name"] == "Ana Silva")
        .expect("Ana Silva moved");
    assert_eq!(ana["scenario"], "option-a");
    assert_eq!(ana["from"]["unit"], "mainframe");
    assert_eq!(ana["to"]["unit"], "social");
    assert_eq!(ana["to"]["organisation_name"], "Customer Interaction IT");
    assert!(ana["person"].as_str().is_some_and(|id| id.starts_with('p')));
}

#[test]
fn compare_refuses_an_unknown_option_listing_the_ones_there_are() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let (code, out) = orgsplit(&["compare", &path, "--scenarios", "today,option-z"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("there is no option \"option-z\"; the options are today, option-a, option-b"),
        "{out}"
    );
    let (code, _) = orgsplit(&["compare", &dir.path().join("missing.ron").to_string_lossy()]);
    assert_eq!(code, 2);
}

#[test]
fn import_writes_a_design_and_accounts_for_every_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/messy.csv");
    let out_path = dir.path().join("imported.ron");
    let (code, out) = orgsplit(&[
        "import",
        &fixture.to_string_lossy(),
        "-o",
        &out_path.to_string_lossy(),
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(json["rows"], 12);
    assert_eq!(json["people"], 9);
    assert_eq!(json["open_roles"], 2);
    assert_eq!(json["tops"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["unmatched_managers"][0]["value"], "XX");
    assert_eq!(json["cycles"][0]["line"], 10);
    assert_eq!(json["duplicate_ids"][0]["id"], "P6");
    assert_eq!(
        json["skipped"][0],
        serde_json::json!({"line": 12, "reason": "empty row"})
    );
    // The design it wrote is valid and opens.
    let (code, check) = orgsplit(&["check", &out_path.to_string_lossy()]);
    assert_eq!(code, 0, "{check}");
    assert!(check.contains("Today — as imported"), "{check}");
}

#[test]
fn import_names_the_headers_when_a_column_is_missing_and_exits_2_when_unreadable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "shop.csv", "Colour,Size\nred,4\n");
    let out_path = dir.path().join("x.ron").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["import", &path, "-o", &out_path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("no column holds names or ids; the columns are Colour, Size"),
        "{out}"
    );
    let (code, out) = orgsplit(&["import", &path, "-o", &out_path, "--name", "Nope"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("there is no column \"Nope\""), "{out}");
    let binary = dir.path().join("book.xls");
    std::fs::write(&binary, b"\xd0\xcf\x11\xe0\x00\x00binary").expect("write");
    let (code, out) = orgsplit(&["import", &binary.to_string_lossy(), "-o", &out_path]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not a text file"), "{out}");
}

#[test]
fn export_csv_writes_an_option_with_a_bom_and_names_unknown_options() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let out_path = dir.path().join("option-b.csv");
    let (code, out) = orgsplit(&[
        "export-csv",
        &path,
        "--scenario",
        "option-b",
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
    let bytes = std::fs::read(&out_path).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid,name,title,team,organisation,"));
    let design = orgsplit::io::parse_design(SAMPLE).expect("sample");
    let text = String::from_utf8(bytes).expect("UTF-8");
    // One line per person on the roster, plus the header.
    assert_eq!(text.lines().count(), design.people.len() + 1);
    let (code, out) = orgsplit(&[
        "export-csv",
        &path,
        "--scenario",
        "option-z",
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("the options are today, option-a, option-b"),
        "{out}"
    );
    let (code, _) = orgsplit(&[
        "export-csv",
        &dir.path().join("missing.ron").to_string_lossy(),
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 2);
}

#[test]
fn import_with_a_skills_file_adds_levels_new_skills_and_reports_what_it_could_not_use() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let out_path = dir.path().join("with-skills.ron");
    let (code, out) = orgsplit(&[
        "import",
        &fixtures.join("messy.csv").to_string_lossy(),
        "--skills",
        &fixtures.join("skills-long.csv").to_string_lossy(),
        "-o",
        &out_path.to_string_lossy(),
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let skills = &json["skills"];
    assert_eq!(skills["shape"], "long");
    assert_eq!(skills["levels"].as_array().map(Vec::len), Some(1));
    assert_eq!(skills["scores"].as_array().map(Vec::len), Some(1));
    assert_eq!(skills["unknown_skills"][0]["name"], "Network engineering");
    assert_eq!(skills["unknown_skills"][0]["area"], "Legacy");
    assert_eq!(skills["out_of_range"][0]["value"], "9");
    assert_eq!(skills["skipped"][0]["line"], 7);
    let design = orgsplit::io::load_file(&out_path).expect("written and valid");
    let omar = design.person("P2").expect("Omar");
    assert_eq!(
        omar.skills.len(),
        2,
        "both new skills, added to the catalogue"
    );
    let lena = design.person("P5").expect("Lena");
    assert_eq!(lena.level_of("cobol"), Some(3));
    assert_eq!(lena.score_of("change"), Some(4));
    // Text output says the same in sentences.
    let (code, out) = orgsplit(&[
        "import",
        &fixtures.join("messy.csv").to_string_lossy(),
        "--skills",
        &fixtures.join("skills-long.csv").to_string_lossy(),
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("line 6: Mobile apps \"9\" for P6 is not a level from 1 to 5; not used"),
        "{out}"
    );
    assert!(
        out.contains("line 7: skipped: \"P42\" is nobody in the design"),
        "{out}"
    );
}

/// `orgsplit risks` on option B of the sample: Mainframe operations in Legacy IT rests on
/// two people recorded high; an unknown option is exit 1 with the ids; `--json` parses.
#[test]
fn risks_names_the_holders_bus_factor_and_damaging_departures() {
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args([
            "risks",
            "assets/designs/sample.ron",
            "--scenario",
            "option-b",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "    Mainframe operations (level 3+): 2 holders (Ana Silva, Erik Lund); bus factor 2; \
             chance of losing every holder within 12 months 16%"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "    if Ana Silva leaves (recorded flight risk: high): one holder left of Mainframe \
             operations"
        ),
        "{text}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(["risks", "assets/designs/sample.ron", "--scenario", "nope"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("today, option-a, option-b"));
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(["risks", "assets/designs/sample.ron", "--json"])
        .output()
        .expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["scenario"], "today");
    assert!(report["organisations"][0]["skills"].is_array());
}

/// `orgsplit what-if`: Erik Lund leaving option B leaves Ana Silva the only Mainframe
/// operations holder; the file is not touched; an unknown person is exit 1.
#[test]
fn what_if_says_what_a_resignation_would_break() {
    let before = std::fs::read("assets/designs/sample.ron").expect("sample");
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args([
            "what-if",
            "assets/designs/sample.ron",
            "--leaves",
            "p065",
            "--scenario",
            "option-b",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("If Erik Lund left Option B — dual CIO + cross-training (option-b):"),
        "{text}"
    );
    assert!(
        text.contains(
            "  New error: Ana Silva is the only holder of Mainframe operations (level 3+) in \
             Legacy IT, and their recorded flight risk is high"
        ),
        "{text}"
    );
    assert_eq!(
        std::fs::read("assets/designs/sample.ron").expect("sample"),
        before
    );
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(["what-if", "assets/designs/sample.ron", "--leaves", "zz"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("There is no person with id \"zz\""));
}

/// In privacy mode, `risks` and `what-if` leave flight risk (and the chances worked out from
/// it) out, as the window and the exports do; `--show-private` shows them to the facilitator.
#[test]
fn risks_and_what_if_follow_the_designs_privacy_mode_unless_asked_to_show() {
    let dir = tempfile::tempdir().expect("temp dir");
    let private = SAMPLE.replace(
        "        layers_max: 6,\n    ),",
        "        layers_max: 6,\n        privacy: (hide_sensitive: true),\n    ),",
    );
    assert_ne!(private, SAMPLE, "the settings were found");
    let path = write(dir.path(), "private.ron", &private);
    let (code, text) = orgsplit(&["risks", &path, "--scenario", "option-b"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Privacy mode: flight risk and the chances worked out from it are hidden")
    );
    assert!(
        text.contains(
            "    Mainframe operations (level 3+): 2 holders (Ana Silva, Erik Lund); bus factor 2\n"
        ),
        "{text}"
    );
    assert!(text.contains("    if Ana Silva leaves: one holder left of Mainframe operations"));
    assert!(
        !text.contains("flight risk:") && !text.contains("chance of losing"),
        "{text}"
    );
    let (_, json) = orgsplit(&["risks", &path, "--scenario", "option-b", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(report["flight_risk_hidden"], true);
    assert!(!json.contains("loss_chance"), "{json}");
    let (_, shown) = orgsplit(&["risks", &path, "--scenario", "option-b", "--show-private"]);
    assert!(shown.contains("    if Ana Silva leaves (recorded flight risk: high): one holder"));
    let (code, text) = orgsplit(&[
        "what-if",
        &path,
        "--leaves",
        "p065",
        "--scenario",
        "option-b",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("high"), "{text}");
    let (_, shown) = orgsplit(&[
        "what-if",
        &path,
        "--leaves",
        "p065",
        "--scenario",
        "option-b",
        "--show-private",
    ]);
    assert!(
        shown.contains("and their recorded flight risk is high"),
        "{shown}"
    );
}

/// `orgsplit plan` on option B: one learner for Mainframe operations in Legacy IT, taught by
/// Erik Lund; a 20% loss target needs none; `--json` parses; the file is not touched.
#[test]
fn plan_proposes_the_pairings_that_reach_the_target() {
    let before = std::fs::read("assets/designs/sample.ron").expect("sample");
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
            .args([
                "plan",
                "assets/designs/sample.ron",
                "--scenario",
                "option-b",
            ])
            .args(extra)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = run(&[]);
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(
        lines,
        [
            "  Legacy IT · Mainframe operations: Grace Mensah (new to it) to level 3, learning \
             from Erik Lund"
        ],
        "{text}"
    );
    assert!(run(&["--loss-max", "20"]).contains("every critical skill meets the target"));
    let report: serde_json::Value = serde_json::from_str(&run(&["--json"])).expect("json");
    assert_eq!(report["pairings"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["pairings"][0]["level"], 3);
    assert_eq!(
        std::fs::read("assets/designs/sample.ron").expect("sample"),
        before
    );
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(["plan", "assets/designs/sample.ron", "--scenario", "nope"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn export_writes_each_format_exits_1_on_an_unknown_option_or_broken_file_and_2_when_unreadable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "sample.ron", SAMPLE);
    let out_of = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    for (format, file, magic) in [
        ("svg", "b.svg", &b"<svg"[..]),
        ("png", "b.png", &b"\x89PNG"[..]),
        ("pdf", "b.pdf", &b"%PDF-"[..]),
        ("html", "r.html", &b"<!DOCTYPE html>"[..]),
        ("report-pdf", "r.pdf", &b"%PDF-"[..]),
    ] {
        let target = out_of(file);
        let (code, out) = orgsplit(&[
            "export",
            &path,
            "--scenario",
            "option-b",
            "--format",
            format,
            "-o",
            &target,
            "--scale",
            "0.5",
        ]);
        assert_eq!(code, 0, "{format}: {out}");
        assert!(out.contains("wrote"), "{out}");
        let bytes = std::fs::read(&target).expect("written");
        assert!(bytes.starts_with(magic), "{format}");
    }
    // Privacy from the command line: no real name in the SVG.
    let private = out_of("private.svg");
    let (code, _) = orgsplit(&[
        "export",
        &path,
        "--format",
        "svg",
        "-o",
        &private,
        "--privacy",
        "--pseudonymise",
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&private).expect("written");
    assert!(!text.contains("Erik Lund") && text.contains("Person "));
    // An unknown option lists the ids there are.
    let (code, out) = orgsplit(&[
        "export",
        &path,
        "--scenario",
        "option-z",
        "--format",
        "svg",
        "-o",
        &out_of("z.svg"),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("there is no option \"option-z\"") && out.contains("option-b"),
        "{out}"
    );
    assert!(!dir.path().join("z.svg").exists());
    // A file that cannot be read exits 2, one read with problems 1 (as `check` does), and
    // neither writes anything; then a folder that cannot be written.
    let missing = out_of("missing.ron");
    let (code, _) = orgsplit(&[
        "export",
        &missing,
        "--format",
        "svg",
        "-o",
        &out_of("x.svg"),
    ]);
    assert_eq!(code, 2);
    let broken = write(dir.path(), "broken.ron", "(format_version: 1, title: ");
    let (code, out) = orgsplit(&["export", &broken, "--format", "svg", "-o", &out_of("x.svg")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("broken.ron"), "{out}");
    assert!(!dir.path().join("x.svg").exists());
    let nowhere = dir.path().join("missing").join("x.svg");
    let (code, out) = orgsplit(&[
        "export",
        &path,
        "--format",
        "svg",
        "-o",
        &nowhere.to_string_lossy(),
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("could not write"), "{out}");
    // A PNG too large is refused with a sentence, and nothing is written.
    let huge = out_of("huge.png");
    let (code, out) = orgsplit(&[
        "export", &path, "--format", "png", "-o", &huge, "--scale", "40",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("export it as PDF"), "{out}");
    assert!(!Path::new(&huge).exists());
}

// The hostile corpus: each shape an attacker or an unlucky user sends, small, with the exact
// outcome the command line promises for it (README, "What each command does with bad
// input").

/// Runs the binary and returns (exit code, standard output as bytes).
fn orgsplit_bytes(args: &[&str]) -> (i32, Vec<u8>) {
    let out = Command::new(env!("CARGO_BIN_EXE_orgsplit"))
        .args(args)
        .output()
        .expect("the binary runs");
    (out.status.code().expect("exited normally"), out.stdout)
}

#[test]
fn hostile_an_export_over_the_file_it_reads_is_refused_and_the_design_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "design.ron", SAMPLE);
    for args in [
        vec!["export", &path, "--format", "png", "-o", &path],
        vec!["export", &path, "--format", "html", "-o", &path],
        vec!["export-csv", &path, "-o", &path],
    ] {
        let (code, out) = orgsplit(&args);
        assert_eq!(code, 2, "{out}");
        assert!(out.contains("is the file being read"), "{out}");
        assert_eq!(std::fs::read_to_string(&path).expect("kept"), SAMPLE);
    }
    let csv = write(dir.path(), "staff.csv", "id,name\n1,Ana\n");
    let (code, out) = orgsplit(&["import", &csv, "-o", &csv]);
    assert_eq!(code, 2, "{out}");
    assert_eq!(
        std::fs::read_to_string(&csv).expect("kept"),
        "id,name\n1,Ana\n"
    );
}

#[test]
fn hostile_a_stray_quote_is_named_by_line_instead_of_swallowing_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("id,name,team\n1,Ana,Ops\n2,\"Bo,Ops\n");
    for i in 3..1000 {
        text.push_str(&format!("{i},Person {i},Ops\n"));
    }
    let path = write(dir.path(), "staff.csv", &text);
    let out_path = dir.path().join("out.ron").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["import", &path, "-o", &out_path]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("line 3: a quote (\") opens a cell that runs on for 997 more lines"),
        "{out}"
    );
    assert!(!Path::new(&out_path).exists());
}

#[test]
fn hostile_csv_export_cells_do_not_run_as_formulas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let evil = SAMPLE
        .replacen(
            "name: \"Margaret Holm\"",
            "name: \"=HYPERLINK(\\\"http://x\\\",\\\"Click\\\")\"",
            1,
        )
        .replacen("name: \"Tomasz Nowak\"", "name: \"@SUM(1)\"", 1);
    let path = write(dir.path(), "design.ron", &evil);
    let csv = dir.path().join("out.csv").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["export-csv", &path, "-o", &csv]);
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&csv).expect("written");
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\""),
        "{text}"
    );
    assert!(text.contains(",'@SUM(1),"), "{text}");
    // To standard output with -o -, the same bytes and nothing else.
    let (code, bytes) = orgsplit_bytes(&["export-csv", &path, "-o", "-"]);
    assert_eq!(code, 0);
    assert_eq!(bytes, std::fs::read(&csv).expect("written"));
}

#[test]
fn hostile_a_renamed_duplicate_never_takes_an_id_the_file_gives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "staff.csv",
        "id,name,manager\nX,Ann,\nX,Ben,\nX-2,Cat,\nD,Dan,X-2\n",
    );
    let out_path = dir.path().join("out.ron");
    let (code, out) = orgsplit(&["import", &path, "-o", &out_path.to_string_lossy()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("id \"X\" on lines 2, 3; renamed X-3"), "{out}");
    let design = orgsplit::io::load_file(&out_path).expect("loads");
    let dan = design.scenarios[0].placement_of("D").expect("placed");
    assert_eq!(dan.manager.as_deref(), Some("X-2"));
    assert_eq!(design.person_name("X-2"), "Cat");
}

#[cfg(unix)]
#[test]
fn hostile_special_files_are_refused_and_links_written_through() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "design.ron", SAMPLE);
    let (code, out) = orgsplit(&["export", &path, "--format", "svg", "-o", "/dev/full"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not a regular file"), "{out}");
    assert!(
        std::fs::metadata("/dev/full").is_ok_and(|m| !m.is_file()),
        "/dev/full is still a device"
    );
    // fmt on a link formats the file it points at and leaves the link.
    let messy = SAMPLE.replacen("title:", "title :", 1);
    let real = write(dir.path(), "real.ron", &messy);
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let (code, out) = orgsplit(&["fmt", &link.to_string_lossy()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&real).expect("read"), SAMPLE);
    // A named pipe is refused without waiting for a writer.
    let fifo = dir.path().join("pipe.ron");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    for command in ["check", "fmt"] {
        let (code, out) = orgsplit(&[command, &fifo.to_string_lossy()]);
        assert_eq!(code, 2, "{command}: {out}");
        assert!(out.contains("not a regular file"), "{out}");
    }
    let out_path = dir.path().join("x.ron").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["import", &fifo.to_string_lossy(), "-o", &out_path]);
    assert_eq!(code, 2, "{out}");
}

#[test]
fn hostile_names_cannot_drive_the_terminal_or_break_the_svg() {
    let dir = tempfile::tempdir().expect("temp dir");
    let evil = SAMPLE.replacen(
        "name: \"Erik Lund\"",
        "name: \"Erik \\u{1b}[2J\\u{1b}]0;owned\\u{7}Lund\\u{FFFF}\"",
        1,
    );
    let path = write(dir.path(), "design.ron", &evil);
    let (code, bytes) = orgsplit_bytes(&["check", &path]);
    assert_eq!(code, 1);
    assert!(
        !bytes.contains(&0x1b) && !bytes.contains(&0x07),
        "no control bytes sent"
    );
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(
        text.contains("Erik \\u{1b}[2J\\u{1b}]0;owned\\u{7}Lund"),
        "{text}"
    );
    let svg = dir.path().join("chart.svg");
    let (code, out) = orgsplit(&[
        "export",
        &path,
        "--scenario",
        "option-a",
        "--format",
        "svg",
        "-o",
        &svg.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
    let svg_text = std::fs::read_to_string(&svg).expect("written");
    assert!(
        roxmltree::Document::parse(&svg_text).is_ok(),
        "well-formed XML"
    );
    let png = dir.path().join("chart.png");
    let (code, out) = orgsplit(&[
        "export",
        &path,
        "--scenario",
        "option-a",
        "--format",
        "png",
        "--scale",
        "0.5",
        "-o",
        &png.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn hostile_encodings_are_read_right_or_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("out.ron").to_string_lossy().into_owned();
    // UTF-16 without a byte-order mark.
    let text = "id,name\n1,José Núñez\n2,Zoë Brontë\n";
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let path = dir.path().join("utf16.csv");
    std::fs::write(&path, utf16).expect("write");
    let (code, out) = orgsplit(&["import", &path.to_string_lossy(), "-o", &out_path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("UTF-16LE"), "{out}");
    let design = orgsplit::io::load_file(Path::new(&out_path)).expect("loads");
    assert!(design.people.iter().any(|p| p.name == "José Núñez"));
    // UTF-8 with one broken byte stays UTF-8; the line is named.
    let mut bytes = "id,name\n1,José Núñez\n".as_bytes().to_vec();
    bytes.extend(b"2,Bad \xff Byte\n");
    let path = dir.path().join("broken.csv");
    std::fs::write(&path, bytes).expect("write");
    let (code, out) = orgsplit(&["import", &path.to_string_lossy(), "-o", &out_path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("line 3: bytes that are not UTF-8"), "{out}");
    let design = orgsplit::io::load_file(Path::new(&out_path)).expect("loads");
    assert!(design.people.iter().any(|p| p.name == "José Núñez"));
}

#[test]
fn hostile_empty_files_and_bombs_are_refused_with_a_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = write(dir.path(), "empty.ron", "");
    let (code, out) = orgsplit(&["export", &empty, "--format", "svg", "-o", "-"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("empty"), "{out}");
    // A workbook whose one cell inflates to 2 MiB from a few kilobytes.
    let bomb = dir.path().join("bomb.xlsx");
    std::fs::write(&bomb, include_bytes!("../fixtures/import/cell-bomb.xlsx")).expect("write");
    let out_path = dir.path().join("out.ron").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["import", &bomb.to_string_lossy(), "-o", &out_path]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("one of its cells holds more than 1 MiB of text"),
        "{out}"
    );
    // More rows than a design can hold.
    let mut rows = String::from("id,name\n");
    for i in 0..150_001 {
        rows.push_str(&format!("{i},P\n"));
    }
    let path = write(dir.path(), "huge.csv", &rows);
    let (code, out) = orgsplit(&["import", &path, "-o", &out_path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("it has 150001 rows; Orgsplit imports up to 150000"),
        "{out}"
    );
}

#[test]
fn a_skills_survey_goes_out_and_its_answers_come_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let design = write(dir.path(), "design.ron", SAMPLE);
    let survey = dir.path().join("survey.csv").to_string_lossy().into_owned();
    let (code, out) = orgsplit(&["skills-template", &design, "-o", &survey]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("wrote a skills survey of 68 people (17 skills and 5 work styles)"),
        "{out}"
    );
    // Filled in: Margaret Holm (p001) gets COBOL 2, and a 7 somewhere is refused by line.
    let text = std::fs::read_to_string(&survey).expect("written");
    let header: Vec<&str> = text.lines().next().expect("header").split(',').collect();
    let cobol = header
        .iter()
        .position(|h| *h == "COBOL")
        .expect("COBOL column");
    let filled: Vec<String> = text
        .lines()
        .map(|line| {
            let mut cells: Vec<String> = line.split(',').map(str::to_owned).collect();
            if cells[0] == "p001" {
                cells[cobol] = "2".into();
            }
            if cells[0] == "p002" {
                cells[cobol] = "7".into();
            }
            cells.join(",")
        })
        .collect();
    let filled_path = write(dir.path(), "filled.csv", &(filled.join("\n") + "\n"));
    let out_path = dir.path().join("out.ron");
    let (code, out) = orgsplit(&[
        "apply-skills",
        &design,
        &filled_path,
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("line 3: COBOL \"7\" for p002 is not a level from 1 to 5; not used"),
        "{out}"
    );
    let after = orgsplit::io::load_file(&out_path).expect("loads");
    assert_eq!(
        after.person("p001").and_then(|p| p.level_of("cobol")),
        Some(2)
    );
    // A survey naming nobody of the design changes nothing.
    let strangers = write(dir.path(), "strangers.csv", "id,COBOL\nzz1,3\nzz2,4\n");
    let (code, out) = orgsplit(&[
        "apply-skills",
        &design,
        &strangers,
        "-o",
        &out_path.to_string_lossy(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no row names a person of the design"), "{out}");
}

/// `orgsplit refresh`: next month's export of the sample updates it into a new file with
/// the leaver, joiner and mover listed; an export without ids is refused (exit 1) and
/// nothing is written.
#[test]
fn refresh_writes_the_updated_design_and_lists_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("next.ron");
    let export =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/sample-next-month.csv");
    let (code, text) = orgsplit(&[
        "refresh",
        "assets/designs/sample.ron",
        &export.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
        "--json",
    ]);
    assert_eq!(code, 0, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(report["leavers"][0]["name"], "Erik Lund");
    assert_eq!(report["joiners"][0]["name"], "Zoe Quinn");
    assert_eq!(report["movers"][0]["to"], "ERP, reporting to Sofia Rossi");
    assert_eq!(
        report["movers"][0]["conflicts"][0]["option"],
        "Option A — dual CIO"
    );
    assert!(report["changed"].as_array().is_some_and(Vec::is_empty));
    assert_eq!(
        report["unmatched"][0]["reason"],
        "its manager \"nobody\" is not in the export, so HR places them under nobody"
    );
    let (code, text) = orgsplit(&["check", &out.to_string_lossy()]);
    assert!(code <= 1, "the written design loads: {text}");
    assert!(!text.contains("Erik Lund"), "{text}");
    let names = write(
        dir.path(),
        "names.csv",
        "name,team\nAna Silva,ERP\nAna Silva,CRM\n",
    );
    let refused = dir.path().join("refused.ron");
    let (code, text) = orgsplit(&[
        "refresh",
        "assets/designs/sample.ron",
        &names,
        "-o",
        &refused.to_string_lossy(),
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("names.csv has no id column"), "{text}");
    assert!(!refused.exists());
}

/// `orgsplit merge`, `diff` and `describe`: an option from a colleague's copy comes in under
/// a name of its own; `diff` lists it (exit 1) and says two copies are the same (exit 0);
/// `describe` prints seats as text for a git diff driver.
#[test]
fn merge_diff_and_describe_work_between_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let theirs = SAMPLE.replace(
        "name: \"Option B — dual CIO + cross-training\"",
        "name: \"Option B — their version\"",
    );
    assert_ne!(theirs, SAMPLE, "the option's name was found");
    let theirs = write(dir.path(), "theirs.ron", &theirs);
    let merged = dir.path().join("merged.ron");
    let (code, text) = orgsplit(&[
        "merge",
        "assets/designs/sample.ron",
        &theirs,
        "--options",
        "option-b",
        "-o",
        &merged.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(
            "  Option B — their version (option-b-2): 1 of this design's people unplaced there"
        ),
        "{text}"
    );
    let merged = merged.to_string_lossy().into_owned();
    let (code, text) = orgsplit(&["diff", "assets/designs/sample.ron", &merged]);
    assert_eq!(code, 1, "{text}");
    assert_eq!(
        text,
        "Option Option B — their version (option-b-2): added\n"
    );
    let (code, text) = orgsplit(&["diff", &merged, &merged]);
    assert_eq!((code, text.as_str()), (0, "The designs are the same.\n"));
    let (code, text) = orgsplit(&[
        "merge",
        "assets/designs/sample.ron",
        "assets/designs/sample.ron",
        "-o",
        &merged,
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("there is nothing to bring in"), "{text}");
    let (code, text) = orgsplit(&["describe", "assets/designs/sample.ron"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("Option Option B — dual CIO + cross-training (option-b):\n"),
        "{text}"
    );
}
