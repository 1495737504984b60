//! Command-line commands that need no window: `check`, `fmt`, `compare`, `import`,
//! `export-csv`, `export`, `risks`, `what-if` and `plan`.

mod diff;
mod import;
mod merge;
mod plan;
mod refresh;
mod risks;
mod survey;
mod terminal;

pub use diff::{describe, diff};
pub use import::{Columns, import};
pub use merge::merge;
pub use plan::plan;
pub use refresh::refresh;
pub use risks::{Report, risks, what_if};
pub use survey::{apply_skills, skills_template};
pub use terminal::TerminalSafe;

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::analysis::{Severity, Subject, analyse};
use crate::io::{load_file, to_ron, write_atomically, write_shared_atomically};
use crate::model::Design;

/// Exit code: the file is valid and has no error-level finding.
pub const EXIT_OK: i32 = 0;
/// Exit code: the file was read but has problems or error-level findings.
pub const EXIT_PROBLEMS: i32 = 1;
/// Exit code: the file could not be read.
pub const EXIT_UNREADABLE: i32 = 2;

/// One finding as `orgsplit check --json` prints it: ids rather than indices.
#[derive(Debug, Serialize)]
pub struct JsonFinding {
    pub scenario: String,
    pub severity: Severity,
    pub kind: crate::analysis::FindingKind,
    /// `person` or `unit`.
    pub subject_type: &'static str,
    pub subject_id: String,
    pub message: String,
}

/// The whole `--json` report.
#[derive(Debug, Serialize)]
pub struct JsonReport {
    pub file: String,
    /// Validation problems; when any exist, no findings are computed.
    pub problems: Vec<String>,
    pub findings: Vec<JsonFinding>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Every finding of every scenario, in ids.
pub fn json_findings(design: &Design) -> Vec<JsonFinding> {
    let mut out = Vec::new();
    for (i, scenario) in design.scenarios.iter().enumerate() {
        for f in analyse(design, i).findings {
            let (subject_type, subject_id) = match f.subject {
                Subject::Person(p) => ("person", design.people[p].id.clone()),
                Subject::Unit(u) => ("unit", design.units[u].id.clone()),
            };
            out.push(JsonFinding {
                scenario: scenario.id.clone(),
                severity: f.severity,
                kind: f.kind,
                subject_type,
                subject_id,
                message: f.message,
            });
        }
    }
    out
}

/// Loads and validates `path`, then prints every finding of every scenario, one per line,
/// severity first (or, with `json`, one JSON report).
pub fn check(path: &Path, json: bool, out: &mut dyn Write) -> i32 {
    let (problems, findings, code) = match load_file(path) {
        Ok(design) => {
            let findings = json_findings(&design);
            let names: Vec<(String, String)> = design
                .scenarios
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect();
            let has_error = findings.iter().any(|f| f.severity == Severity::Error);
            if !json {
                for f in &findings {
                    let scenario = names
                        .iter()
                        .find(|(id, _)| *id == f.scenario)
                        .map_or(f.scenario.as_str(), |(_, n)| n.as_str());
                    let _ = writeln!(out, "{}: {scenario}: {}", f.severity.label(), f.message);
                }
            }
            (
                Vec::new(),
                findings,
                if has_error { EXIT_PROBLEMS } else { EXIT_OK },
            )
        }
        Err(err) => {
            let code = if err.is_unreadable() {
                EXIT_UNREADABLE
            } else {
                EXIT_PROBLEMS
            };
            (err.lines(), Vec::new(), code)
        }
    };
    if json {
        let count = |s| findings.iter().filter(|f| f.severity == s).count();
        let report = JsonReport {
            file: path.display().to_string(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            problems,
            findings,
        };
        match serde_json::to_string_pretty(&report) {
            Ok(text) => {
                let _ = writeln!(out, "{text}");
            }
            Err(e) => {
                let _ = writeln!(out, "{{\"error\": \"{e}\"}}");
            }
        }
    } else {
        for line in &problems {
            let _ = writeln!(out, "{line}");
        }
        if code == EXIT_OK || (code == EXIT_PROBLEMS && problems.is_empty()) {
            let c = |s| findings.iter().filter(|f| f.severity == s).count();
            let _ = writeln!(
                out,
                "{}: valid; {}, {}, {}",
                path.display(),
                crate::model::counted(c(Severity::Error), "error", "errors"),
                crate::model::counted(c(Severity::Warning), "warning", "warnings"),
                crate::model::counted(c(Severity::Info), "info", "infos")
            );
        }
    }
    code
}

/// Prints `value` as pretty JSON; a value that cannot be written as JSON gets a line naming
/// `path` instead.
fn print_json(out: &mut dyn Write, path: &Path, value: &impl serde::Serialize) {
    let _ = match serde_json::to_string_pretty(value) {
        Ok(text) => writeln!(out, "{text}"),
        Err(e) => writeln!(out, "{}: {e}", path.display()),
    };
}

/// Loads `path`, or prints why not (one line per problem) and returns the exit code: 2 when
/// it cannot be read, 1 when it is not a valid design.
fn load_or_report(path: &Path, out: &mut dyn Write) -> Result<Design, i32> {
    load_file(path).map_err(|err| {
        for line in err.lines() {
            let _ = writeln!(out, "{line}");
        }
        if err.is_unreadable() {
            EXIT_UNREADABLE
        } else {
            EXIT_PROBLEMS
        }
    })
}

/// Rewrites a valid design in Orgsplit's canonical layout (after hand edits, say), atomically.
pub fn format(path: &Path, out: &mut dyn Write) -> i32 {
    let design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    // Temporaries that killed runs left beside it go, as they do when the window saves.
    crate::io::sweep_beside(path);
    let written = to_ron(&design)
        .map_err(|e| e.to_string())
        .and_then(|text| write_atomically(path, text.as_bytes()).map_err(|e| e.to_string()));
    match written {
        Ok(()) => {
            let _ = writeln!(out, "{}: formatted", path.display());
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(out, "{}: could not write: {e}", path.display());
            EXIT_UNREADABLE
        }
    }
}

/// Resolves `--scenarios ID,ID,…` to indices; without it, every option in file order.
/// The design at `path` and the index of one option (`--scenario ID`, else the first), or
/// the exit code after saying what went wrong: 2 when the file cannot be read, 1 on an
/// unknown option (listing the ids there are).
fn load_scenario(
    path: &Path,
    scenario: Option<&str>,
    out: &mut dyn Write,
) -> Result<(Design, usize), i32> {
    let design = load_or_report(path, out)?;
    match pick_scenarios(&design, scenario) {
        Ok(picked) => {
            let index = picked.first().copied().unwrap_or(0);
            Ok((design, index))
        }
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", path.display());
            Err(EXIT_PROBLEMS)
        }
    }
}

fn pick_scenarios(design: &Design, wanted: Option<&str>) -> Result<Vec<usize>, String> {
    let Some(wanted) = wanted else {
        return Ok((0..design.scenarios.len()).collect());
    };
    let ids: Vec<&str> = design.scenarios.iter().map(|s| s.id.as_str()).collect();
    wanted
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| {
            ids.iter().position(|x| *x == id).ok_or_else(|| {
                format!(
                    "there is no option \"{id}\"; the options are {}",
                    ids.join(", ")
                )
            })
        })
        .collect()
}

