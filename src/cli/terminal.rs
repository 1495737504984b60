//! What the command line prints goes through [`TerminalSafe`]: names and notes come from HR
//! files, and a name holding an escape sequence must not recolour, retitle or clear the
//! user's terminal. Control characters are shown as `\u{1b}` instead of being sent.

use std::io::{self, Write};

/// A writer that passes text through with its control characters made visible: C0 controls
/// other than newline and tab, DEL, and the C1 controls (U+0080–U+009F).
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// A 0xC2 byte ended the last write: the next byte decides whether it was a C1 control.
    pending_c2: bool,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending_c2: false,
        }
    }
}

fn visible(code: u32) -> String {
    format!("\\u{{{code:x}}}")
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        let mut i = 0;
        if self.pending_c2 {
            self.pending_c2 = false;
            match buf.first() {
                Some(&b) if (0x80..=0x9f).contains(&b) => {
                    out.extend(visible(u32::from(b)).bytes());
                    i = 1;
                }
                _ => out.push(0xc2),
            }
        }
        while i < buf.len() {
            let b = buf[i];
            match b {
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f | 0x7f => out.extend(visible(u32::from(b)).bytes()),
                0xc2 if i + 1 == buf.len() => self.pending_c2 = true,
                0xc2 if (0x80..=0x9f).contains(&buf[i + 1]) => {
                    out.extend(visible(u32::from(buf[i + 1])).bytes());
                    i += 1;
                }
                _ => out.push(b),
            }
            i += 1;
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.pending_c2 {
            self.pending_c2 = false;
            self.inner.write_all(&[0xc2])?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut safe = TerminalSafe::new(&mut out);
            for piece in pieces {
                safe.write_all(piece).expect("writes");
            }
        }
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn escape_sequences_are_shown_not_sent_and_text_passes() {
        assert_eq!(
            through(&["error: \u{1b}[2J\u{1b}]0;owned\u{7}Ana Silva\n".as_bytes()]),
            "error: \\u{1b}[2J\\u{1b}]0;owned\\u{7}Ana Silva\n"
        );
        assert_eq!(
            through(&["José Núñez\tÆ — ✓\n".as_bytes()]),
            "José Núñez\tÆ — ✓\n"
        );
        // A C1 control (U+009B, the one-byte CSI), also split across two writes.
        assert_eq!(through(&["a\u{9b}31m".as_bytes()]), "a\\u{9b}31m");
        assert_eq!(through(&[b"a\xc2", b"\x9b31m"]), "a\\u{9b}31m");
        assert_eq!(through(&[b"\xc2", b"\xa3"]), "£");
    }
}
