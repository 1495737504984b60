//! The workshop report as a PDF on A4 landscape pages: the same text as the HTML report,
//! set in the app's fonts with wrapped table cells, and each option's chart on pages of
//! its own (one page when it fits readably, else tiled with row and column labels).

use super::{Table, build};
use crate::export::chart::{
    ChartPicture, PAGE_MARGIN, Paper, PdfPage, paginate, pdf_pages, too_many_pages,
};
use crate::model::{Design, Privacy};
use crate::scene::draw::Prim;
use crate::scene::fonts::{self, Font};
use crate::scene::svg::write_prim;
use crate::scene::{Box2, Palette, Pt, Rgb};

/// The report of every option of `design` as PDF bytes, as `privacy` (and the design's
/// own privacy settings) allow, and how many pages it has.
pub fn report_pdf(design: &Design, privacy: Privacy) -> Result<(Vec<u8>, usize), String> {
    let report = build(design, privacy);
    let paper = Paper::A4.size((0.0, 0.0));
    let mut pages = TextPages::new(paper);
    let ink = Palette::STANDARD.ink;
    let muted = Palette::STANDARD.muted_ink;
    pages.text(&report.title, 22.0, ink, 8.0);
    if !report.notes.trim().is_empty() {
        pages.text(&report.notes, 11.0, muted, 6.0);
    }
    if !report.privacy_note.is_empty() {
        pages.text(
            &report.privacy_note,
            11.0,
            Palette::STANDARD.severities[1],
            6.0,
        );
    }
    pages.text("Comparison of the options", 16.0, ink, 4.0);
    pages.table(&report.comparison, &[]);
    for m in &report.moves {
        pages.text(&m.heading, 13.0, ink, 4.0);
        if m.table.rows.is_empty() {
            pages.text("Nobody is placed differently.", 10.0, muted, 6.0);
        } else {
            pages.table(&m.table, &[]);
        }
    }
    // Each option: its text from a new page, then its chart on pages of its own.
    let mut parts: Vec<Part> = pages.take().into_iter().map(Part::Text).collect();
    for o in &report.options {
        pages.text(&o.name, 18.0, ink, 6.0);
        if !o.notes.trim().is_empty() {
            pages.text(&o.notes, 11.0, muted, 6.0);
        }
        pages.text("Head-count and cost per organisation", 13.0, ink, 4.0);
        pages.table(&o.headcount, &[]);
        pages.text(&super::findings_heading(o.counts), 13.0, ink, 4.0);
        if o.findings.is_empty() {
            pages.text("No findings.", 10.0, muted, 6.0);
        } else {
            let findings = Table {
                headers: vec![String::new(), "Kind".into(), "Finding".into()],
                rows: o
                    .findings
                    .iter()
                    .map(|f| {
                        vec![
                            f.severity.letter().to_owned(),
                            f.kind.to_owned(),
                            f.message.clone(),
                        ]
                    })
                    .collect(),
            };
            let shades: Vec<Option<Rgb>> = o
                .findings
                .iter()
                .map(|f| Some(Palette::STANDARD.severity(f.severity)))
                .collect();
            pages.table(&findings, &shades);
        }
        pages.text("Knowledge risks", 13.0, ink, 4.0);
        pages.table(&o.risks, &[]);
        parts.extend(pages.take().into_iter().map(Part::Text));
        if !o.scene.faces.is_empty() {
            let picture = ChartPicture {
                scene: o.scene.clone(),
                heading: format!("{} — {}", report.title, o.name),
                caption: report.privacy_note.clone(),
            };
            let layout = paginate(&picture.scene, Paper::A4);
            if layout.tiles.is_empty() {
                pages.text(
                    &format!("Chart left out: {}.", too_many_pages(&layout)),
                    10.0,
                    muted,
                    6.0,
                );
                parts.extend(pages.take().into_iter().map(Part::Text));
            }
            for svg in picture.page_svgs(&layout) {
                parts.push(Part::Chart(PdfPage {
                    svg,
                    scale: layout.scale,
                    at: (PAGE_MARGIN, PAGE_MARGIN),
                }));
            }
        }
    }
    let count = parts.len();
    let (pw, ph) = paper;
    let all: Vec<PdfPage> = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| match part {
            Part::Chart(page) => page,
            Part::Text(mut prims) => {
                prims.push(Prim::Text {
                    at: Pt::new(MARGIN, ph - MARGIN),
                    px: 8.0,
                    font: Font::Proportional,
                    colour: muted,
                    text: format!("{} — page {} of {count}", report.title, i + 1),
                });
                let mut svg = format!(
                    r#"<svg xmlns="http://www.w3.org/2000/svg" width="{pw}" height="{ph}" viewBox="0 0 {pw} {ph}">"#
                );
                for prim in &prims {
                    write_prim(&mut svg, prim);
                }
                svg.push_str("</svg>");
                PdfPage {
                    svg,
                    scale: 1.0,
                    at: (0.0, 0.0),
                }
            }
        })
        .collect();
    Ok((pdf_pages(&all, paper)?, count))
}

