//! The inspector: edit the selected person or unit, or, with nothing selected, the design's
//! title and analysis thresholds. Every change becomes one [`Command`](crate::edit::Command).

mod design;
mod person;
mod plans;
mod unit;

use egui::RichText;

use super::panel_context::PanelContext;
use super::widgets::TextBuffers;
use crate::analysis::{Analysis, Subject};
use crate::layout::ChartItem;

/// Skill levels and work-style scores as a row of choices; `?` is unknown.
pub(super) const LEVELS: [(Option<u8>, &str); 6] = [
    (None, "?"),
    (Some(1), "1"),
    (Some(2), "2"),
    (Some(3), "3"),
    (Some(4), "4"),
    (Some(5), "5"),
];

/// Draws the inspector for `selected` and pushes the edits the user made.
pub fn inspector_ui(ui: &mut egui::Ui, cx: &mut PanelContext, buffers: &mut TextBuffers) {
    let design = cx.design;
    match cx.selected {
        Some(ChartItem::Person(p)) if p < design.people.len() => {
            person::person_ui(ui, cx, p, buffers);
        }
        Some(ChartItem::Team(u) | ChartItem::Organisation(u)) if u < design.units.len() => {
            unit::unit_ui(ui, cx, u, buffers);
        }
        _ => design::design_ui(ui, cx, buffers),
    }
}

/// The selection's findings, right under its name.
pub(super) fn findings_block(ui: &mut egui::Ui, analysis: &Analysis, subject: Subject) {
    for f in analysis.about(subject) {
        let colour = super::chart::severity_colour(f.severity);
        let text = RichText::new(format!("{} {}", f.severity.letter(), f.message)).color(colour);
        ui.add(egui::Label::new(text).wrap());
    }
}
