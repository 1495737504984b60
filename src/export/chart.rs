//! An option's chart out of the app: SVG, PNG and PDF, all drawn from the one scene
//! ([`crate::scene`]). The SVG is the master: resvg rasterises it for PNG (no GPU), and
//! svg2pdf turns it into vector PDF pages with the fonts embedded. Both are given only the
//! fonts the app ships, never the machine's, so output is the same everywhere.

use resvg::{tiny_skia, usvg};

use crate::analysis::analyse;
use crate::model::privacy::private_copy;
use crate::model::{Design, Privacy, ScenarioIndex};
use crate::scene::fonts::{self, PROPORTIONAL_FAMILY};
use crate::scene::svg::{self, SvgOptions};
use crate::scene::{Box2, Palette, Pt, Scene};

/// The PNG renderer's limit on either side, in pixels.
pub const MAX_PNG_SIDE: u32 = 16_384;
/// The PNG renderer's limit on the whole image, in pixels (about 256 MB of memory).
pub const MAX_PNG_PIXELS: u64 = 64 * 1024 * 1024;

/// An option drawn for export: the design as privacy lets it be shown, and its scene.
pub struct ChartPicture {
    pub scene: Scene,
    /// "Northwind Retail IT — Option B: …".
    pub heading: String,
    /// Says what privacy hid, so a reader knows the chart is not the whole file.
    pub caption: String,
}

/// Draws option `scenario` of `design` as `privacy` allows (the design's own privacy
/// settings count too: an export never shows more than the design does).
pub fn picture(design: &Design, scenario: usize, privacy: Privacy) -> Result<ChartPicture, String> {
    let Some(option) = design.scenarios.get(scenario) else {
        return Err(format!("there is no option number {}", scenario + 1));
    };
    let privacy = privacy.and(design.settings.privacy);
    let shown = private_copy(design, privacy);
    let analysis = analyse(&shown, scenario);
    let ix = ScenarioIndex::new(&shown, scenario)
        .ok_or_else(|| format!("option {} could not be drawn", option.name))?;
    let scene = crate::scene::paper_scene(&ix, &analysis);
    let heading = format!("{} — {}", shown.title, shown.scenarios[scenario].name);
    let caption = match (privacy.hide_sensitive, privacy.pseudonymise) {
        (false, false) => String::new(),
        (true, false) => "Privacy mode: cost, flight risk and work-style scores hidden".to_owned(),
        (false, true) => "Names replaced by pseudonyms".to_owned(),
        (true, true) => {
            "Privacy mode: names replaced by pseudonyms; cost, flight risk and work-style scores hidden"
                .to_owned()
        }
    };
    Ok(ChartPicture {
        scene,
        heading,
        caption,
    })
}

impl ChartPicture {
    /// SVG options for the whole chart or one `window` of it.
    fn options(&self, window: Option<Box2>, embed_fonts: bool, caption: String) -> SvgOptions {
        SvgOptions {
            palette: Palette::STANDARD,
            window,
            embed_fonts,
            heading: self.heading.clone(),
            caption,
        }
    }

    /// The whole chart as a standalone SVG, fonts embedded.
    pub fn svg(&self) -> String {
        svg::to_svg(&self.scene, &self.options(None, true, self.caption.clone()))
    }

