//! Text to a table: the delimiter sniffed (`,` `;` tab `|`), quoted fields spanning lines and
//! CRLF handled by the `csv` crate, every row keeping the line it starts on so the report can
//! name it. Headers are made usable: empty ones named after their column, repeated ones
//! numbered, a leading unnamed index column dropped.

use csv::{ReaderBuilder, StringRecord, Trim};

/// One data row and the 1-based line of the file it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A table read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The delimiter of a text file; unused for a spreadsheet.
    pub delimiter: char,
    /// The worksheet a spreadsheet's table came from; `None` for text files.
    pub sheet: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
    /// Lines of a UTF-8 file holding bytes that are not UTF-8 (shown as U+FFFD).
    pub not_utf8_lines: Vec<u64>,
    /// The line (or sheet row) of the header, from 1: rows above it are titles.
    pub header_line: u64,
    /// The rows above the header (report titles, dates, blank lines), so the import dialog
    /// can offer any of them as the header instead.
    pub titles: Vec<TableRow>,
    /// Every worksheet of the workbook the table came from, in order; empty for text files.
    pub sheets: Vec<String>,
}

impl Table {
    /// The cell of `row` in column `column`, trimmed; empty when the row is short.
    pub fn cell<'a>(&self, row: &'a TableRow, column: usize) -> &'a str {
        row.cells.get(column).map_or("", |c| c.trim())
    }
}

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(Trim::None)
        .from_reader(text.as_bytes())
}

/// The delimiter whose first records split most consistently into the most fields.
fn sniff(text: &str) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for delimiter in DELIMITERS {
        let counts: Vec<usize> = reader(text, delimiter)
            .records()
            .take(30)
            .filter_map(Result::ok)
            .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
            .map(|r| r.len())
            .collect();
        // The most common number of fields (title rows above the header have one).
        let Some((first, consistent)) = counts
            .iter()
            .filter(|&&n| n >= 2)
            .map(|&n| (n, counts.iter().filter(|&&m| m == n).count()))
            .max_by_key(|&(n, k)| (k, n))
        else {
            continue;
        };
        if (consistent, first) > (best.1, best.2) {
            best = (delimiter, consistent, first);
        }
    }
    best.0
}

fn usable_headers(raw: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    for (i, h) in raw.iter().enumerate() {
        let h = h.trim().trim_start_matches('\u{feff}').trim();
        let base = if h.is_empty() {
            format!("Column {}", i + 1)
        } else {
            h.to_owned()
        };
        let mut name = base.clone();
        let mut n = 2;
        while out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
            name = format!("{base} ({n})");
            n += 1;
        }
        out.push(name);
    }
    out
}

/// When a quoted cell of `record` runs over lines that look like rows of a table `width`
/// columns wide (as many delimiters as a row has), how many lines it runs on: a stray quote
/// that would silently swallow those rows. A note spanning a line or two is not that.
fn swallowed_rows(record: &StringRecord, delimiter: u8, width: usize) -> Option<usize> {
    if width < 2 {
        return None;
    }
    let delimiter = char::from(delimiter);
    record.iter().find_map(|cell| {
        let mut lines = cell.lines().skip(1);
        let rowlike = lines
            .by_ref()
            .filter(|l| l.matches(delimiter).count() + 1 >= width)
            .count();
        (rowlike > 0).then(|| cell.lines().count() - 1)
    })
}

/// How many rows after a candidate header are looked at to judge it.
const HEADER_LOOKAHEAD: usize = 20;

/// The index among `rows` of the header: the first row that looks like one — at least two
/// distinct non-empty cells, mostly text rather than numbers, at least a third as many
/// filled cells as the fullest row below it, and a row of data after it. Report titles and "as of"
/// lines above the header (one cell each) are passed over. With `line` given, the row that
/// starts on that line (from 1). `None` when no row qualifies.
pub(super) fn find_header(rows: &[TableRow], line: Option<u64>) -> Option<usize> {
    if let Some(line) = line {
        return rows.iter().position(|r| r.line == line);
    }
    let filled = |r: &TableRow| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
    (0..rows.len()).find(|&i| {
        let row = &rows[i];
        let cells: Vec<&str> = row
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        let mut distinct = cells.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let numbers = cells.iter().filter(|c| c.parse::<f64>().is_ok()).count();
        let below = &rows[i + 1..rows.len().min(i + 1 + HEADER_LOOKAHEAD)];
        let widest = below.iter().map(filled).max().unwrap_or(0);
        cells.len() >= 2
            && distinct.len() == cells.len()
            && numbers * 2 < cells.len()
            && cells.len() * 3 >= widest
            && !below.is_empty()
    })
}

/// Reads a table; `Err` when there is no header row with at least one named column. The
/// header is found under any title rows (see [`find_header`]).
pub fn read_table(text: &str) -> Result<Table, String> {
    read_table_at(text, None)
}

