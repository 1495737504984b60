//! `orgsplit refresh`: a design's staff updated from a newer HR export into a new design
//! file, with the leavers, joiners, movers (and the options that keep their own placement
//! of them), changed values and unused rows listed.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, check_output, load_or_report, print_json};
use crate::io::save_design;
use crate::model::today;
use crate::versions::{RefreshReport, refresh as refreshed};

/// Updates the design at `path` from `export` (its worksheet and header row as `choice`
/// says, else found) into `output`: exit 0 when written, 1 when the export cannot be
/// matched to the design, 2 when a file cannot be read or written.
pub fn refresh(
    path: &Path,
    export: &Path,
    choice: &crate::import::Choice,
    output: &Path,
    json: bool,
    out: &mut dyn Write,
) -> i32 {
    for input in [path, export] {
        if let Err(why) = check_output(input, output, false) {
            let _ = writeln!(out, "{}: {why}", input.display());
            return EXIT_UNREADABLE;
        }
    }
    let design = match load_or_report(path, out) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let file = crate::io::file_name(export);
    let table =
        crate::io::read_file(export).and_then(|bytes| crate::import::read_with(&bytes, choice));
    let (table, encoding) = match table {
        Ok(t) => t,
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", export.display());
            return EXIT_UNREADABLE;
        }
    };
    let update = match refreshed(&design, &table, &file, encoding, &today()) {
        Ok(u) => u,
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", export.display());
            return EXIT_PROBLEMS;
        }
    };
    if let Err(why) = save_design(output, &update.design) {
        let _ = writeln!(
            out,
            "{}: could not write {}: {why}",
            path.display(),
            output.display()
        );
        return EXIT_UNREADABLE;
    }
    if json {
        print_json(out, path, &update.report);
    } else {
        print_report(out, &update.report, &file, output);
    }
    EXIT_OK
}

fn print_report(out: &mut dyn Write, r: &RefreshReport, file: &str, output: &Path) {
    let _ = writeln!(
        out,
        "Staff updated from {file}: {}. Wrote {}.",
        r.summary(),
        output.display()
    );
    if r.matched_by_name {
        let _ = writeln!(
            out,
            "  matched by name: the export has no ids, and no name is shared"
        );
    }
    for l in &r.leavers {
        let what = if l.open_role {
            "open role closed"
        } else {
            "left"
        };
        let _ = writeln!(out, "  {what}: {} ({}), was {}", l.name, l.id, l.from);
    }
    for line in &r.breaks {
        let _ = writeln!(out, "    {line}");
    }
    for j in &r.joiners {
        let _ = writeln!(out, "  joined: {} ({}), {}", j.name, j.id, j.to);
        if !j.unplaced_in.is_empty() {
            let _ = writeln!(
                out,
                "    unplaced in {} (their manager is not placed there)",
                j.unplaced_in.join(", ")
            );
        }
    }
    for m in &r.movers {
        let _ = writeln!(out, "  moved: {} ({}): {} → {}", m.name, m.id, m.from, m.to);
        for c in &m.conflicts {
            let _ = writeln!(out, "    {} places them in {} — kept", c.option, c.kept);
        }
    }
    for c in &r.changed {
        let _ = writeln!(
            out,
            "  changed: {} of {}: {} → {}",
            c.field, c.id, c.from, c.to
        );
    }
    for (id, name) in &r.filled {
        let _ = writeln!(out, "  open role {id} filled by {name}");
    }
    for t in &r.new_teams {
        let _ = writeln!(out, "  new team in the baseline: {t}");
    }
    for u in &r.unmatched {
        let _ = writeln!(out, "  line {}: {}", u.line, u.reason);
    }
}