    /// The whole chart as PNG at `scale` pixels per chart unit (1 = as on screen at 100%).
    pub fn png(&self, scale: f32) -> Result<Vec<u8>, String> {
        if !(scale.is_finite() && scale > 0.0) {
            return Err(format!(
                "a scale of {scale} cannot be drawn; use a number above 0"
            ));
        }
        let options = self.options(None, false, self.caption.clone());
        let page = svg::page_box(&self.scene, &options);
        let (w, h) = (
            (page.width() * scale).ceil() as u64,
            (page.height() * scale).ceil() as u64,
        );
        if w > u64::from(MAX_PNG_SIDE) || h > u64::from(MAX_PNG_SIDE) || w * h > MAX_PNG_PIXELS {
            return Err(format!(
                "the picture would be {w} × {h} pixels, more than PNG export draws (at most \
                 {MAX_PNG_SIDE} pixels a side and about {} million in all); export it as PDF, \
                 which tiles large charts over pages, or choose a smaller scale",
                MAX_PNG_PIXELS / 1_000_000
            ));
        }
        let tree = parse(&svg::to_svg(&self.scene, &options))?;
        let mut pixmap = tiny_skia::Pixmap::new(w.max(1) as u32, h.max(1) as u32)
            .ok_or_else(|| "the picture could not be drawn (no memory for it)".to_owned())?;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|e| format!("the PNG could not be encoded: {e}"))
    }

    /// One SVG per page of `layout`, labelled by row and column when there are several.
    pub fn page_svgs(&self, layout: &Pagination) -> Vec<String> {
        let mut pages = Vec::with_capacity(layout.tiles.len());
        let (rows, cols) = (layout.rows, layout.cols);
        for (i, tile) in layout.tiles.iter().enumerate() {
            let caption = if layout.tiles.len() == 1 {
                self.caption.clone()
            } else {
                let label = format!(
                    "Page {} of {} — row {} of {rows}, column {} of {cols}",
                    i + 1,
                    layout.tiles.len(),
                    i / cols + 1,
                    i % cols + 1
                );
                if self.caption.is_empty() {
                    label
                } else {
                    format!("{label} · {}", self.caption)
                }
            };
            let options = self.options(Some(*tile), false, caption);
            pages.push(svg::to_svg(&self.scene, &options));
        }
        pages
    }

    /// The chart as PDF on `paper`: one page when the whole chart fits with text at least
    /// [`MIN_TEXT_PT`], otherwise tiled over pages labelled by row and column.
    pub fn pdf(&self, paper: Paper) -> Result<PdfOutcome, String> {
        let layout = paginate(&self.scene, paper);
        if layout.tiles.is_empty() {
            return Err(too_many_pages(&layout));
        }
        let pages = self.page_svgs(&layout);

        let pages: Vec<PdfPage> = pages
            .into_iter()
            .map(|svg| PdfPage {
                svg,
                scale: layout.scale,
                at: (PAGE_MARGIN, PAGE_MARGIN),
            })
            .collect();
        let bytes = pdf_pages(&pages, layout.paper)?;
        Ok(PdfOutcome {
            bytes,
            pages: layout.tiles.len(),
            scale: layout.scale,
            paper: layout.paper,
        })
    }
}

/// A written PDF and how it was laid out.
pub struct PdfOutcome {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Points per chart unit.
    pub scale: f32,
    /// Page width and height, points.
    pub paper: (f32, f32),
}

/// How a chart goes onto PDF pages (also `orgsplit export --paper`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Paper {
    /// One page the size of the chart (at 96 dpi, as on screen at 100%), shrunk to PDF's
    /// largest page when bigger, and tiled over A3 pages only if that would make text
    /// unreadable.
    #[default]
    Fit,
    /// A4 landscape pages: one if the chart fits readably, else tiled.
    A4,
    /// A3 landscape pages: one if the chart fits readably, else tiled.
    A3,
}

/// The largest page PDF viewers accept (200 inches), in points.
const MAX_PAGE_PT: f32 = 14_400.0;
/// Points per chart unit at 96 dpi.
const SCREEN_SCALE: f32 = 0.75;

impl Paper {
    /// Width and height in points, landscape; for [`Paper::Fit`], the page of a chart of
    /// `chart` (width, height) units.
    pub fn size(self, chart: (f32, f32)) -> (f32, f32) {
        match self {
            Self::A4 => (841.89, 595.28),
            Self::A3 => (1190.55, 841.89),
            Self::Fit => {
                let (w, h) = (
                    chart.0 * SCREEN_SCALE + 2.0 * PAGE_MARGIN,
                    chart.1 * SCREEN_SCALE + 2.0 * PAGE_MARGIN,
                );
                let shrink = (MAX_PAGE_PT / w).min(MAX_PAGE_PT / h).min(1.0);
                (w * shrink, h * shrink)
            }
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Fit => "chart-sized",
            Self::A4 => "A4",
            Self::A3 => "A3",
        }
    }
}

/// The most pages a chart is tiled over; beyond it the export is refused with a sentence.
pub const MAX_PDF_PAGES: usize = 5_000;

/// The smallest size (points) a card's smallest line may shrink to on paper: below it,
/// the chart is tiled instead.
pub const MIN_TEXT_PT: f32 = 6.0;
/// The card text's smallest size in chart units (the fit line).
const SMALLEST_TEXT: f32 = 11.5;
/// Margin of a PDF page, points.
pub const PAGE_MARGIN: f32 = 24.0;

/// How a chart goes onto pages.
pub struct Pagination {
    /// Page width and height, points.
    pub paper: (f32, f32),
    /// Points per chart unit.
    pub scale: f32,
    /// Chart windows, row by row.
    pub tiles: Vec<Box2>,
    pub rows: usize,
    pub cols: usize,
}

