//! What an import did, row by row: the report every import writes (shown before anything is
//! committed, kept in the design's notes, printed by `orgsplit import`), in which every row is
//! accounted for — imported, or listed with its line and why not.

use serde::Serialize;

use crate::model::{Design, Mode, counted};

/// A row that did not become a person, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub reason: String,
}

/// A manager name that matches several people: the row, the name, the candidates' ids and,
/// once the user has picked one in the import dialog, the one picked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ambiguous {
    pub line: u64,
    pub value: String,
    pub candidates: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen: Option<String>,
}

/// A value that could not be read, kept as unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unreadable {
    pub line: u64,
    pub column: String,
    pub value: String,
}

/// A manager reference that matches nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub line: u64,
    pub value: String,
}

/// A reporting cycle, broken by dropping the manager of the row at `line`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cycle {
    pub line: u64,
    pub names: Vec<String>,
}

/// An id used by several rows; the later ones were renamed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    pub id: String,
    pub lines: Vec<u64>,
    pub renamed_to: Vec<String>,
}

/// A team found in the file and the organisation it is suggested for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamFound {
    pub name: String,
    /// "Legacy", "Interaction", or "decide later" when no keyword says.
    pub suggested: String,
    /// The organisation the team was given: the user's choice, else the suggestion;
    /// `Mixed` waits undecided.
    pub mode: Mode,
    pub people: usize,
}

/// What an import did, row by row.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Report {
    pub file: String,
    pub encoding: String,
    /// How a text file's columns were separated (empty for a spreadsheet).
    pub delimiter: String,
    /// The worksheet read, for a spreadsheet.
    pub sheet: Option<String>,
    /// Data rows read (the header not counted).
    pub rows: usize,
    pub people: usize,
    pub open_roles: usize,
    /// People with no manager (several is normal: the CIO, and anyone whose manager is
    /// outside the file).
    pub tops: Vec<String>,
    pub unmatched_managers: Vec<Unmatched>,
    pub cycles: Vec<Cycle>,
    pub duplicate_ids: Vec<Duplicate>,
    pub skipped: Vec<Skipped>,
    pub unreadable: Vec<Unreadable>,
    /// Lines of a UTF-8 file holding bytes that are not UTF-8 (shown as U+FFFD).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_utf8_lines: Vec<u64>,
    /// The line (or sheet row) of the header, from 1: rows above it were titles.
    pub header_line: u64,
    /// Where people's cost came from, in words ("the midpoint of Pay Floor and Pay Ceiling");
    /// empty when no column gave it.
    pub cost_from: String,
    /// Costs worth a second look: 0, or more than 20 times the median.
    pub costs_to_check: Vec<Unreadable>,
    /// Rows of eliminated (abolished, deleted, closed) posts: skipped, and whoever reported
    /// to one reports to its manager (these lines).
    pub repointed: Vec<u64>,
    /// Manager names that match more than one person and the row's team does not settle;
    /// those the user has picked a manager for say which.
    pub ambiguous_managers: Vec<Ambiguous>,
    /// Manager names that matched several people and were settled by the row's team.
    pub resolved_by_team: Vec<u64>,
    pub teams: Vec<TeamFound>,
}

/// The result of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub design: Design,
    pub report: Report,
}

/// "UTF-8, separated by semicolons" or "Excel workbook, sheet Staff".
pub fn source_text(r: &Report) -> String {
    match &r.sheet {
        Some(sheet) => format!("{}, sheet {sheet}", r.encoding),
        None => format!(
            "{}, separated by {}",
            r.encoding,
            delimiter_words(&r.delimiter)
        ),
    }
}

/// A delimiter as a sentence names it.
pub fn delimiter_words(delimiter: &str) -> String {
    match delimiter {
        "," => "commas".into(),
        ";" => "semicolons".into(),
        "|" => "bars".into(),
        "tab" | "\t" => "tabs".into(),
        other => format!("\"{other}\""),
    }
}

/// The report in a few sentences, kept in the design's notes.
pub fn summary(r: &Report) -> String {
    let mut s = format!(
        "Imported from {} ({}): {}, {}, {}, {} skipped.",
        r.file,
        source_text(r),
        counted(r.rows, "row", "rows"),
        counted(r.people, "person", "people"),
        counted(r.open_roles, "open role", "open roles"),
        counted(r.skipped.len(), "row", "rows"),
    );
    if !r.unmatched_managers.is_empty() {
        s.push_str(&format!(
            " {} matched nobody.",
            counted(
                r.unmatched_managers.len(),
                "manager reference",
                "manager references"
            )
        ));
    }
    if !r.ambiguous_managers.is_empty() {
        s.push_str(&format!(
            " {} several people.",
            counted(
                r.ambiguous_managers.len(),
                "manager name matched",
                "manager names matched"
            )
        ));
    }
    if !r.cost_from.is_empty() {
        s.push_str(&format!(" Cost: {}.", r.cost_from));
    }
    if !r.cycles.is_empty() {
        s.push_str(&format!(
            " {} broken.",
            counted(
                r.cycles.len(),
                "reporting cycle was",
                "reporting cycles were"
            )
        ));
    }
    if !r.duplicate_ids.is_empty() {
        s.push_str(&format!(
            " {} repeated and renamed.",
            counted(r.duplicate_ids.len(), "id was", "ids were")
        ));
    }
    let undecided = r.teams.iter().filter(|t| t.mode == Mode::Mixed).count();
    if undecided > 0 {
        s.push_str(&format!(
            " {} not yet assigned to Legacy or Interaction.",
            counted(undecided, "team is", "teams are")
        ));
    }
    s
}
