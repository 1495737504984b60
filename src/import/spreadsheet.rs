//! Spreadsheets (.xlsx, .xls, .ods) to a table with `calamine`: the first worksheet that has
//! a header row, cached values of formulas, whole numbers without ".0", dates as
//! YYYY-MM-DD, and each row keeping its row number in the sheet so the report can name it.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::table::{Table, TableRow, find_header, split_header};

/// The spreadsheet format the bytes start like, by their signature.
pub fn kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") {
        // Both .xlsx and .ods are zip archives; an OpenDocument one names its type first.
        if bytes
            .windows(b"application/vnd.oasis.opendocument".len())
            .take(200)
            .any(|w| w == b"application/vnd.oasis.opendocument")
        {
            Some("OpenDocument spreadsheet")
        } else {
            Some("Excel workbook")
        }
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some("Excel 97–2003 workbook")
    } else {
        None
    }
}

/// Which worksheet and which header row to read; by default the first sheet holding a
/// table, and its header found under any title rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// A worksheet's name, or its number from 1.
    pub sheet: Option<String>,
    /// The line (sheet row) of the header, from 1.
    pub header_line: Option<u64>,
}

/// Reads the worksheet `choice` names, else the first that holds a table; `Err` says why
/// there is none. A damaged file that makes the spreadsheet reader panic (calamine 0.38
/// overflows on a cell reference with too many column letters, found by fuzzing) is refused
/// like any other unreadable file.
pub fn read_spreadsheet_with(bytes: &[u8], choice: &Choice) -> Result<Table, String> {
    std::panic::catch_unwind(|| read_workbook(bytes, choice)).unwrap_or_else(|_| {
        Err("it could not be read as a spreadsheet (the file looks damaged)".into())
    })
}

/// The most a workbook may inflate to, all its parts together: a 64 MiB CSV's worth of
/// rows as spreadsheet XML, with room to spare. A zip bomb (a few megabytes inflating to
/// gigabytes) is refused before the spreadsheet reader holds any of it in memory.
pub const MAX_INFLATED_BYTES: u64 = 256 * 1024 * 1024;

/// The longest text one cell may hold once inflated: far beyond any name, title or note.
pub const MAX_CELL_BYTES: usize = 1024 * 1024;

/// Inflates every part of a zip-based workbook (.xlsx, .ods) without keeping it, counting
/// the bytes and the longest run of text between two XML tags (a cell's text), and refuses
/// the file past [`MAX_INFLATED_BYTES`] or [`MAX_CELL_BYTES`]. Sizes the archive declares
/// are not trusted: the bytes are counted as they come.
fn check_inflated_size(bytes: &[u8]) -> Result<(), String> {
    check_inflated(bytes, MAX_INFLATED_BYTES, MAX_CELL_BYTES)
}

fn check_inflated(bytes: &[u8], max_total: u64, max_cell: usize) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("it could not be read as a spreadsheet ({e})"))?;
    let mut total: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let mut part = archive
            .by_index(i)
            .map_err(|e| format!("it could not be read as a spreadsheet ({e})"))?;
        let mut run = 0usize;
        loop {
            let n = match std::io::Read::read(&mut part, &mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => return Err(format!("it could not be read as a spreadsheet ({e})")),
            };
            total += n as u64;
            if total > max_total {
                return Err(format!(
                    "it unpacks to more than {} MiB (a spreadsheet of that size, or a damaged or \
                     hostile file); save the sheet as CSV, or import a part of it",
                    max_total / (1024 * 1024)
                ));
            }
            for &b in &buffer[..n] {
                if b == b'<' || b == b'>' {
                    run = 0;
                } else {
                    run += 1;
                    if run > max_cell {
                        return Err(format!(
                            "one of its cells holds more than {} MiB of text (a damaged or \
                             hostile file); Orgsplit does not read it",
                            max_cell / (1024 * 1024)
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

fn read_workbook(bytes: &[u8], choice: &Choice) -> Result<Table, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        check_inflated_size(bytes)?;
    }
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("it could not be read as a spreadsheet ({e})"))?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err("the spreadsheet has no worksheets".into());
    }
    // A sheet asked for by name (without case) or number from 1; else every sheet in turn.
    let wanted: Vec<String> = match &choice.sheet {
        None => names.clone(),
        Some(asked) => {
            let by_number = asked
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| names.get(i));
            let by_name = names.iter().find(|n| n.eq_ignore_ascii_case(asked.trim()));
            match by_name.or(by_number) {
                Some(name) => vec![name.clone()],
                None => {
                    return Err(format!(
                        "it has no worksheet \"{asked}\"; its worksheets are {}",
                        names.join(", ")
                    ));
                }
            }
        }
    };
    let mut first_problem = None;
    for name in wanted {
        let range = match book.worksheet_range(&name) {
            Ok(range) => range,
            Err(e) => {
                first_problem
                    .get_or_insert(format!("worksheet \"{name}\" could not be read ({e})"));
                continue;
            }
        };
        let first_row = range.start().map_or(0, |(row, _)| row);
        let first_col = range.start().map_or(0, |(_, col)| col);
        let mut rows = Vec::new();
        for (k, cells) in range.rows().enumerate() {
            // Rows keep their number in the sheet, as the spreadsheet shows it (from 1).
            let line = u64::from(first_row) + k as u64 + 1;
            // Columns left of the used range are empty, so the table starts at column A.
            let mut texts = vec![String::new(); first_col as usize];
            texts.extend(cells.iter().map(cell_text));
            if rows.is_empty() && texts.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows.push(TableRow { line, cells: texts });
        }
        // A cover sheet ("About this report", lines of text) holds no table: the next sheet
        // is tried, unless this one was asked for.
        let holds_table = find_header(&rows, choice.header_line).is_some();
        if holds_table || choice.sheet.is_some() {
            let mut table = split_header(rows, choice.header_line, ',', Some(name))?;
            table.sheets = names;
            return Ok(table);
        }
        first_problem.get_or_insert(format!("worksheet \"{name}\" holds no table"));
    }
    Err(first_problem.unwrap_or_else(|| "every worksheet is empty".into()))
}

/// A cell as the user sees it: 60000 not 60000.0, a date as 2024-03-01, an error as #N/A.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        other => other.to_string(),
    }
}

