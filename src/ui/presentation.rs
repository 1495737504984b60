//! Presentation mode (F5, Esc leaves): the chart alone, full screen, for a projector in
//! front of the very people it describes. Side panels, menus and the status bar are hidden;
//! cards use the high-contrast palette and names never shrink below 18 px; hovering shows
//! no details unless privacy mode keeps personal data out of them. Entering and leaving is
//! `OrgsplitApp::set_presenting`; what is drawn on top of the chart is here.

/// A quiet line in the corner saying which option is shown and how to leave.
pub(super) fn caption(ui: &egui::Ui, design: &crate::model::Design, scenario: usize) {
    let Some(option) = design.scenarios.get(scenario) else {
        return;
    };
    let rect = ui.max_rect();
    ui.painter().text(
        rect.left_top() + egui::vec2(12.0, 10.0),
        egui::Align2::LEFT_TOP,
        format!("{} — Esc leaves", option.name),
        egui::FontId::proportional(18.0),
        egui::Color32::from_gray(40),
    );
}