/// [`read_table`] with the header on `header_line` (from 1) when given.
pub fn read_table_at(text: &str, header_line: Option<u64>) -> Result<Table, String> {
    let delimiter = sniff(text);
    let mut records = reader(text, delimiter).into_records();
    let mut rows = Vec::new();
    let mut widest = 0;
    // Lines are counted here from byte offsets: the reader's own count is one short after a
    // CRLF line end.
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, 1u64);
    for record in records.by_ref() {
        let record = record.map_err(|e| format!("it could not be read as a table: {e}"))?;
        let mut start = record.position().map_or(counted_to, |p| {
            usize::try_from(p.byte()).unwrap_or(counted_to)
        });
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let start = start.max(counted_to).min(bytes.len());
        line += bytes[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = start;
        // A row of the table is as wide as the widest row so far (the header, normally).
        widest = widest.max(record.len());
        if let Some(swallowed) = swallowed_rows(&record, delimiter, widest) {
            return Err(format!(
                "line {line}: a quote (\") opens a cell that runs on for {swallowed} more lines \
                 holding what look like rows of their own, so they would be read as one cell; \
                 close or remove the quote on line {line} and import again"
            ));
        }
        if rows.is_empty() && record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(TableRow {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    split_header(rows, header_line, char::from(delimiter), None)
}

/// Rows to a table: the header found (or the one on `header_line`), the rows above it left
/// out, the rows below it the data.
pub(super) fn split_header(
    mut rows: Vec<TableRow>,
    header_line: Option<u64>,
    delimiter: char,
    sheet: Option<String>,
) -> Result<Table, String> {
    let last_line = rows.last().map_or(0, |r| r.line);
    let at = match (find_header(&rows, header_line), header_line) {
        (Some(at), _) => at,
        (None, Some(line)) => {
            return Err(format!(
                "it has no row starting on line {line} to use as the header (its last row is on \
                 line {last_line})"
            ));
        }
        // A lone header row (no data yet) is still a table: the first non-empty row.
        (None, None) => rows
            .iter()
            .position(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
            .ok_or("it has no header row (the first line naming the columns)")?,
    };
    let data = rows.split_off(at + 1);
    let header = rows.pop().map(|r| (r.line, r.cells)).unwrap_or_default();
    let mut table = finish(header.1, data, delimiter, sheet)?;
    table.header_line = header.0;
    table.titles = rows;
    Ok(table)
}

/// A header row and data rows to a table, from a text file or a worksheet: `Err` when the
/// header names no columns; headers made usable and a leading index column dropped.
pub(super) fn finish(
    header: Vec<String>,
    mut rows: Vec<TableRow>,
    delimiter: char,
    sheet: Option<String>,
) -> Result<Table, String> {
    if header.iter().all(|c| c.trim().is_empty()) {
        return Err("its header row names no columns".into());
    }
    let mut headers = usable_headers(&header);
    // A leading unnamed column of row numbers (what pandas and some exports add) is dropped.
    let unnamed_index = header.first().is_some_and(|h| h.trim().is_empty())
        && !rows.is_empty()
        && rows.iter().all(|r| {
            r.cells
                .first()
                .is_none_or(|c| c.trim().parse::<u64>().is_ok())
        });
    if unnamed_index {
        headers.remove(0);
        for row in &mut rows {
            if !row.cells.is_empty() {
                row.cells.remove(0);
            }
        }
    }
    Ok(Table {
        delimiter,
        sheet,
        headers,
        rows,
        not_utf8_lines: Vec::new(),
        header_line: 1,
        titles: Vec::new(),
        sheets: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_crlf_and_quoted_cells_spanning_lines() {
        let text = "Employee ID;Name;Notes\r\n7;\"Okafor; Daniel\";\"two\r\nlines\"\r\n8;Ana;\r\n";
        let t = read_table(text).expect("reads");
        assert_eq!(t.delimiter, ';');
        assert_eq!(t.headers, ["Employee ID", "Name", "Notes"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells[1], "Okafor; Daniel");
        assert_eq!(t.rows[0].cells[2], "two\r\nlines");
        assert_eq!((t.rows[0].line, t.rows[1].line), (2, 4));
    }

    #[test]
    fn a_stray_quote_that_would_swallow_rows_is_refused_with_its_line() {
        let mut text = String::from("id,name,team\n1,Ana,Ops\n2,\"Bo,Ops\n");
        for i in 3..1000 {
            text.push_str(&format!("{i},Person {i},Ops\n"));
        }
        let err = read_table(&text).expect_err("refused");
        assert!(
            err.starts_with("line 3: a quote (\") opens a cell that runs on for 997 more lines"),
            "{err}"
        );
        // A note over two lines is a note.
        let t = read_table("id,name,notes\n1,Ana,\"joined 2019,\nmoved\"\n2,Bo,\n").expect("reads");
        assert_eq!(t.rows.len(), 2);
    }

    #[test]
    fn tabs_pipes_and_commas_are_told_apart() {
        assert_eq!(
            read_table("a\tb\tc\n1\t2\t3\n").expect("reads").delimiter,
            '\t'
        );
        assert_eq!(read_table("a|b\n1|2\n").expect("reads").delimiter, '|');
        assert_eq!(
            read_table("a,b\n1,\"2,5\"\n").expect("reads").delimiter,
            ','
        );
    }

    #[test]
    fn empty_repeated_and_index_headers_become_usable() {
        let t = read_table(",Name,name,\n0,Ana,A,x\n1,Bo,B,y\n").expect("reads");
        assert_eq!(t.headers, ["Name", "name (2)", "Column 4"]);
        assert_eq!(t.rows[0].cells, ["Ana", "A", "x"]);
        assert!(read_table("\n\n").is_err());
    }
}
