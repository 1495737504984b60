//! Building and comparing options in the running app, as a facilitator would: a new option
//! from the baseline, a move in it, the compare view, switching and removing options.

use crate::common;

use common::{design, drag, person, pos, team};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::ui::{Action, OrgsplitApp};

/// The app on the sample's baseline, "Today — single CIO".
fn on_baseline() -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::start(None),
        );
    h.run_steps(4);
    assert_eq!(h.state().document().scenario_index(), 0);
    h
}

fn click_menu(h: &mut Harness<'_, OrgsplitApp>, menu: &str, item: &str) {
    h.get_by_label(menu).click();
    h.run_steps(2);
    h.get_by_label(item).click();
    h.run_steps(3);
}

#[test]
fn an_option_from_the_baseline_a_move_and_the_compare_view_show_the_change() {
    let mut h = on_baseline();
    click_menu(&mut h, "Option", "New option from the baseline");
    let d = design(&h);
    assert_eq!(d.scenarios.len(), 4);
    assert_eq!(d.scenarios[3].name, "Option C");
    assert_eq!(
        h.state().document().scenario_index(),
        3,
        "the new option is shown"
    );
    assert_eq!(d.scenarios[3].placements, d.scenarios[0].placements);
    h.get_by_label_contains("Added option Option C.");
    h.run_steps(4);

    // Ana Silva (Mainframe) onto the Social Media team header: she joins it under its lead.
    let ana = person(&d, "Ana Silva");
    let social = team(&d, "social");
    let (from, to) = (
        pos(&h, orgsplit::layout::ChartItem::Person(ana)),
        pos(&h, social),
    );
    drag(&mut h, from, to);
    let after = design(&h);
    let seat = after.scenarios[3]
        .placement_of(&after.people[ana].id)
        .expect("placed");
    assert_eq!(seat.unit, "social");
    assert_eq!(
        after.scenarios[0]
            .placement_of(&after.people[ana].id)
            .map(|p| p.unit.as_str()),
        Some("mainframe"),
        "the baseline is untouched"
    );

    h.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::C,
    );
    h.run_steps(6);
    assert!(h.state().compares());
    h.get_by_label("Changes in");
    // The changes in the option on screen list Ana Silva, from Mainframe to Social Media,
    // and the cost of its one organisation, as in the baseline.
    h.get_by_label_contains(
        "Moved: Ana Silva, was in Mainframe & Core Systems (IT), under Tomasz Nowak; now in Social Media (IT), under",
    );
    h.get_by_label_contains("Cost of IT: ");
    h.get_by_label_contains(" (as in the baseline)");
    // And the table counts her: one person placed differently in option C.
    assert!(h.query_all_by_label("1 (+1)").count() >= 1);
}

#[test]
fn options_switch_with_ctrl_page_keys_and_removing_one_asks_first() {
    let mut h = on_baseline();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageDown);
    h.run_steps(3);
    assert_eq!(h.state().document().scenario_index(), 1);
    h.get_by_label("Legacy IT — 41 people");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageUp);
    h.run_steps(3);
    assert_eq!(h.state().document().scenario_index(), 0);

    h.state_mut().queue(Action::SetScenario(2));
    h.run_steps(2);
    click_menu(&mut h, "Option", "Remove this option…");
    h.run_steps(20);
    h.get_by_label_contains("Remove the option Option B — dual CIO + cross-training?");
    h.get_by_label("Remove").click();
    h.run_steps(3);
    let d = design(&h);
    assert_eq!(d.scenarios.len(), 2);
    assert!(d.scenarios.iter().all(|s| s.id != "option-b"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(design(&h).scenarios.len(), 3, "undo brings the option back");
}

#[test]
fn the_last_option_cannot_be_removed() {
    let mut h = on_baseline();
    for _ in 0..2 {
        h.state_mut().queue(Action::SetScenario(1));
        h.run_steps(2);
        h.state_mut().queue(Action::RequestRemoveScenario);
        h.run_steps(20);
        h.get_by_label("Remove").click();
        h.run_steps(3);
    }
    assert_eq!(design(&h).scenarios.len(), 1);
    h.state_mut().queue(Action::RequestRemoveScenario);
    h.run_steps(3);
    assert_eq!(
        h.state().status(),
        "This is the only option; a design needs at least one."
    );
    assert_eq!(design(&h).scenarios.len(), 1);
}
