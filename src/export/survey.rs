//! The skills survey: HR exports carry no skills or work styles, yet the whole analysis rests
//! on them. A survey goes out as a workbook (or CSV) with a row per person and a column per
//! catalogue skill and work-style dimension, levels already known filled in, and comes back
//! through *Import skills…* / `orgsplit apply-skills`, which reads exactly this shape (a
//! wide skills file: people by id, columns by skill or dimension name).

use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, Note, Workbook, XlsxError};

use super::csv_table::inert;
use crate::model::{Design, ScenarioIndex};

/// The columns that say who a row is, before the skills.
const WHO: [&str; 4] = ["id", "name", "title", "team"];

/// Level words after SFIA's levels of responsibility, in our own words.
const LEVELS: [(u8, &str, &str); 5] = [
    (
        1,
        "Aware",
        "knows what it is and what it is for; has not done it on their own",
    ),
    (2, "Assisted", "does routine tasks in it with guidance"),
    (
        3,
        "Independent",
        "works with it unsupervised; the level most needs are set at",
    ),
    (4, "Advanced", "handles the hard cases; others come to them"),
    (
        5,
        "Expert",
        "sets direction; the person to ask when nobody else knows",
    ),
];

/// The survey for `path`: CSV when its name ends in `.csv`, else an .xlsx workbook.
pub fn survey_file(design: &Design, path: &std::path::Path) -> Result<Vec<u8>, String> {
    if is_csv(path) {
        survey_csv(design)
    } else {
        survey_xlsx(design)
    }
}

/// Whether `path` names a CSV file.
pub fn is_csv(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// The survey as rows of text: the header, then a row per person (open roles left out), in
/// roster order; each skill and dimension column holds the level or score known, or is blank.
pub fn survey_rows(design: &Design) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header: Vec<String> = WHO.iter().map(|s| (*s).to_owned()).collect();
    header.extend(design.skills.iter().map(|s| s.name.clone()));
    header.extend(design.work_styles.iter().map(|w| w.name.clone()));
    let ix = ScenarioIndex::new(design, 0);
    let rows = design
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.open_role)
        .map(|(i, p)| {
            let team = ix
                .as_ref()
                .and_then(|ix| ix.seat[i])
                .map(|s| design.units[s.unit].name.clone())
                .unwrap_or_default();
            let mut row = vec![p.id.clone(), p.name.clone(), p.title.clone(), team];
            row.extend(design.skills.iter().map(|s| {
                p.level_of(&s.id)
                    .map_or_else(String::new, |l| l.to_string())
            }));
            row.extend(design.work_styles.iter().map(|w| {
                p.score_of(&w.id)
                    .map_or_else(String::new, |l| l.to_string())
            }));
            row
        })
        .collect();
    (header, rows)
}

/// The survey as CSV (UTF-8 with a byte-order mark, for Excel), cells a spreadsheet would
/// run made text.
pub fn survey_csv(design: &Design) -> Result<Vec<u8>, String> {
    let (header, rows) = survey_rows(design);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: csv::Error| format!("the survey could not be written: {e}");
    out.write_record(header.iter().map(|h| inert(h).into_owned()))
        .map_err(fail)?;
    for row in &rows {
        out.write_record(row.iter().map(|c| inert(c).into_owned()))
            .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| format!("the survey could not be written: {e}"))
}

/// The survey as an .xlsx workbook: "Survey" to fill in (levels and scores checked as whole
/// numbers 1–5 as they are typed, each column's header with a note saying what it is) and
/// "How to fill it in" with the scale.
pub fn survey_xlsx(design: &Design) -> Result<Vec<u8>, String> {
    build_xlsx(design).map_err(|e| format!("the survey could not be written: {e}"))
}

