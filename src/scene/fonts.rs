//! The fonts every chart is drawn with, shipped in `assets/fonts` and compiled in: Ubuntu
//! Light for text and Hack for badges, the very fonts egui draws the screen with. Exports
//! embed them and measure text with them, so an export looks like the app and is the same
//! on every machine, whatever fonts it has installed.

use std::sync::OnceLock;

/// Ubuntu Light (Ubuntu Font Licence, `assets/fonts/UFL.txt`).
pub const PROPORTIONAL: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");
/// Hack (MIT and Bitstream Vera licences, `assets/fonts/Hack-Regular.txt`).
pub const MONOSPACE: &[u8] = include_bytes!("../../assets/fonts/Hack-Regular.ttf");
/// The family names the fonts declare, as SVG refers to them.
pub const PROPORTIONAL_FAMILY: &str = "Ubuntu";
pub const MONOSPACE_FAMILY: &str = "Hack";

/// Which of the two fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Proportional,
    Monospace,
}

/// What text layout needs of a font, per unit of font size: advances of the first 256
/// characters looked up once, the rest read from the font on demand.
struct Metrics {
    face: ttf_parser::Face<'static>,
    per_em: f32,
    latin: [f32; 256],
    ascent: f32,
    row_height: f32,
}

impl Metrics {
    fn new(data: &'static [u8]) -> Option<Self> {
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let per_em = f32::from(face.units_per_em());
        let mut latin = [0.0; 256];
        for (code, slot) in latin.iter_mut().enumerate() {
            *slot = char::from_u32(code as u32)
                .and_then(|c| advance(&face, c))
                .unwrap_or(0.0)
                / per_em;
        }
        let ascent = f32::from(face.ascender()) / per_em;
        let row_height = f32::from(face.ascender() - face.descender() + face.line_gap()) / per_em;
        Some(Self {
            face,
            per_em,
            latin,
            ascent,
            row_height,
        })
    }

    fn em_width(&self, c: char) -> f32 {
        match self.latin.get(c as usize) {
            Some(w) => *w,
            None => advance(&self.face, c).unwrap_or(0.5 * self.per_em) / self.per_em,
        }
    }
}

fn advance(face: &ttf_parser::Face, c: char) -> Option<f32> {
    let glyph = face.glyph_index(c)?;
    face.glyph_hor_advance(glyph).map(f32::from)
}

fn metrics(font: Font) -> Option<&'static Metrics> {
    static PROP: OnceLock<Option<Metrics>> = OnceLock::new();
    static MONO: OnceLock<Option<Metrics>> = OnceLock::new();
    match font {
        Font::Proportional => PROP.get_or_init(|| Metrics::new(PROPORTIONAL)),
        Font::Monospace => MONO.get_or_init(|| Metrics::new(MONOSPACE)),
    }
    .as_ref()
}

/// The width of `text` at `px` pixels.
pub fn measure(text: &str, px: f32, font: Font) -> f32 {
    match metrics(font) {
        Some(m) => text.chars().map(|c| m.em_width(c)).sum::<f32>() * px,
        None => text.chars().count() as f32 * px * 0.55,
    }
}

/// Distance from the top of a line to its baseline at `px` pixels.
pub fn ascent(px: f32, font: Font) -> f32 {
    metrics(font).map_or(0.8, |m| m.ascent) * px
}

/// Height of one line of text at `px` pixels, as egui lays it out.
pub fn row_height(px: f32, font: Font) -> f32 {
    metrics(font).map_or(1.2, |m| m.row_height) * px
}

