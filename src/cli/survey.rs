//! `orgsplit skills-template` and `orgsplit apply-skills`: the skills survey out (a workbook
//! or CSV with a row per person and a column per skill and work style) and back in.

use std::io::Write;
use std::path::Path;

use super::import::{add_skills, print_skills};
use super::{EXIT_OK, EXIT_UNREADABLE, check_output, load_or_report};
use crate::export::survey_file;
use crate::io::{save_design, write_shared_atomically};
use crate::model::counted;

/// Writes the skills survey of the design at `path` to `output`: .csv as CSV, anything
/// else as an .xlsx workbook. Exit 2 when the design cannot be read or the survey written,
/// 1 when the design has problems.
pub fn skills_template(path: &Path, output: &Path, out: &mut dyn Write) -> i32 {
    if let Err(why) = check_output(path, output, false) {
        let _ = writeln!(out, "{}: {why}", path.display());
        return EXIT_UNREADABLE;
    }
    let design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let written = survey_file(&design, output).and_then(|b| {
        write_shared_atomically(output, &b)
            .map_err(|e| format!("could not write {}: {e}", output.display()))
    });
    match written {
        Ok(()) => {
            let people = design.people.iter().filter(|p| !p.open_role).count();
            let _ = writeln!(
                out,
                "{}: wrote a skills survey of {} ({} and {}) to {}",
                path.display(),
                counted(people, "person", "people"),
                counted(design.skills.len(), "skill", "skills"),
                counted(design.work_styles.len(), "work style", "work styles"),
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

/// Applies a filled skills survey (or any skills file) to the design at `path` and writes
/// the result to `output`. Blank cells leave people as they were. Exit 2 when a file cannot
/// be read or written, 1 when the survey identifies nobody or the design has problems.
pub fn apply_skills(
    path: &Path,
    survey: &Path,
    output: &Path,
    json: bool,
    out: &mut dyn Write,
) -> i32 {
    if let Err(why) = check_output(survey, output, false) {
        let _ = writeln!(out, "{}: {why}", survey.display());
        return EXIT_UNREADABLE;
    }
    let mut design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let skills = match add_skills(survey, &mut design) {
        Ok(s) => s,
        Err((code, why)) => {
            let _ = writeln!(out, "{why}");
            return code;
        }
    };
    if skills.people == 0 {
        print_skills(out, &skills);
        let _ = writeln!(
            out,
            "{}: no row names a person of the design (by id or name); nothing was written",
            survey.display()
        );
        return super::EXIT_PROBLEMS;
    }
    if let Err(why) = save_design(output, &design) {
        let _ = writeln!(out, "{why}");
        return EXIT_UNREADABLE;
    }
    if json {
        let _ = match serde_json::to_string_pretty(&skills) {
            Ok(text) => writeln!(out, "{text}"),
            Err(e) => writeln!(out, "{{\"error\": \"{e}\"}}"),
        };
    } else {
        print_skills(out, &skills);
        let _ = writeln!(out, "Wrote {}", output.display());
    }
    EXIT_OK
}
