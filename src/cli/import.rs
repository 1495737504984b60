//! `orgsplit import`: an HR export (CSV, TSV, or any text table) to a new design file, with a
//! report that accounts for every row.

use std::io::Write;
use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE};
use crate::edit::apply;
use crate::import::{
    Field, ManagerRef, Report, SkillsImport, build, guess_manager_ref, guess_mapping, read,
    read_skills, source_text,
};
use crate::io::save_design;
use crate::model::{Design, counted};

/// Columns chosen on the command line, by header or 1-based number; the rest are guessed.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub id: Option<String>,
    pub name: Option<String>,
    pub title: Option<String>,
    pub manager: Option<String>,
    pub team: Option<String>,
    pub cost: Option<String>,
    /// The worksheet to read, by name or number from 1.
    pub sheet: Option<String>,
    /// The header's line (or sheet row), from 1.
    pub header_row: Option<u64>,
}

fn column_index(headers: &[String], wanted: &str) -> Result<usize, String> {
    if let Ok(n) = wanted.trim().parse::<usize>()
        && (1..=headers.len()).contains(&n)
    {
        return Ok(n - 1);
    }
    headers
        .iter()
        .position(|h| h.eq_ignore_ascii_case(wanted.trim()))
        .ok_or_else(|| {
            format!(
                "there is no column \"{wanted}\"; the columns are {}",
                headers.join(", ")
            )
        })
}

fn print_report(
    out: &mut dyn Write,
    r: &Report,
    columns: &[(Field, String)],
    by: Option<ManagerRef>,
) {
    let _ = writeln!(
        out,
        "{}: {} ({}): {}, {}, {} skipped",
        r.file,
        counted(r.rows, "row", "rows"),
        source_text(r),
        counted(r.people, "person", "people"),
        counted(r.open_roles, "open role", "open roles"),
        counted(r.skipped.len(), "row", "rows"),
    );
    let mapped: Vec<String> = columns
        .iter()
        .map(|(f, h)| format!("{} ← \"{h}\"", f.label()))
        .collect();
    let _ = writeln!(out, "Columns: {}", mapped.join(", "));
    if let Some(by) = by {
        let _ = writeln!(
            out,
            "Manager references are read as {}",
            match by {
                ManagerRef::Ids => "ids",
                ManagerRef::Names => "names",
            }
        );
    }
    if r.header_line > 1 {
        let _ = writeln!(
            out,
            "Header: {} {} (the rows above it are titles; --header-row chooses another)",
            if r.sheet.is_some() { "row" } else { "line" },
            r.header_line
        );
    }
    if !r.cost_from.is_empty() {
        let _ = writeln!(out, "Cost: {}", r.cost_from);
    }
    let _ = writeln!(out, "Tops ({}): {}", r.tops.len(), r.tops.join(", "));
    for a in &r.ambiguous_managers {
        let _ = writeln!(
            out,
            "line {}: manager \"{}\" matches {} people ({}); the row's team does not tell which",
            a.line,
            a.value,
            a.candidates.len(),
            a.candidates.join(", ")
        );
    }
    if !r.resolved_by_team.is_empty() {
        let _ = writeln!(
            out,
            "{}: a manager name shared by several people, settled by the row's team",
            line_list(&r.resolved_by_team)
        );
    }
    if !r.repointed.is_empty() {
        let _ = writeln!(
            out,
            "{}: reported to an eliminated post; now to its manager",
            line_list(&r.repointed)
        );
    }
    for c in &r.costs_to_check {
        let _ = writeln!(
            out,
            "line {}: {}: cost {} — worth checking",
            c.line, c.column, c.value
        );
    }
    for m in &r.unmatched_managers {
        let _ = writeln!(
            out,
            "line {}: manager \"{}\" matches nobody",
            m.line, m.value
        );
    }
    for c in &r.cycles {
        let _ = writeln!(
            out,
            "line {}: reporting cycle {} broken here",
            c.line,
            c.names.join(" → ")
        );
    }
    for d in &r.duplicate_ids {
        let lines: Vec<String> = d.lines.iter().map(u64::to_string).collect();
        let _ = writeln!(
            out,
            "id \"{}\" on lines {}; renamed {}",
            d.id,
            lines.join(", "),
            d.renamed_to.join(", ")
        );
    }
    for s in &r.skipped {
        let _ = writeln!(out, "line {}: skipped: {}", s.line, s.reason);
    }
    if !r.not_utf8_lines.is_empty() {
        let _ = writeln!(
            out,
            "{}: bytes that are not UTF-8, shown as �; check the names there",
            line_list(&r.not_utf8_lines)
        );
    }
    for u in &r.unreadable {
        let _ = writeln!(
            out,
            "line {}: {} \"{}\" could not be read; kept as unknown",
            u.line, u.column, u.value
        );
    }
    for t in &r.teams {
        let _ = writeln!(
            out,
            "team {}: {} ({} {})",
            t.name,
            t.suggested,
            t.people,
            if t.people == 1 { "person" } else { "people" }
        );
    }
}

