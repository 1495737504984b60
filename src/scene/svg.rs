//! The scene as SVG: real, selectable text in the fonts the app uses (embedded, so the file
//! looks the same on every machine), vector boxes and lines. PNG and PDF are made from this
//! SVG ([`crate::export`]), so every export draws the same picture.

use std::fmt::Write;

use base64::Engine;

use super::draw::{self, CardState, Prim};
use super::fonts::{self, Font};
use super::{Box2, Palette, Scene};

/// How to write a scene as SVG.
#[derive(Debug, Clone)]
pub struct SvgOptions {
    pub palette: Palette,
    /// The part of the chart to draw (chart units); the whole chart when `None`.
    pub window: Option<Box2>,
    /// Embed the fonts as `@font-face` data, for viewers (browsers, editors). Not needed
    /// when the SVG goes straight to the PNG and PDF converters, which are given the fonts.
    pub embed_fonts: bool,
    /// A heading above the chart ("Option B — …"); none when empty.
    pub heading: String,
    /// A line under the heading (page labels of tiled PDFs, privacy notes).
    pub caption: String,
}

impl Default for SvgOptions {
    fn default() -> Self {
        Self {
            palette: Palette::STANDARD,
            window: None,
            embed_fonts: true,
            heading: String::new(),
            caption: String::new(),
        }
    }
}

/// Space around the chart, in chart units.
pub const MARGIN: f32 = 24.0;
/// Height of the heading band when there is a heading.
pub const HEADING_HEIGHT: f32 = 56.0;

/// The region an SVG of `scene` with `options` covers, in chart units: the window or the
/// whole chart, plus the margin and the heading band.
pub fn page_box(scene: &Scene, options: &SvgOptions) -> Box2 {
    let chart = options.window.unwrap_or_else(|| scene.bounds());
    let mut page = chart.expand(MARGIN);
    if !options.heading.is_empty() || !options.caption.is_empty() {
        page.min.y -= HEADING_HEIGHT;
    }
    page
}

/// Writes `scene` as a standalone SVG document.
pub fn to_svg(scene: &Scene, options: &SvgOptions) -> String {
    let page = page_box(scene, options);
    let window = options.window.unwrap_or_else(|| scene.bounds());
    let palette = &options.palette;
    let mut out = String::with_capacity(256 + scene.faces.len() * 900);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="{x} {y} {w} {h}">"#,
        x = num(page.min.x),
        y = num(page.min.y),
        w = num(page.width()),
        h = num(page.height()),
    );
    out.push('\n');
    if options.embed_fonts {
        out.push_str(&font_faces());
    }
    let _ = writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
        num(page.min.x),
        num(page.min.y),
        num(page.width()),
        num(page.height()),
        palette.background.hex()
    );
    let mut prims = Vec::new();
    if !options.heading.is_empty() {
        prims.push(Prim::Text {
            at: super::Pt::new(page.min.x + MARGIN, page.min.y + MARGIN * 0.6),
            px: 20.0,
            font: Font::Proportional,
            colour: palette.ink,
            text: options.heading.clone(),
        });
    }
    if !options.caption.is_empty() {
        prims.push(Prim::Text {
            at: super::Pt::new(page.min.x + MARGIN, page.min.y + MARGIN * 0.6 + 26.0),
            px: 13.0,
            font: Font::Proportional,
            colour: palette.muted_ink,
            text: options.caption.clone(),
        });
    }
    let near = window.expand(2.0);
    for (points, kind) in scene.connector_paths() {
        let bounds = points
            .iter()
            .map(|p| Box2 { min: *p, max: *p })
            .reduce(|a, b| a.union(&b))
            .unwrap_or_default();
        if bounds.intersects(&near) {
            prims.push(draw::connector(points, kind, 1.0, palette));
        }
    }
    for (card, face) in scene.faces.iter().enumerate() {
        let rect = scene.card_box(card);
        if rect.intersects(&near) {
            prims.extend(draw::card(
                face,
                CardState::default(),
                rect,
                1.0,
                draw::TextSize::default(),
                palette,
            ));
        }
    }
    for prim in &prims {
        write_prim(&mut out, prim);
    }
    out.push_str("</svg>\n");
    out
}