fn build_xlsx(design: &Design) -> Result<Vec<u8>, XlsxError> {
    let (header, rows) = survey_rows(design);
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("Survey")?;
    for (c, h) in header.iter().enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, h, &bold)?;
        sheet.set_column_width(col, if c < WHO.len() { 22 } else { 14 })?;
    }
    let first = WHO.len();
    for (k, skill) in design.skills.iter().enumerate() {
        let critical = if skill.critical { ", critical" } else { "" };
        let note = Note::new(format!(
            "{} ({} skill{critical}): 1 aware … 5 expert; blank = not assessed",
            skill.name,
            skill.area.label()
        ));
        sheet.insert_note(0, (first + k) as u16, &note)?;
    }
    let dims = first + design.skills.len();
    for (k, dim) in design.work_styles.iter().enumerate() {
        let note = Note::new(format!(
            "{}: 1 = {} … 5 = {}; blank = not known. A way of working, not a rating.",
            dim.name, dim.low, dim.high
        ));
        sheet.insert_note(0, (dims + k) as u16, &note)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let line = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            match cell.parse::<u8>() {
                Ok(level) if c >= first => {
                    sheet.write_number(line, col, f64::from(level))?;
                }
                _ if cell.is_empty() => {}
                _ => {
                    sheet.write_string(line, col, cell)?;
                }
            }
        }
    }
    let last_col = header.len().saturating_sub(1) as u16;
    if header.len() > first && !rows.is_empty() {
        let check = DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(1, 5))
            .set_error_title("A level from 1 to 5")?
            .set_error_message(
                "Levels and scores are whole numbers from 1 to 5; leave the cell blank when \
                 it is not known.",
            )?;
        sheet.add_data_validation(1, first as u16, rows.len() as u32, last_col, &check)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let help = book.add_worksheet();
    help.set_name("How to fill it in")?;
    help.set_column_width(0, 14)?;
    help.set_column_width(1, 90)?;
    let lines = [
        "One row per person. Fill in a level from 1 to 5 for each skill they have, and a \
         score from 1 to 5 for each work style; leave a cell blank when it is not known \
         (blank is never read as 0 or as low).",
        "Do not change the id column: it is how the answers find their way back. Names, \
         titles and teams are there to help; changing them does nothing.",
        "Return the file to whoever sent it: Orgsplit reads it back with File ▸ Import \
         skills… (or orgsplit apply-skills). A row left blank leaves that person as they were.",
    ];
    let mut row = 0u32;
    for text in lines {
        help.write_string(row, 1, text)?;
        row += 1;
    }
    row += 1;
    help.write_string_with_format(row, 0, "Skill level", &bold)?;
    help.write_string_with_format(row, 1, "What it means", &bold)?;
    for (level, word, meaning) in LEVELS {
        row += 1;
        help.write_number(row, 0, f64::from(level))?;
        help.write_string(row, 1, format!("{word}: {meaning}"))?;
    }
    row += 2;
    help.write_string_with_format(row, 0, "Work style", &bold)?;
    help.write_string_with_format(row, 1, "From 1 to 5", &bold)?;
    for dim in &design.work_styles {
        row += 1;
        help.write_string(row, 0, &dim.name)?;
        help.write_string(row, 1, format!("1 = {} … 5 = {}", dim.low, dim.high))?;
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply;
    use crate::import::{read, read_skills};
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn the_survey_goes_out_and_comes_back_with_the_levels_filled_in() {
        let mut design = parse_design(SAMPLE_RON).expect("sample");
        // What comes back: the workbook, with one person's COBOL changed and a score added,
        // read through the same path as Import skills… takes.
        let (header, mut rows) = survey_rows(&design);
        let cobol = header
            .iter()
            .position(|h| h == "COBOL")
            .expect("a COBOL column");
        let ana = rows
            .iter()
            .position(|r| r[1] == "Ana Silva")
            .expect("Ana is surveyed");
        assert_eq!(rows[ana][cobol], "5", "known levels are filled in");
        rows[ana][cobol] = "4".into();
        let bytes = survey_xlsx(&design).expect("writes");
        let (table, kind) = read(&bytes).expect("reads back");
        assert_eq!(kind, "Excel workbook");
        assert_eq!(table.headers, header);
        assert_eq!(table.rows.len(), rows.len());
        // The workbook holds the levels as written.
        let cell = |r: usize, c: usize| table.cell(&table.rows[r], c).to_owned();
        assert_eq!(cell(ana, cobol), "5");
        // A filled-in CSV survey applies: Ana's COBOL is now 4.
        let mut text = header.join(",") + "\n";
        for row in &rows {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        let (table, _) = read(text.as_bytes()).expect("reads");
        let found = read_skills(&table, &design).expect("a skills file");
        assert!(found.out_of_range.is_empty(), "{:?}", found.out_of_range);
        assert!(found.unknown_skills.is_empty());
        let command = found.command(&design, &[]);
        apply(&mut design, &command).expect("applies");
        let ana_id = &rows[ana][0];
        assert_eq!(
            design.person(ana_id).and_then(|p| p.level_of("cobol")),
            Some(4)
        );
        // CSV out, with its byte-order mark.
        let csv = survey_csv(&design).expect("writes");
        assert!(csv.starts_with(b"\xEF\xBB\xBFid,name,title,team,"));
    }
}
