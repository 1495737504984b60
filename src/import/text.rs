//! Bytes of an HR export to text, never mojibake: a byte-order mark decides (UTF-8, UTF-16),
//! else strict UTF-8, else the encoding `chardetng` guesses (Windows-1252 for what Excel on
//! Windows saves), decoded with `encoding_rs`. Binary files are refused.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Text and the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
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
        });
    }
    // Outside UTF-16 (handled above), a NUL byte means a binary file: a spreadsheet saved
    // in its own format, an image, a zip.
    if bytes.iter().take(64 * 1024).any(|&b| b == 0) {
        return Err(
            "it is not a text file (a spreadsheet or other binary file?); save it as CSV".into(),
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
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
    })
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
    fn binary_files_are_refused() {
        let err = decode(b"PK\x03\x04\x00\x00binary").expect_err("refused");
        assert!(err.contains("not a text file"), "{err}");
    }
}