/// `text` cut to fit `width` at `px` pixels, ending in "…" when cut.
pub fn fit(text: &str, px: f32, width: f32, font: Font) -> String {
    if measure(text, px, font) <= width {
        return text.to_owned();
    }
    let room = width - measure("…", px, font);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        let w = measure(c.encode_utf8(&mut [0; 4]), px, font);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

/// `text` cut after the last whole word that fits `width`, ending in "…" when cut; cut
/// within a word (as [`fit`]) only when not even the first word fits. For headers and
/// aggregates, whose names read badly broken mid-word ("Customer Ana…").
pub fn fit_words(text: &str, px: f32, width: f32, font: Font) -> String {
    if measure(text, px, font) <= width {
        return text.to_owned();
    }
    let room = width - measure("…", px, font);
    let mut kept = "";
    for (at, _) in text.match_indices(' ') {
        let head = text[..at].trim_end();
        if measure(head, px, font) > room {
            break;
        }
        kept = head;
    }
    if kept.is_empty() {
        return fit(text, px, width, font);
    }
    format!("{kept}…")
}

/// `text` on two lines, the first fitting `first` and the second `second` (a badge may take
/// room from the first line only), broken between words: `None` when it fits on the first
/// line alone or cannot be broken so (the second line is cut after whole words if needed).
pub fn two_lines(
    text: &str,
    px: f32,
    (first, second): (f32, f32),
    font: Font,
) -> Option<(String, String)> {
    if measure(text, px, font) <= first {
        return None;
    }
    let mut head_end = None;
    for (at, _) in text.match_indices(' ') {
        if measure(text[..at].trim_end(), px, font) > first {
            break;
        }
        head_end = Some(at);
    }
    let at = head_end?;
    let (head, rest) = (text[..at].trim_end(), text[at..].trim_start());
    Some((head.to_owned(), fit_words(rest, px, second, font)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_fonts_parse_and_measure_like_a_proportional_and_a_monospace_font() {
        assert!(metrics(Font::Proportional).is_some());
        assert!(metrics(Font::Monospace).is_some());
        // Proportional: "i" is narrower than "W"; monospace: equal.
        assert!(measure("i", 10.0, Font::Proportional) < measure("W", 10.0, Font::Proportional));
        let (i, w) = (
            measure("i", 10.0, Font::Monospace),
            measure("W", 10.0, Font::Monospace),
        );
        assert!((i - w).abs() < 1e-4 && i > 4.0, "{i} {w}");
        // Width scales with size.
        let a = measure("Grace Mensah", 10.0, Font::Proportional);
        let b = measure("Grace Mensah", 20.0, Font::Proportional);
        assert!((b - 2.0 * a).abs() < 1e-3 && a > 40.0, "{a} {b}");
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis_only_when_needed() {
        assert_eq!(fit("Ana", 15.0, 200.0, Font::Proportional), "Ana");
        let long = "Head of Mainframe and Core Banking Systems Operations";
        let cut = fit(long, 15.0, 120.0, Font::Proportional);
        assert!(cut.ends_with('…') && cut.len() < long.len(), "{cut}");
        assert!(measure(&cut, 15.0, Font::Proportional) <= 120.0);
        assert!(long.starts_with(cut.trim_end_matches('…')));
    }

    #[test]
    fn headers_are_cut_and_broken_between_words() {
        let px = 15.0;
        let name = "Customer Analytics and Insight";
        let width = measure("Customer Analytics", px, Font::Proportional) + 2.0;
        assert_eq!(
            fit_words(
                name,
                px,
                width + measure("…", px, Font::Proportional),
                Font::Proportional
            ),
            "Customer Analytics…"
        );
        // Not even the first word fits: cut within it.
        let tiny = fit_words(name, px, 30.0, Font::Proportional);
        assert!(tiny.ends_with('…') && "Customer".starts_with(tiny.trim_end_matches('…')));
        assert_eq!(
            two_lines(
                "Mainframe & Core Systems",
                px,
                (width, width),
                Font::Proportional
            ),
            Some(("Mainframe & Core".to_owned(), "Systems".to_owned()))
        );
        assert_eq!(
            two_lines("ERP", px, (width, width), Font::Proportional),
            None
        );
        let (first, second) =
            two_lines(name, px, (width, width), Font::Proportional).expect("breaks between words");
        assert_eq!(first, "Customer Analytics");
        assert_eq!(second, "and Insight");
        for line in [first, second] {
            assert!(measure(&line, px, Font::Proportional) <= width, "{line}");
        }
    }
}