/// An Excel date serial (days since 1899-12-30) as YYYY-MM-DD.
fn excel_date(serial: f64) -> String {
    crate::model::civil_date(serial.floor() as i64 - 25_569)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_are_dates() {
        assert_eq!(excel_date(45_352.0), "2024-03-01");
        assert_eq!(excel_date(1.0), "1899-12-31");
        assert_eq!(excel_date(25_569.5), "1970-01-01");
    }

    #[test]
    fn whole_numbers_lose_their_decimal_point() {
        assert_eq!(cell_text(&Data::Float(60_000.0)), "60000");
        assert_eq!(cell_text(&Data::Float(0.5)), "0.5");
        assert_eq!(cell_text(&Data::Empty), "");
    }

    #[test]
    fn signatures_tell_spreadsheets_from_text() {
        assert_eq!(kind(b"PK\x03\x04rest"), Some("Excel workbook"));
        assert_eq!(kind(b"id,name\n"), None);
        assert!(read_spreadsheet_with(b"PK\x03\x04 not really a zip", &Choice::default()).is_err());
    }

    #[test]
    fn a_damaged_workbook_is_refused_not_a_panic() {
        let bytes = include_bytes!("../../tests/fixtures/import/damaged-cell-reference.xlsx");
        assert!(read_spreadsheet_with(bytes, &Choice::default()).is_err());
    }

    /// A zip of one deflated part holding `text`.
    fn zipped(name: &str, text: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(name, options).expect("starts");
        zip.write_all(text).expect("writes");
        zip.finish().expect("finishes").into_inner()
    }

    #[test]
    fn a_workbook_that_unpacks_past_the_bounds_is_refused_before_it_is_read() {
        // One cell of 2 MiB, deflated to a few kilobytes: a small bomb.
        let mut cell = b"<sst><si><t>".to_vec();
        cell.extend(std::iter::repeat_n(b'A', 2 * 1024 * 1024));
        cell.extend(b"</t></si></sst>");
        let bomb = zipped("xl/sharedStrings.xml", &cell);
        assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
        let err = read_spreadsheet_with(&bomb, &Choice::default()).expect_err("refused");
        assert_eq!(
            err,
            "one of its cells holds more than 1 MiB of text (a damaged or hostile file); \
             Orgsplit does not read it"
        );
        // Many small cells past the total bound (a smaller bound, to keep the test quick).
        let rows = b"<row><c><v>1</v></c></row>".repeat(100_000);
        let many = zipped("xl/worksheets/sheet1.xml", &rows);
        let err = check_inflated(&many, 1024 * 1024, MAX_CELL_BYTES).expect_err("refused");
        assert!(err.starts_with("it unpacks to more than 1 MiB"), "{err}");
        assert_eq!(
            check_inflated(&many, 4 * 1024 * 1024, MAX_CELL_BYTES),
            Ok(())
        );
    }
}
