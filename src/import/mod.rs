//! Bringing an organisation in from an HR export: bytes → text (encoding detected) → table
//! (delimiter sniffed) → mapping of columns to fields (guessed from the headers) → a new
//! design whose option is the organisation as imported, with a report that accounts for
//! every row. Pure: the command line uses it today, the app's import dialog will.

mod build;
mod mapping;
mod report;
mod skills;
mod spreadsheet;
mod table;
mod text;
mod words;

pub use build::{MAX_ROWS, NOT_DISCLOSED, build};
pub use mapping::{Field, ManagerRef, Mapping, guess_manager_ref, guess_mapping};
pub use report::{
    Ambiguous, Cycle, Duplicate, Imported, Report, Skipped, TeamFound, Unmatched, Unreadable,
    delimiter_words, source_text, summary,
};
pub use skills::{OutOfRange, SkillsImport, UnknownSkill, read_skills};
pub use spreadsheet::Choice;
pub use table::{Table, TableRow, read_table, read_table_at};
pub use text::{Decoded, decode};
pub use words::{NotAnAmount, parse_amount, suggest_mode};

/// Reads an export's bytes into a table and the name of its encoding (or, for a
/// spreadsheet, of its format). Spreadsheets are told from text by their signature, not
/// their file name.
pub fn read(bytes: &[u8]) -> Result<(Table, &'static str), String> {
    read_with(bytes, &Choice::default())
}

/// [`read`] with a worksheet (spreadsheets) or header row chosen.
pub fn read_with(bytes: &[u8], choice: &Choice) -> Result<(Table, &'static str), String> {
    if let Some(kind) = spreadsheet::kind(bytes) {
        return Ok((spreadsheet::read_spreadsheet_with(bytes, choice)?, kind));
    }
    if choice.sheet.is_some() {
        return Err("it is a text file, which has no worksheets to choose from".into());
    }
    let decoded = decode(bytes)?;
    let mut table = read_table_at(&decoded.text, choice.header_line)?;
    table.not_utf8_lines = decoded.not_utf8_lines;
    Ok((table, decoded.encoding))
}

#[cfg(test)]
mod tests;