/// Imports `path` into a new design written to `output`. Exit 0 when a design was written,
/// 1 when the file was read but nothing usable was found or a column given does not exist,
/// 2 when it cannot be read or the design cannot be written.
pub fn import(
    path: &Path,
    skills: Option<&Path>,
    output: &Path,
    chosen: &Columns,
    json: bool,
    out: &mut dyn Write,
) -> i32 {
    let file = path.display().to_string();
    for input in std::iter::once(path).chain(skills) {
        if let Err(why) = super::check_output(input, output, false) {
            let _ = writeln!(out, "{file}: {why}");
            return EXIT_UNREADABLE;
        }
    }
    let bytes = match crate::io::read_file(path) {
        Ok(b) => b,
        Err(why) => {
            let _ = writeln!(out, "{file}: cannot be read: {why}");
            return EXIT_UNREADABLE;
        }
    };
    let choice = crate::import::Choice {
        sheet: chosen.sheet.clone(),
        header_line: chosen.header_row,
    };
    let (table, encoding) = match crate::import::read_with(&bytes, &choice) {
        Ok(t) => t,
        Err(why) => {
            let _ = writeln!(out, "{file}: {why}");
            return EXIT_UNREADABLE;
        }
    };
    let mut mapping = guess_mapping(&table);
    let overrides = [
        (Field::Id, &chosen.id),
        (Field::Name, &chosen.name),
        (Field::Title, &chosen.title),
        (Field::Manager, &chosen.manager),
        (Field::Team, &chosen.team),
        (Field::Cost, &chosen.cost),
    ];
    for (field, wanted) in overrides {
        if let Some(wanted) = wanted {
            match column_index(&table.headers, wanted) {
                Ok(c) => {
                    mapping.columns.retain(|(f, col)| *f != field && *col != c);
                    mapping.set(field, Some(c));
                }
                Err(why) => {
                    let _ = writeln!(out, "{file}: {why}");
                    return EXIT_PROBLEMS;
                }
            }
        }
    }
    mapping.manager_ref = guess_manager_ref(&table, &mapping);
    // The design names the file, not the folder it was in on this machine.
    let name = path
        .file_name()
        .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
    let mut imported = match build(&table, &mapping, &name, encoding) {
        Ok(i) => i,
        Err(why) => {
            let _ = writeln!(out, "{file}: {why}");
            return EXIT_PROBLEMS;
        }
    };
    let skills = match skills.map(|p| add_skills(p, &mut imported.design)) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err((code, why))) => {
            let _ = writeln!(out, "{why}");
            return code;
        }
    };
    if let Err(why) = save_design(output, &imported.design) {
        let _ = writeln!(out, "{why}");
        return EXIT_UNREADABLE;
    }
    if json {
        let mut value = serde_json::to_value(&imported.report).unwrap_or_default();
        if let (Some(skills), Some(object)) = (&skills, value.as_object_mut()) {
            object.insert(
                "skills".into(),
                serde_json::to_value(skills).unwrap_or_default(),
            );
        }
        match serde_json::to_string_pretty(&value) {
            Ok(text) => {
                let _ = writeln!(out, "{text}");
            }
            Err(e) => {
                let _ = writeln!(out, "{{\"error\": \"{e}\"}}");
            }
        }
    } else {
        let columns: Vec<(Field, String)> = Field::ALL
            .iter()
            .filter_map(|&f| {
                mapping
                    .column(f)
                    .and_then(|c| table.headers.get(c))
                    .map(|h| (f, h.clone()))
            })
            .collect();
        print_report(out, &imported.report, &columns, mapping.manager_ref);
        if let Some(skills) = &skills {
            print_skills(out, skills);
        }
        let _ = writeln!(out, "Wrote {}", output.display());
    }
    EXIT_OK
}

/// Reads a skills file onto the imported design; unknown skills join the catalogue with the
/// area their name suggests (the command line cannot ask). `Err` holds the exit code and a
/// sentence naming the file.
pub(super) fn add_skills(path: &Path, design: &mut Design) -> Result<SkillsImport, (i32, String)> {
    let file = path.display().to_string();
    let bytes = crate::io::read_file(path)
        .map_err(|why| (EXIT_UNREADABLE, format!("{file}: cannot be read: {why}")))?;
    let (table, _) = read(&bytes).map_err(|why| (EXIT_UNREADABLE, format!("{file}: {why}")))?;
    let skills =
        read_skills(&table, design).map_err(|why| (EXIT_PROBLEMS, format!("{file}: {why}")))?;
    let areas: Vec<_> = skills.unknown_skills.iter().map(|u| Some(u.area)).collect();
    apply(design, &skills.command(design, &areas))
        .map_err(|why| (EXIT_PROBLEMS, format!("{file}: {why}")))?;
    Ok(skills)
}

/// "line 4" or "lines 4, 9".
fn line_list(lines: &[u64]) -> String {
    let numbers: Vec<String> = lines.iter().map(u64::to_string).collect();
    let word = if numbers.len() == 1 { "line" } else { "lines" };
    format!("{word} {}", numbers.join(", "))
}

pub(super) fn print_skills(out: &mut dyn Write, s: &SkillsImport) {
    let _ = writeln!(
        out,
        "Skills ({} file, {}): {} and {} for {}",
        s.shape,
        counted(s.rows, "row", "rows"),
        counted(s.levels.len(), "skill level", "skill levels"),
        counted(s.scores.len(), "work-style score", "work-style scores"),
        counted(s.people, "person", "people")
    );
    for u in &s.unknown_skills {
        let _ = writeln!(
            out,
            "new skill \"{}\" added as {} ({})",
            u.name,
            u.area.label(),
            counted(u.levels.len(), "level", "levels")
        );
    }
    for o in &s.out_of_range {
        let _ = writeln!(
            out,
            "line {}: {} \"{}\" for {} is not a level from 1 to 5; not used",
            o.line, o.skill, o.value, o.person
        );
    }
    for k in &s.skipped {
        let _ = writeln!(out, "line {}: skipped: {}", k.line, k.reason);
    }
    for c in &s.ignored_columns {
        let _ = writeln!(out, "column \"{c}\" holds no levels; left alone");
    }
}