/// A page of the report: text laid out here, or a page of a chart.
enum Part {
    Text(Vec<Prim>),
    Chart(PdfPage),
}

/// Text laid out on pages: wrapped paragraphs and tables with wrapped cells.
struct TextPages {
    paper: (f32, f32),
    /// Finished pages of the current run, and the one being filled.
    done: Vec<Vec<Prim>>,
    page: Vec<Prim>,
    y: f32,
}

const MARGIN: f32 = 36.0;
const TABLE_PX: f32 = 9.0;
const CELL_PAD: f32 = 3.0;

impl TextPages {
    fn new(paper: (f32, f32)) -> Self {
        Self {
            paper,
            done: Vec::new(),
            page: Vec::new(),
            y: MARGIN,
        }
    }

    fn width(&self) -> f32 {
        self.paper.0 - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.paper.1 - MARGIN - 14.0
    }

    /// The pages laid out so far; what comes next starts a new page.
    fn take(&mut self) -> Vec<Vec<Prim>> {
        if !self.page.is_empty() {
            self.done.push(std::mem::take(&mut self.page));
        }
        self.y = MARGIN;
        std::mem::take(&mut self.done)
    }

    /// Room for `height` more, or a new page.
    fn need(&mut self, height: f32) {
        if self.y + height > self.bottom() && !self.page.is_empty() {
            self.done.push(std::mem::take(&mut self.page));
            self.y = MARGIN;
        }
    }

    /// A wrapped paragraph (or heading) at `px`, then `gap` points of space.
    fn text(&mut self, text: &str, px: f32, colour: Rgb, gap: f32) {
        let row = fonts::row_height(px, Font::Proportional);
        let lines = wrap(text, px, self.width(), Font::Proportional);
        self.need(row * lines.len().min(3) as f32 + gap);
        for line in lines {
            self.need(row);
            self.page.push(Prim::Text {
                at: Pt::new(MARGIN, self.y),
                px,
                font: Font::Proportional,
                colour,
                text: line,
            });
            self.y += row;
        }
        self.y += gap;
    }

    /// A table with wrapped cells; `shades` colours a row's first cell (severity badges).
    fn table(&mut self, table: &Table, shades: &[Option<Rgb>]) {
        let columns = table
            .headers
            .len()
            .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        // Columns share the width by how much they hold, none below a readable minimum.
        let natural: Vec<f32> = (0..columns)
            .map(|c| {
                std::iter::once(table.headers.get(c))
                    .chain(table.rows.iter().map(|r| r.get(c)))
                    .flatten()
                    .map(|t| fonts::measure(t, TABLE_PX, Font::Proportional))
                    .fold(12.0f32, f32::max)
                    + 2.0 * CELL_PAD
            })
            .collect();
        // No column narrower than its longest word (up to a fair share), so words are
        // not broken; the rest of the width goes by how much each column holds.
        let width = self.width();
        let fair = width / columns as f32;
        let floors: Vec<f32> = (0..columns)
            .map(|c| {
                std::iter::once(table.headers.get(c))
                    .chain(table.rows.iter().map(|r| r.get(c)))
                    .flatten()
                    .flat_map(|t| t.split(' '))
                    .map(|w| fonts::measure(w, TABLE_PX, Font::Proportional))
                    .fold(12.0f32, f32::max)
                    + 2.0 * CELL_PAD
            })
            .map(|f| f.min(fair))
            .collect();
        let total: f32 = natural.iter().sum();
        let widths: Vec<f32> = if total <= width {
            natural
        } else {
            let spare = width - floors.iter().sum::<f32>();
            let over: f32 = natural
                .iter()
                .zip(&floors)
                .map(|(w, f)| (w - f).max(0.0))
                .sum();
            natural
                .iter()
                .zip(&floors)
                .map(|(w, f)| f + (w - f).max(0.0) / over.max(1.0) * spare)
                .collect()
        };
        let line = fonts::row_height(TABLE_PX, Font::Proportional);
        let header = Palette::STANDARD.tints[2];
        self.need(line * 3.0);
        self.table_row(&table.headers, None, Some(header), &widths);
        for (i, cells) in table.rows.iter().enumerate() {
            // A table that goes on over a page break repeats its header row.
            if self.table_row(cells, shades.get(i).copied().flatten(), None, &widths) {
                let row_end = self.y;
                let row = std::mem::take(&mut self.page);
                self.y = MARGIN;
                self.table_row(&table.headers, None, Some(header), &widths);
                let shift = self.y - MARGIN;
                self.page.extend(row.into_iter().map(|p| shifted(p, shift)));
                self.y = row_end + shift;
            }
        }
        self.y += 10.0;
    }

