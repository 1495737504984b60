//! Helpers shared by the end-to-end tests that drive the app through egui_kittest.
#![allow(dead_code)] // each test file uses a different subset

use egui::Pos2;
use egui_kittest::Harness;
use orgsplit::layout::ChartItem;
use orgsplit::model::Design;
use orgsplit::ui::{Action, OrgsplitApp};

/// The sample's "Option A — dual CIO", the second option after the single-CIO baseline.
pub const OPTION_A: usize = 1;

/// The real app on the built-in sample, showing option A (the split into a Legacy and an
/// Interaction organisation), in a window large enough to show every panel.
pub fn harness() -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::start(None),
        );
    h.state_mut().queue(Action::SetScenario(OPTION_A));
    // The chart repaints every frame, so step a fixed number of frames instead of `run`.
    h.run_steps(4);
    assert_eq!(h.state().document().scenario_index(), OPTION_A);
    h
}

pub fn design(h: &Harness<'_, OrgsplitApp>) -> Design {
    h.state().document().design().clone()
}

/// Roster index of the sample person called `name`.
pub fn person(d: &Design, name: &str) -> usize {
    d.people
        .iter()
        .position(|p| p.name == name)
        .expect("in the sample")
}

/// The chart item of the team with id `unit`.
pub fn team(d: &Design, unit: &str) -> ChartItem {
    ChartItem::Team(d.units.iter().position(|u| u.id == unit).expect("a unit"))
}

/// Where a card was last drawn on screen.
pub fn pos(h: &Harness<'_, OrgsplitApp>, item: ChartItem) -> Pos2 {
    h.state()
        .chart_view()
        .screen_pos(item)
        .expect("card is on the chart")
}

/// Presses on `from` and moves in small steps to `to`, without releasing.
pub fn press_and_move(h: &mut Harness<'_, OrgsplitApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=8 {
        h.hover_at(from.lerp(to, i as f32 / 8.0));
        h.step();
    }
}

/// Presses on `from`, moves in small steps to `to` and releases there.
pub fn drag(h: &mut Harness<'_, OrgsplitApp>, from: Pos2, to: Pos2) {
    press_and_move(h, from, to);
    h.drop_at(to);
    h.run_steps(3);
}
