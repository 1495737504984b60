//! Bytes of an HR export to text, never mojibake: a byte-order mark decides (UTF-8, UTF-16),
//! else strict UTF-8, else the encoding `chardetng` guesses (Windows-1252 for what Excel on
//! Windows saves), decoded with `encoding_rs`. Binary files are refused.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Text and the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Lines (from 1) of a UTF-8 file holding bytes that are not UTF-8, shown as U+FFFD.
    pub not_utf8_lines: Vec<u64>,
}

/// Decodes an export; `Err` says why the bytes are not a text table.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(format!(
                "it starts as {} text but holds bytes that are not",
                encoding.name()
            ));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            not_utf8_lines: Vec::new(),
        });
    }
    // UTF-16 without a byte-order mark: every other byte NUL (for the Latin text of a
    // table), on the odd bytes for little-endian, the even ones for big-endian.
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: encoding.name(),
                not_utf8_lines: Vec::new(),
            });
        }
    }
    // Outside UTF-16, a NUL byte means a binary file: a spreadsheet saved in its own format,
    // an image, a zip.
    if bytes.iter().take(64 * 1024).any(|&b| b == 0) {
        return Err(
            "it is not a text file (a spreadsheet or other binary file?); save it as CSV".into(),
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            not_utf8_lines: Vec::new(),
        });
    }
    // Mostly UTF-8 with a few broken bytes (a cell pasted from elsewhere): decoding the whole
    // file as Windows-1252 would garble every accented name in it, so it stays UTF-8 and
    // the lines with the broken bytes are named.
    if let Some(lines) = mostly_utf8(bytes) {
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: UTF_8.name(),
            not_utf8_lines: lines,
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    };
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(format!(
            "its characters could not be read (it looked most like {})",
            encoding.name()
        ));
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        not_utf8_lines: Vec::new(),
    })
}

/// UTF-16 without a byte-order mark, told by its NUL bytes: at least a third of the bytes
/// on one side of each pair NUL and almost none on the other (in the first 64 KiB).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.len() < 4 || (!bytes.len().is_multiple_of(2) && sample.len() == bytes.len()) {
        return None;
    }
    let pairs = sample.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = pairs / 3;
    let few = pairs / 50;
    if odd >= many && even <= few {
        Some(UTF_16LE)
    } else if even >= many && odd <= few {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The lines holding invalid bytes, when a file is UTF-8 but for a few of them: more of its
/// characters are well-formed UTF-8 sequences of two bytes or more than there are invalid
/// bytes, and the invalid ones are rare (at most 3, or 1 in 100 bytes). A Windows-1252 file
/// has no such sequences (its accents are single bytes), so it is not mistaken for one.
fn mostly_utf8(bytes: &[u8]) -> Option<Vec<u64>> {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    let mut lines: Vec<u64> = Vec::new();
    let mut line = 1u64;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        valid_multibyte += valid.chars().filter(|c| c.len_utf8() > 1).count();
        line += valid.matches('\n').count() as u64;
        // An invalid run never holds a line break (a newline is valid UTF-8).
        if !chunk.invalid().is_empty() {
            invalid += chunk.invalid().len();
            if lines.last() != Some(&line) {
                lines.push(line);
            }
        }
    }
    let rare = invalid <= 3 || invalid * 100 <= bytes.len();
    (invalid > 0 && valid_multibyte > invalid && rare).then_some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_pounds_and_accents_are_read_as_such() {
        // "Zoë Brontë,£42,000" as Excel on Windows saves it.
        let bytes = b"name,salary\nZo\xeb Bront\xeb,\xa342,000\nRen\xe9e,\xa31\n";
        let d = decode(bytes).expect("decodes");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("Zoë Brontë,£42,000"), "{}", d.text);
        assert!(d.text.contains("Renée"));
    }

    #[test]
    fn byte_order_marks_decide() {
        let mut utf16: Vec<u8> = vec![0xff, 0xfe];
        for unit in "id;name\n1;Ana".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let d = decode(&utf16).expect("decodes");
        assert_eq!(
            (d.encoding, d.text.as_str()),
            ("UTF-16LE", "id;name\n1;Ana")
        );
        let d = decode(b"\xef\xbb\xbfid,name\n").expect("decodes");
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-8", "id,name\n"));
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_read() {
        let text = "Employee ID,Name\n1,José Núñez\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decode(&le).map(|d| (d.encoding, d.text)),
            Ok(("UTF-16LE", text.to_owned()))
        );
        assert_eq!(
            decode(&be).map(|d| (d.encoding, d.text)),
            Ok(("UTF-16BE", text.to_owned()))
        );
    }

    #[test]
    fn one_broken_byte_leaves_a_utf8_file_utf8_and_names_its_line() {
        let mut bytes = "id,name\n1,José Núñez\n2,Zoë Brontë\n".as_bytes().to_vec();
        bytes.extend(b"3,Bad \xff byte\n4,Ana\n");
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("José Núñez") && d.text.contains("Bad \u{FFFD} byte"));
        assert_eq!(d.not_utf8_lines, [4]);
        // Windows-1252 throughout is still read as such.
        let d = decode(b"name\nZo\xeb Bront\xeb\nRen\xe9e\n").expect("decodes");
        assert_eq!((d.encoding, d.not_utf8_lines.len()), ("windows-1252", 0));
    }

    #[test]
    fn binary_files_are_refused() {
        let err = decode(b"PK\x03\x04\x00\x00binary").expect_err("refused");
        assert!(err.contains("not a text file"), "{err}");
    }
}
