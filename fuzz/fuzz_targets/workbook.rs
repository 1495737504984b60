//! Any zip container as a spreadsheet (.xlsx/.ods): a structure of parts, each a name from
//! those a workbook has (or any name) and any bytes, stored or deflated, some repeated many
//! times so they inflate far beyond their size. Reading must never panic and never hold more
//! than its bounds (the run's memory limit, -rss_limit_mb, catches a bomb that gets through);
//! what does read must import with every row accounted for.
#![no_main]

use std::io::{Cursor, Write};

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use orgsplit::import::{build, guess_mapping, read};

#[derive(Arbitrary, Debug)]
struct Part {
    /// Which workbook part it claims to be; anything past the list is the raw `other` name.
    kind: u8,
    other: String,
    body: Vec<u8>,
    /// The body repeated this many times (up to 2^20): how a small file becomes a bomb.
    repeat: u32,
    deflate: bool,
}

const NAMES: [&str; 6] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
];

fuzz_target!(|parts: Vec<Part>| {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for part in parts.iter().take(8) {
        let name = NAMES
            .get(usize::from(part.kind))
            .map_or(part.other.as_str(), |n| n);
        let method = if part.deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        if zip.start_file(name, options).is_err() {
            return;
        }
        // Stored parts are written as they are: only deflated ones are allowed to be large.
        let times = if part.deflate {
            part.repeat % (1 << 20) + 1
        } else {
            1
        };
        for _ in 0..times {
            if zip.write_all(&part.body).is_err() {
                return;
            }
        }
    }
    let Ok(cursor) = zip.finish() else { return };
    let bytes = cursor.into_inner();
    let Ok((table, encoding)) = read(&bytes) else {
        return;
    };
    if let Ok(imported) = build(&table, &guess_mapping(&table), "fuzz.xlsx", encoding) {
        let r = &imported.report;
        assert_eq!(
            r.people + r.open_roles + r.skipped.len(),
            r.rows,
            "a row went missing"
        );
    }
});