/// One seat in words: "Social Media (Customer Interaction IT), reporting to Amira Saleh".
fn seat_words(seat: Option<&crate::analysis::NamedSeat>) -> String {
    seat.map_or_else(|| "not placed".into(), |s| s.describe("reporting to"))
}

/// Prints the options side by side (or, with `json`, the comparison as JSON): figures per
/// option and organisation, and who is placed differently from the first option given.
pub fn compare(path: &Path, scenarios: Option<&str>, json: bool, out: &mut dyn Write) -> i32 {
    let design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let picked = match pick_scenarios(&design, scenarios) {
        Ok(p) if !p.is_empty() => p,
        Ok(_) => {
            let _ = writeln!(out, "{}: no options given to compare", path.display());
            return EXIT_PROBLEMS;
        }
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", path.display());
            return EXIT_PROBLEMS;
        }
    };
    let comparison = crate::analysis::compare(&design, &picked);
    if json {
        return match serde_json::to_string_pretty(&comparison) {
            Ok(text) => {
                let _ = writeln!(out, "{text}");
                EXIT_OK
            }
            Err(e) => {
                let _ = writeln!(out, "{{\"error\": \"{e}\"}}");
                EXIT_PROBLEMS
            }
        };
    }
    let rows = crate::analysis::rows(&comparison);
    let cell_text = |cell: &crate::analysis::Cell| match (&cell.delta, cell.verdict) {
        (Some(delta), Some(v)) if v != crate::analysis::Verdict::Changed => {
            format!("{} ({delta}, {})", cell.text, v.word())
        }
        (Some(delta), _) => format!("{} ({delta})", cell.text),
        _ => cell.text.clone(),
    };
    let label_width = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let columns = comparison.scenarios.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .map(|r| cell_text(&r.cells[c]).chars().count())
                .chain(std::iter::once(
                    comparison.scenarios[c].name.chars().count(),
                ))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let pad = |text: &str, width: usize| {
        let n = text.chars().count();
        format!("{text}{}", " ".repeat(width.saturating_sub(n)))
    };
    let _ = writeln!(
        out,
        "{}: {} compared with {}",
        path.display(),
        crate::model::counted(columns, "option", "options"),
        comparison.scenarios[0].name
    );
    let header: Vec<String> = comparison
        .scenarios
        .iter()
        .zip(&widths)
        .map(|(s, w)| pad(&s.name, *w))
        .collect();
    let _ = writeln!(out, "{}{}", pad("", label_width + 2), header.join(" | "));
    let mut group = "";
    for row in &rows {
        if row.group != group {
            group = &row.group;
            let _ = writeln!(out, "{group}");
        }
        let cells: Vec<String> = row
            .cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| pad(&cell_text(c), *w))
            .collect();
        let _ = writeln!(
            out,
            "  {}{}",
            pad(&row.label, label_width),
            cells.join(" | ").trim_end()
        );
    }
    for column in 1..columns {
        let moves: Vec<_> = comparison.moves_into(column).collect();
        let _ = writeln!(
            out,
            "Placed differently in {} ({}):",
            comparison.scenarios[column].name,
            moves.len()
        );
        for m in moves {
            let _ = writeln!(
                out,
                "  {}: {} → {}",
                m.name,
                seat_words(m.from.as_ref()),
                seat_words(m.to.as_ref())
            );
        }
    }
    EXIT_OK
}