    /// One table row at the current place; true when it had to start a new page.
    fn table_row(
        &mut self,
        cells: &[String],
        shade: Option<Rgb>,
        fill: Option<Rgb>,
        widths: &[f32],
    ) -> bool {
        let columns = widths.len();
        let line = fonts::row_height(TABLE_PX, Font::Proportional);
        {
            let wrapped: Vec<Vec<String>> = (0..columns)
                .map(|c| {
                    let text = cells.get(c).map_or("", String::as_str);
                    wrap(
                        text,
                        TABLE_PX,
                        widths[c] - 2.0 * CELL_PAD,
                        Font::Proportional,
                    )
                })
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line
                + 2.0 * CELL_PAD;
            let pages_before = self.done.len();
            self.need(height);
            let broke = self.done.len() > pages_before;
            let mut x = MARGIN;
            let row_box = Box2::from_min_size(Pt::new(MARGIN, self.y), widths.iter().sum(), height);
            self.page.push(Prim::Rect {
                rect: row_box,
                radius: 0.0,
                fill,
                stroke: Some((0.5, Palette::STANDARD.outline)),
                dash: None,
            });
            for (c, lines) in wrapped.into_iter().enumerate() {
                let mut colour = Palette::STANDARD.ink;
                if c == 0
                    && let Some(shade) = shade
                {
                    self.page.push(Prim::Rect {
                        rect: Box2::from_min_size(Pt::new(x, self.y), widths[c], height),
                        radius: 0.0,
                        fill: Some(shade),
                        stroke: None,
                        dash: None,
                    });
                    colour = Rgb(0xff, 0xff, 0xff);
                }
                for (k, text) in lines.into_iter().enumerate() {
                    self.page.push(Prim::Text {
                        at: Pt::new(x + CELL_PAD, self.y + CELL_PAD + k as f32 * line),
                        px: TABLE_PX,
                        font: Font::Proportional,
                        colour,
                        text,
                    });
                }
                x += widths[c];
            }
            self.y += height;
            broke
        }
    }
}

/// `prim` moved down by `dy`.
fn shifted(prim: Prim, dy: f32) -> Prim {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
            dash,
        } => Prim::Rect {
            rect: rect.translate(0.0, dy),
            radius,
            fill,
            stroke,
            dash,
        },
        Prim::Text {
            at,
            px,
            font,
            colour,
            text,
        } => Prim::Text {
            at: Pt::new(at.x, at.y + dy),
            px,
            font,
            colour,
            text,
        },
        Prim::Line {
            points,
            width,
            colour,
            dash,
        } => Prim::Line {
            points: points.into_iter().map(|p| Pt::new(p.x, p.y + dy)).collect(),
            width,
            colour,
            dash,
        },
        Prim::Triangle { points, colour } => Prim::Triangle {
            points: points.map(|p| Pt::new(p.x, p.y + dy)),
            colour,
        },
    }
}

/// `text` broken into lines no wider than `width` at `px`, at spaces where possible (a word
/// longer than a line is cut); explicit line breaks are kept.
fn wrap(text: &str, px: f32, width: f32, font: Font) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if fonts::measure(&candidate, px, font) <= width || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_owned();
            }
            while fonts::measure(&line, px, font) > width && line.chars().count() > 1 {
                let cut = fonts::fit(&line, px, width, font);
                let kept = cut.trim_end_matches('…').to_owned();
                if kept.is_empty() {
                    break;
                }
                let rest = line[kept.len()..].to_owned();
                lines.push(kept);
                line = rest;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_every_line_fits() {
        let text = "Ana Silva is the only holder of COBOL (level 3+) in Legacy IT, and their flight risk in this option is high";
        let lines = wrap(text, 10.0, 120.0, Font::Proportional);
        assert!(lines.len() > 3, "{lines:?}");
        for l in &lines {
            assert!(fonts::measure(l, 10.0, Font::Proportional) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn the_pdf_report_has_the_text_pages_then_each_options_chart_pages() {
        let design = crate::io::parse_design(crate::io::SAMPLE_RON).expect("sample");
        let (bytes, pages) = report_pdf(&design, Privacy::default()).expect("makes");
        assert!(bytes.starts_with(b"%PDF-"));
        let charts: usize = build(&design, Privacy::default())
            .options
            .iter()
            .map(|o| paginate(&o.scene, Paper::A4).tiles.len())
            .sum();
        // At least: an opening page and one text page per option, plus the chart pages.
        assert!(
            pages >= 1 + design.scenarios.len() + charts,
            "{pages} pages, {charts} of charts"
        );
        let text = String::from_utf8_lossy(&bytes);
        let written = text.matches("/Type /Page\n").count()
            + text.matches("/Type /Page/").count()
            + text.matches("/Type /Page ").count();
        assert_eq!(written, pages);
    }
}
