//! `orgsplit merge`: options a colleague made in another design file brought into this one,
//! written as a new design; people only the other file has are listed, and added with
//! `--add-people`.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, check_output, load_or_report, print_json};
use crate::io::save_design;
use crate::versions::merge as merged;

/// Brings the options `options` (ids, comma-separated; all when `None`) of `other` into the
/// design at `path` and writes `output`: exit 0 when written, 1 when there is nothing to
/// bring in or an option id is unknown, 2 when a file cannot be read or written.
pub fn merge(
    path: &Path,
    other: &Path,
    options: Option<&str>,
    add_people: bool,
    output: &Path,
    json: bool,
    out: &mut dyn Write,
) -> i32 {
    for input in [path, other] {
        if let Err(why) = check_output(input, output, false) {
            let _ = writeln!(out, "{}: {why}", input.display());
            return EXIT_UNREADABLE;
        }
    }
    let design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let theirs = match load_or_report(other, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let chosen: Option<Vec<String>> = options.map(|list| {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    });
    let file = crate::io::file_name(other);
    let result = match merged(&design, &theirs, chosen.as_deref(), add_people, &file) {
        Ok(m) => m,
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", other.display());
            return EXIT_PROBLEMS;
        }
    };
    if let Err(why) = save_design(output, &result.design) {
        let _ = writeln!(
            out,
            "{}: could not write {}: {why}",
            path.display(),
            output.display()
        );
        return EXIT_UNREADABLE;
    }
    let r = &result.report;
    if json {
        print_json(out, path, r);
        return EXIT_OK;
    }
    let _ = writeln!(out, "Brought in from {file} (wrote {}):", output.display());
    for o in &r.options {
        let renamed = o
            .renamed_from
            .as_ref()
            .map_or(String::new(), |n| format!(" (renamed from {n})"));
        let _ = writeln!(
            out,
            "  {} ({}){renamed}: {} of this design's people unplaced there",
            o.name, o.id, o.unplaced
        );
    }
    if !r.unknown_people.is_empty() {
        let names: Vec<String> = r
            .unknown_people
            .iter()
            .map(|(id, name)| format!("{name} ({id})"))
            .collect();
        let what = if r.people_added {
            "added to the roster"
        } else {
            "not on this design's roster, so left out (--add-people adds them)"
        };
        let _ = writeln!(out, "  {}: {what}", names.join(", "));
    }
    for (kind, names) in [
        ("units", &r.new_units),
        ("sponsors", &r.new_sponsors),
        ("skills", &r.new_skills),
    ] {
        if !names.is_empty() {
            let _ = writeln!(out, "  new {kind}: {}", names.join(", "));
        }
    }
    if !r.already_here.is_empty() {
        let _ = writeln!(
            out,
            "  already here, left out: {}",
            r.already_here.join(", ")
        );
    }
    EXIT_OK
}
