//! The findings panel: every finding of the scenario, grouped by kind, with counts per
//! severity and a filter; clicking one selects and centres what it is about.

use egui::{CollapsingHeader, RichText, TextEdit};

use super::actions::Action;
use super::chart::severity_colour;
use super::panel_context::PanelContext;
use crate::analysis::{FindingKind, Severity, Subject};
use crate::layout::ChartItem;
use crate::model::{Design, UnitKind};

/// UI state of the panel: which severities are shown and the text filter.
pub struct FindingsState {
    pub show: [bool; 3],
    pub filter: String,
}

impl Default for FindingsState {
    fn default() -> Self {
        Self {
            show: [true; 3],
            filter: String::new(),
        }
    }
}

/// The chart card a finding is about.
pub fn item_of(design: &Design, subject: Subject) -> ChartItem {
    match subject {
        Subject::Person(p) => ChartItem::Person(p),
        Subject::Unit(u) => match design.units.get(u).map(|x| x.kind) {
            Some(UnitKind::Organisation) => ChartItem::Organisation(u),
            _ => ChartItem::Team(u),
        },
    }
}

pub fn findings_ui(ui: &mut egui::Ui, state: &mut FindingsState, cx: &mut PanelContext) {
    let (design, analysis) = (cx.design, cx.analysis);
    let actions = &mut *cx.actions;
    let counts = analysis.counts();
    ui.horizontal(|ui| {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let i = severity as usize;
            let noun = match (severity, counts[i] == 1) {
                (Severity::Error, true) => "error",
                (Severity::Error, false) => "errors",
                (Severity::Warning, true) => "warning",
                (Severity::Warning, false) => "warnings",
                (Severity::Info, true) => "info",
                (Severity::Info, false) => "infos",
            };
            let text = RichText::new(format!("{} {} {noun}", severity.letter(), counts[i]))
                .color(severity_colour(severity));
            if ui
                .selectable_label(state.show[i], text)
                .on_hover_text("Show or hide this severity")
                .clicked()
            {
                state.show[i] = !state.show[i];
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text("name, skill, unit…")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    let filter = state.filter.trim().to_lowercase();
    egui::ScrollArea::vertical()
        .id_salt("findings-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut shown = 0;
            for kind in FindingKind::ALL {
                let rows: Vec<_> = analysis
                    .findings
                    .iter()
                    .filter(|f| f.kind == kind && state.show[f.severity as usize])
                    .filter(|f| filter.is_empty() || f.message.to_lowercase().contains(&filter))
                    .collect();
                if rows.is_empty() {
                    continue;
                }
                shown += rows.len();
                CollapsingHeader::new(format!("{} ({})", kind.label(), rows.len()))
                    .id_salt(("findings-kind", kind.label()))
                    .default_open(true)
                    .show(ui, |ui| {
                        for f in rows {
                            let text =
                                RichText::new(format!("{}  {}", f.severity.letter(), f.message));
                            let response = ui
                                .add(
                                    egui::Button::selectable(false, text)
                                        .wrap_mode(egui::TextWrapMode::Wrap),
                                )
                                .on_hover_text("Select and show on the chart");
                            if response.clicked() {
                                actions.push(Action::SelectAndCentre(item_of(design, f.subject)));
                            }
                        }
                    });
            }
            if shown == 0 {
                ui.label("No findings match.");
            }
        });
}