/// Refuses to write `output` when it is `input` itself (an export over the design it was
/// made from would lose the design), or standard output was asked of a command that writes
/// a file. `-` is standard output.
fn check_output(input: &Path, output: &Path, stdout_allowed: bool) -> Result<(), String> {
    if is_stdout(output) && !stdout_allowed {
        return Err("this command writes a file; name one with -o".into());
    }
    if same_file(input, output) {
        return Err(format!(
            "{} is the file being read; writing it would replace it. Choose another name with -o",
            output.display()
        ));
    }
    Ok(())
}

/// Whether two paths name one existing file (through links and hard links alike).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        )
    }
}

/// Whether `output` asks for standard output: `-`, or `/dev/stdout` spelled out.
fn is_stdout(output: &Path) -> bool {
    output == Path::new("-") || output == Path::new("/dev/stdout")
}

/// Writes an export's bytes to `output`, or to standard output for `-`.
fn write_export(output: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if is_stdout(output) {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes)?;
        return stdout.flush();
    }
    write_shared_atomically(output, bytes)
}

/// Exports one option's chart (`--scenario ID`, else the first) or the workshop report,
/// without a window: exit 2 when the design cannot be read or the file cannot be written,
/// 1 on an unknown option or an export that cannot be made (a PNG too large, say).
pub fn export(
    path: &Path,
    scenario: Option<&str>,
    mut request: crate::export::ExportRequest,
    output: &Path,
    out: &mut dyn Write,
) -> i32 {
    if let Err(why) = check_output(path, output, true) {
        let _ = writeln!(out, "{}: {why}", path.display());
        return EXIT_UNREADABLE;
    }
    let (design, index) = match load_scenario(path, scenario, out) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    request.scenario = index;
    let made = match crate::export::render(&design, &request) {
        Ok(made) => made,
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", path.display());
            return EXIT_PROBLEMS;
        }
    };
    match write_export(output, &made.bytes) {
        // The bytes went to standard output: nothing else may.
        Ok(()) if is_stdout(output) => EXIT_OK,
        Ok(()) => {
            let _ = writeln!(
                out,
                "{}: wrote {} to {}",
                path.display(),
                made.summary,
                output.display()
            );
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(
                out,
                "{}: could not write {}: {e}",
                path.display(),
                output.display()
            );
            EXIT_UNREADABLE
        }
    }
}

/// Writes one option (`--scenario ID`, else the first) as CSV for the HR system: exit 2 when
/// the design cannot be read or the table cannot be written, 1 on an unknown option.
pub fn export_csv(path: &Path, scenario: Option<&str>, output: &Path, out: &mut dyn Write) -> i32 {
    if let Err(why) = check_output(path, output, true) {
        let _ = writeln!(out, "{}: {why}", path.display());
        return EXIT_UNREADABLE;
    }
    let (design, index) = match load_scenario(path, scenario, out) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let written = crate::export::scenario_csv(&design, index).and_then(|bytes| {
        write_export(output, &bytes)
            .map_err(|e| format!("could not write {}: {e}", output.display()))
    });
    match written {
        Ok(()) if is_stdout(output) => EXIT_OK,
        Ok(()) => {
            let option = &design.scenarios[index];
            let _ = writeln!(
                out,
                "{}: wrote option {} ({}) to {}",
                path.display(),
                option.name,
                option.id,
                output.display()
            );
            EXIT_OK
        }
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", path.display());
            EXIT_UNREADABLE
        }
    }
}
