//! One entry point for every export the window and the command line offer: what to make,
//! the bytes, and writing them atomically (a failed or partial export never replaces an
//! existing file).

use std::path::Path;

use super::chart::{Paper, picture};
use super::report::{report_html, report_pdf};
use crate::io::write_shared_atomically;
use crate::model::{Design, Privacy, counted};

/// What an export makes (also `orgsplit export --format`, in kebab case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The option's chart, vector, with real text.
    Svg,
    /// The option's chart as a picture.
    Png,
    /// The option's chart as PDF: one page, or tiled pages when one would be unreadable.
    Pdf,
    /// The workshop report of every option, as one web page.
    Html,
    /// The workshop report of every option, as A4 pages.
    ReportPdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf | Self::ReportPdf => "pdf",
            Self::Html => "html",
        }
    }

    /// "SVG chart", for menus and messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Svg => "SVG chart",
            Self::Png => "PNG picture",
            Self::Pdf => "PDF chart",
            Self::Html => "HTML workshop report",
            Self::ReportPdf => "PDF workshop report",
        }
    }
}

/// Everything an export needs besides the design.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// The option drawn (charts only; the report has every option).
    pub scenario: usize,
    /// Added to the design's own privacy settings (an export never shows more).
    pub privacy: Privacy,
    /// PNG pixels per chart unit.
    pub scale: f32,
    pub paper: Paper,
}

/// Made export bytes and a sentence saying what they are.
pub struct Exported {
    pub bytes: Vec<u8>,
    /// "option B as a PDF chart (6 A3 pages, tiled so text stays readable)".
    pub summary: String,
}

/// Makes the export's bytes; a sentence when it cannot be made.
pub fn render(design: &Design, request: &ExportRequest) -> Result<Exported, String> {
    let option = || {
        design
            .scenarios
            .get(request.scenario)
            .map_or_else(String::new, |s| s.name.clone())
    };
    match request.format {
        ExportFormat::Html => Ok(Exported {
            bytes: report_html(design, request.privacy).into_bytes(),
            summary: format!(
                "the workshop report of {} as HTML",
                counted(design.scenarios.len(), "option", "options")
            ),
        }),
        ExportFormat::ReportPdf => {
            let (bytes, pages) = report_pdf(design, request.privacy)?;
            Ok(Exported {
                bytes,
                summary: format!(
                    "the workshop report of {} as a PDF of {}",
                    counted(design.scenarios.len(), "option", "options"),
                    counted(pages, "A4 page", "A4 pages")
                ),
            })
        }
        ExportFormat::Svg => {
            let picture = picture(design, request.scenario, request.privacy)?;
            Ok(Exported {
                bytes: picture.svg().into_bytes(),
                summary: format!("{} as an SVG chart", option()),
            })
        }
        ExportFormat::Png => {
            let picture = picture(design, request.scenario, request.privacy)?;
            Ok(Exported {
                bytes: picture.png(request.scale)?,
                summary: format!("{} as a PNG picture at scale {}", option(), request.scale),
            })
        }
        ExportFormat::Pdf => {
            let picture = picture(design, request.scenario, request.privacy)?;
            let pdf = picture.pdf(request.paper)?;
            let paper = if pdf.paper == Paper::A3.size((0.0, 0.0)) {
                "A3"
            } else if pdf.paper == Paper::A4.size((0.0, 0.0)) {
                "A4"
            } else {
                "chart-sized"
            };
            let pages = if pdf.pages == 1 {
                format!("one {paper} page")
            } else {
                format!(
                    "{} {paper} pages, tiled so the text stays readable",
                    pdf.pages
                )
            };
            Ok(Exported {
                bytes: pdf.bytes,
                summary: format!("{} as a PDF chart on {pages}", option()),
            })
        }
    }
}

/// Makes the export and writes it to `path` atomically; returns what was written.
pub fn export_to(design: &Design, request: &ExportRequest, path: &Path) -> Result<String, String> {
    let made = render(design, request)?;
    write_shared_atomically(path, &made.bytes)
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(made.summary)
}
