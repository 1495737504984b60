//! File ▸ Export…: what to export before where. One small window chooses the option (the one
//! on screen first), the PNG's scale or the PDF's pages, and more privacy than the design's
//! own (never less: the design's settings show ticked and cannot be unticked here); then the
//! file dialog asks where.

use egui::RichText;

use crate::export::chart::Paper;
use crate::export::{ExportFormat, ExportRequest};
use crate::model::{Design, Privacy};

/// The export being set up.
pub struct ExportDialog {
    pub request: ExportRequest,
}

/// What the user decided this frame.
pub enum ExportDialogOutcome {
    /// Ask where to write it.
    ChooseFile(ExportRequest),
    Cancelled,
}

impl ExportDialog {
    /// An export of `format` of the option on screen, at the usual settings.
    pub fn new(format: ExportFormat, scenario: usize) -> Self {
        Self {
            request: ExportRequest {
                format,
                scenario,
                privacy: Privacy::default(),
                scale: 2.0,
                paper: Paper::Fit,
            },
        }
    }

    pub fn ui(&mut self, ctx: &egui::Context, design: &Design) -> Option<ExportDialogOutcome> {
        let r = &mut self.request;
        let mut outcome = None;
        let modal = egui::Modal::new(egui::Id::new("export-dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(format!("Export {}", r.format.label()));
            let chart = !matches!(r.format, ExportFormat::Html | ExportFormat::ReportPdf);
            if chart {
                let name = |s: usize| design.scenarios.get(s).map_or("", |o| o.name.as_str());
                egui::ComboBox::from_label("Option")
                    .selected_text(name(r.scenario))
                    .show_ui(ui, |ui| {
                        for s in 0..design.scenarios.len() {
                            ui.selectable_value(&mut r.scenario, s, name(s));
                        }
                    });
            } else {
                ui.label("Every option, the comparison and the moves from the first option.");
            }
            match r.format {
                ExportFormat::Png => {
                    ui.add(
                        egui::Slider::new(&mut r.scale, 0.25..=4.0)
                            .text("pixels per point on screen at 100%"),
                    );
                }
                ExportFormat::Pdf => {
                    ui.horizontal(|ui| {
                        ui.label("Pages");
                        ui.radio_value(&mut r.paper, Paper::Fit, "One page, chart-sized");
                        ui.radio_value(&mut r.paper, Paper::A4, "A4");
                        ui.radio_value(&mut r.paper, Paper::A3, "A3");
                    });
                    ui.label(
                        RichText::new(
                            "A chart too large to read on one page is tiled over A3 (or the \
                             chosen paper) pages, each labelled by row and column.",
                        )
                        .weak(),
                    );
                }
                _ => {}
            }
            ui.separator();
            let own = design.settings.privacy;
            let mut hide = r.privacy.hide_sensitive || own.hide_sensitive;
            let mut pseudo = r.privacy.pseudonymise || own.pseudonymise;
            ui.add_enabled(
                !own.hide_sensitive,
                egui::Checkbox::new(&mut hide, "Hide cost, flight risk and work-style scores"),
            );
            ui.add_enabled(
                !own.pseudonymise,
                egui::Checkbox::new(&mut pseudo, "Replace names by pseudonyms"),
            );
            if own.hide_sensitive || own.pseudonymise {
                ui.label(RichText::new("This design's privacy settings always apply.").weak());
            }
            r.privacy = Privacy {
                hide_sensitive: hide,
                pseudonymise: pseudo,
            };
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Choose file…").clicked() {
                    outcome = Some(ExportDialogOutcome::ChooseFile(*r));
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(ExportDialogOutcome::Cancelled);
                }
            });
        });
        if modal.should_close() && outcome.is_none() {
            outcome = Some(ExportDialogOutcome::Cancelled);
        }
        outcome
    }
}
