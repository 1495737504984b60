//! Spreadsheets (.xlsx, .xls, .ods) to a table with `calamine`: the first worksheet that has
//! a header row, cached values of formulas, whole numbers without ".0", dates as
//! YYYY-MM-DD, and each row keeping its row number in the sheet so the report can name it.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::table::{Table, TableRow, finish};

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

/// Reads the first worksheet that holds a table; `Err` says why there is none. A damaged file
/// that makes the spreadsheet reader panic (calamine 0.38 overflows on a cell reference with
/// too many column letters, found by fuzzing) is refused like any other unreadable file.
pub fn read_spreadsheet(bytes: &[u8]) -> Result<Table, String> {
    std::panic::catch_unwind(|| read_workbook(bytes)).unwrap_or_else(|_| {
        Err("it could not be read as a spreadsheet (the file looks damaged)".into())
    })
}

fn read_workbook(bytes: &[u8]) -> Result<Table, String> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("it could not be read as a spreadsheet ({e})"))?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err("the spreadsheet has no worksheets".into());
    }
    let mut first_problem = None;
    for name in names {
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
        let mut header: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (k, cells) in range.rows().enumerate() {
            // Rows keep their number in the sheet, as the spreadsheet shows it (from 1).
            let line = u64::from(first_row) + k as u64 + 1;
            // Columns left of the used range are empty, so the table starts at column A.
            let mut texts = vec![String::new(); first_col as usize];
            texts.extend(cells.iter().map(cell_text));
            if header.is_none() {
                if texts.iter().any(|c| !c.trim().is_empty()) {
                    header = Some(texts);
                }
                continue;
            }
            rows.push(TableRow { line, cells: texts });
        }
        if let Some(header) = header {
            return finish(header, rows, ',', Some(name));
        }
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
    let days = serial.floor() as i64 - 25_569; // days from 1970-01-01
    // Civil date from days since the Unix epoch (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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
        assert!(read_spreadsheet(b"PK\x03\x04 not really a zip").is_err());
    }

    #[test]
    fn a_damaged_workbook_is_refused_not_a_panic() {
        let bytes = include_bytes!("../../tests/fixtures/import/damaged-cell-reference.xlsx");
        assert!(read_spreadsheet(bytes).is_err());
    }
}