/// One page if the whole chart fits readably (its smallest text at least [`MIN_TEXT_PT`]),
/// else tiles at the readable scale.
pub fn paginate(scene: &Scene, paper: Paper) -> Pagination {
    let chart = scene.bounds();
    // Each page carries its heading band and margins in chart units.
    let extra_w = 2.0 * svg::MARGIN;
    let extra_h = 2.0 * svg::MARGIN + svg::HEADING_HEIGHT;
    let (pw, ph) = paper.size((chart.width() + extra_w, chart.height() + extra_h));
    let (room_w, room_h) = (pw - 2.0 * PAGE_MARGIN, ph - 2.0 * PAGE_MARGIN);
    let fit = (room_w / (chart.width() + extra_w)).min(room_h / (chart.height() + extra_h));
    let readable = MIN_TEXT_PT / SMALLEST_TEXT;
    if fit >= readable || !fit.is_finite() {
        return Pagination {
            paper: (pw, ph),
            scale: fit.min(1.0),
            tiles: vec![chart],
            rows: 1,
            cols: 1,
        };
    }
    if paper == Paper::Fit {
        return paginate(scene, Paper::A3);
    }
    // Tiles at a comfortable scale (text about 8 pt), each page showing this much chart.
    let scale = 8.0 / SMALLEST_TEXT;
    let tile_w = (room_w / scale - extra_w).max(100.0);
    let tile_h = (room_h / scale - extra_h).max(100.0);
    let cols = (chart.width() / tile_w).ceil().max(1.0) as usize;
    let rows = (chart.height() / tile_h).ceil().max(1.0) as usize;
    if rows.saturating_mul(cols) > MAX_PDF_PAGES {
        // A card pinned very far from the others, say: no pages rather than millions.
        return Pagination {
            paper: (pw, ph),
            scale,
            tiles: Vec::new(),
            rows,
            cols,
        };
    }
    let mut tiles = Vec::with_capacity(rows * cols);
    for r in 0..rows {
        for c in 0..cols {
            let min = Pt::new(
                chart.min.x + c as f32 * tile_w,
                chart.min.y + r as f32 * tile_h,
            );
            tiles.push(Box2::from_min_size(min, tile_w, tile_h));
        }
    }
    Pagination {
        paper: (pw, ph),
        scale,
        tiles,
        rows,
        cols,
    }
}

/// Why a chart was not tiled: more pages than [`MAX_PDF_PAGES`].
pub fn too_many_pages(layout: &Pagination) -> String {
    format!(
        "the chart would need {} × {} pages, more than the {MAX_PDF_PAGES} a PDF export makes \
         (is a card pinned far from the others?); export it as SVG instead",
        layout.rows, layout.cols
    )
}

/// Parses an SVG of ours with only the shipped fonts available.
fn parse(svg_text: &str) -> Result<usvg::Tree, String> {
    let mut options = usvg::Options {
        font_family: PROPORTIONAL_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(fonts::PROPORTIONAL.to_vec());
    db.load_font_data(fonts::MONOSPACE.to_vec());
    usvg::Tree::from_str(svg_text, &options)
        .map_err(|e| format!("the chart could not be drawn: {e}"))
}

/// One page of a PDF: an SVG drawn at `scale` points per unit with its top-left corner
/// `at` (points from the page's left and top edges).
pub struct PdfPage {
    pub svg: String,
    pub scale: f32,
    pub at: (f32, f32),
}

/// A PDF of `paper` (width, height in points) pages, one per [`PdfPage`].
pub fn pdf_pages(pages: &[PdfPage], paper: (f32, f32)) -> Result<Vec<u8>, String> {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
    let (pw, ph) = paper;
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::with_capacity(pages.len());
    let mut chunks = Vec::with_capacity(pages.len());
    for page in pages {
        let tree = parse(&page.svg)?;
        let (chunk, root) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| format!("the PDF could not be made: {e}"))?;
        let mut map = std::collections::HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let root = *map
            .get(&root)
            .ok_or_else(|| "the PDF could not be made: a page lost its drawing".to_owned())?;
        let size = tree.size();
        let (w, h) = (size.width() * page.scale, size.height() * page.scale);
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        let mut content = Content::new();
        // The drawing is a 1 × 1 point form: scale it to its size, top-left at the margin.
        content
            .save_state()
            .transform([w, 0.0, 0.0, h, page.at.0, ph - page.at.1 - h])
            .x_object(Name(b"S1"))
            .restore_state();
        pdf.stream(content_id, &content.finish());
        let mut writer = pdf.page(page_id);
        writer.media_box(Rect::new(0.0, 0.0, pw, ph));
        writer.parent(tree_id);
        writer.contents(content_id);
        writer.resources().x_objects().pair(Name(b"S1"), root);
        writer.finish();
        page_ids.push(page_id);
        chunks.push(chunk);
    }
    pdf.catalog(catalog).pages(tree_id);
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    let info = alloc.bump();
    pdf.document_info(info).producer(TextStr("Orgsplit"));
    Ok(pdf.finish())
}