/// `@font-face` rules carrying both fonts, so a browser draws the text as the app does.
pub fn font_faces() -> String {
    let b64 = base64::engine::general_purpose::STANDARD;
    format!(
        "<style>@font-face{{font-family:'{}';src:url(data:font/ttf;base64,{})}}\
         @font-face{{font-family:'{}';src:url(data:font/ttf;base64,{})}}</style>\n",
        fonts::PROPORTIONAL_FAMILY,
        b64.encode(fonts::PROPORTIONAL),
        fonts::MONOSPACE_FAMILY,
        b64.encode(fonts::MONOSPACE),
    )
}

/// One primitive as an SVG element.
pub fn write_prim(out: &mut String, prim: &Prim) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
            dash,
        } => {
            // egui draws these strokes inside the box; SVG centres them on the edge.
            let inset = stroke.map_or(0.0, |(w, _)| w / 2.0);
            let r = rect.expand(-inset);
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}""#,
                num(r.min.x),
                num(r.min.y),
                num(r.width().max(0.0)),
                num(r.height().max(0.0))
            );
            if *radius > 0.0 {
                let _ = write!(out, r#" rx="{}""#, num(*radius));
            }
            match fill {
                Some(c) => {
                    let _ = write!(out, r#" fill="{}""#, c.hex());
                }
                None => out.push_str(r#" fill="none""#),
            }
            if let Some((w, c)) = stroke {
                let _ = write!(out, r#" stroke="{}" stroke-width="{}""#, c.hex(), num(*w));
            }
            if let Some((d, g)) = dash {
                let _ = write!(out, r#" stroke-dasharray="{} {}""#, num(*d), num(*g));
            }
            out.push_str("/>\n");
        }
        Prim::Text {
            at,
            px,
            font,
            colour,
            text,
        } => {
            let family = match font {
                Font::Proportional => fonts::PROPORTIONAL_FAMILY,
                Font::Monospace => fonts::MONOSPACE_FAMILY,
            };
            let _ = writeln!(
                out,
                r#"<text x="{}" y="{}" font-family="{family}" font-size="{}" fill="{}" xml:space="preserve">{}</text>"#,
                num(at.x),
                num(at.y + fonts::ascent(*px, *font)),
                num(*px),
                colour.hex(),
                escape(text)
            );
        }
        Prim::Line {
            points,
            width,
            colour,
            dash,
        } => {
            out.push_str(r#"<polyline points=""#);
            for (i, p) in points.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                let _ = write!(out, "{},{}", num(p.x), num(p.y));
            }
            let _ = write!(
                out,
                r#"" fill="none" stroke="{}" stroke-width="{}""#,
                colour.hex(),
                num(*width)
            );
            if let Some((d, g)) = dash {
                let _ = write!(out, r#" stroke-dasharray="{} {}""#, num(*d), num(*g));
            }
            out.push_str("/>\n");
        }
        Prim::Triangle { points, colour } => {
            let _ = writeln!(
                out,
                r#"<polygon points="{},{} {},{} {},{}" fill="{}"/>"#,
                num(points[0].x),
                num(points[0].y),
                num(points[1].x),
                num(points[1].y),
                num(points[2].x),
                num(points[2].y),
                colour.hex()
            );
        }
    }
}

/// A coordinate with at most two decimals and no trailing zeros: short, deterministic.
fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Unicode's non-characters (U+FDD0–U+FDEF and the last two code points of every plane):
/// never text, and U+FFFE/U+FFFF make an XML file ill-formed.
fn is_noncharacter(c: char) -> bool {
    let v = c as u32;
    (0xFDD0..=0xFDEF).contains(&v) || (v & 0xFFFE) == 0xFFFE
}

/// Text made safe for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            // Nor are surrogates (never in a Rust string) or U+FFFE and U+FFFF; the other
            // non-characters are allowed but mean nothing: all become the replacement mark.
            c if is_noncharacter(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
