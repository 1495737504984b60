//! Small editing widgets that turn a finished gesture into exactly one value, so one field
//! edit is one undo step.

use std::collections::HashMap;

use egui::{Response, TextEdit};

use super::actions::Action;
use crate::model::Design;

/// Text buffers of fields being edited, keyed by field (UI state; never saved or undone).
pub type TextBuffers = HashMap<String, String>;

/// A labelled text field that returns the new text once, when editing ends (focus leaves or
/// Enter in a single-line field) and the text differs from `current`.
pub fn committed_text(
    ui: &mut egui::Ui,
    buffers: &mut TextBuffers,
    label: &str,
    key: &str,
    current: &str,
    multiline: bool,
) -> Option<String> {
    let label_response = ui.label(label);
    let buffer = buffers
        .entry(key.to_owned())
        .or_insert_with(|| current.to_owned());
    let edit = if multiline {
        TextEdit::multiline(buffer).desired_rows(3)
    } else {
        TextEdit::singleline(buffer)
    };
    let response: Response = ui
        .add(
            edit.id(ui.make_persistent_id(key))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label_response.id);
    if response.lost_focus() {
        if buffer.as_str() != current {
            return Some(buffer.clone());
        }
    } else if !response.has_focus() && buffer.as_str() != current {
        // The design changed underneath (undo, another panel): show the new value.
        *buffer = current.to_owned();
    }
    None
}

/// A row of buttons choosing one of `options`; returns the option clicked, if it differs.
pub fn choice_row<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    current: T,
    options: &[(T, &str)],
) -> Option<T> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        for (value, text) in options {
            if ui.selectable_label(*value == current, *text).clicked() && *value != current {
                chosen = Some(*value);
            }
        }
    });
    chosen
}

/// A person's name as a link that selects and centres them on the chart.
pub(super) fn person_link(ui: &mut egui::Ui, design: &Design, p: usize, actions: &mut Vec<Action>) {
    if ui
        .link(&design.people[p].name)
        .on_hover_text("Show them on the chart")
        .clicked()
    {
        actions.push(Action::SelectAndCentre(crate::layout::ChartItem::Person(p)));
    }
}

/// The sentence with its first letter upper-case.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
