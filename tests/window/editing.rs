//! Editing through the real UI: the roster, the inspector, keyboard shortcuts and pins.

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::ui::{Action, OrgsplitApp};

use crate::common;
use common::{design, harness, person, pos, press_and_move, team};

fn team_pos(h: &Harness<'_, OrgsplitApp>, unit: &str) -> Pos2 {
    pos(h, team(&design(h), unit))
}

fn release_at(h: &Harness<'_, OrgsplitApp>, pos: Pos2) {
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
}

#[test]
fn an_unplaced_person_dragged_from_the_roster_onto_a_team_is_placed_there() {
    let mut h = harness();
    let d = design(&h);
    let priya = d.people[person(&d, "Priya Raman")].id.clone();
    assert!(d.scenarios[common::OPTION_A].placement_of(&priya).is_none());
    let from = h
        .get_by_label_contains("Priya Raman — Cloud architect")
        .rect()
        .center();
    let to = team_pos(&h, "digital");
    press_and_move(&mut h, from, to);
    release_at(&h, to);
    h.run_steps(3);
    let after = design(&h);
    let seat = after.scenarios[common::OPTION_A]
        .placement_of(&priya)
        .expect("now placed");
    assert_eq!(seat.unit, "digital");
    assert_eq!(
        seat.manager,
        after.unit("digital").and_then(|u| u.leader.clone())
    );
    assert!(
        h.state()
            .status()
            .starts_with("Priya Raman placed in Digital Channels, now reporting to"),
        "{}",
        h.state().status()
    );
}

#[test]
fn escape_cancels_a_drag_and_nothing_changes() {
    let mut h = harness();
    let d = design(&h);
    let erik = ChartItem::Person(person(&d, "Erik Lund"));
    let from = pos(&h, erik);
    let to = team_pos(&h, "social");
    press_and_move(&mut h, from, to);
    assert!(h.state().chart_view().is_dragging());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.state().status().contains("cancelled"),
        "{}",
        h.state().status()
    );
    h.drop_at(to);
    h.run_steps(3);
    assert!(design(&h) == d, "changed: {}", h.state().status());
    assert!(h.state().document().undo_label().is_none());
}

#[test]
fn delete_asks_first_then_removes_and_reports_move_up() {
    let mut h = harness();
    let d = design(&h);
    let lead_id = d
        .unit("crm_loyalty")
        .and_then(|u| u.leader.clone())
        .expect("a lead");
    let lead = d
        .people
        .iter()
        .position(|p| p.id == lead_id)
        .expect("on roster");
    h.state_mut()
        .queue(Action::Select(Some(ChartItem::Person(lead))));
    h.run_steps(2);
    h.key_press(egui::Key::Delete);
    h.run_steps(2);
    h.get_by_label_contains("Their reports move up");
    assert_eq!(design(&h), d, "nothing is removed before confirming");
    h.get_by_label("Remove").click();
    h.run_steps(3);
    let after = design(&h);
    assert!(after.person(&lead_id).is_none());
    assert_eq!(after.people.len(), d.people.len() - 1);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(design(&h), d);
}

#[test]
fn renaming_in_the_inspector_is_one_undo_step() {
    let mut h = harness();
    let d = design(&h);
    let erik = person(&d, "Erik Lund");
    h.state_mut()
        .queue(Action::Select(Some(ChartItem::Person(erik))));
    h.run_steps(2);
    let field = h.get_by_label("Name");
    field.click();
    h.run_steps(1);
    h.get_by_label("Name").type_text(" Jr");
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(design(&h).people[erik].name, "Erik Lund Jr");
    assert_eq!(
        h.state().document().undo_label(),
        Some("rename of Erik Lund")
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(design(&h).people[erik].name, "Erik Lund");
}

#[test]
fn ctrl_dropping_on_empty_canvas_pins_the_card_there() {
    let mut h = harness();
    let d = design(&h);
    let erik = ChartItem::Person(person(&d, "Erik Lund"));
    let from = pos(&h, erik);
    let rect = h.state().chart_view().view_rect().expect("drawn");
    let to = Pos2::new(rect.center().x, rect.max.y - 30.0);
    h.event(egui::Event::ModifiersChanged(Modifiers::COMMAND));
    press_and_move(&mut h, from, to);
    h.drop_at(to);
    h.run_steps(2);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run_steps(3);
    let after = design(&h);
    let pins = &after.scenarios[common::OPTION_A].pinned;
    assert_eq!(pins.len(), 1, "{}", h.state().status());
    assert_eq!(pins[0].person, d.people[person(&d, "Erik Lund")].id);
    let now = h
        .state()
        .chart_view()
        .screen_pos(erik)
        .expect("still on the chart");
    assert!(
        (now - to).length() < 4.0,
        "card at {now:?}, dropped at {to:?}"
    );
}

#[test]
fn ctrl_f_focuses_the_roster_search() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run_steps(2);
    h.get_by_label("Search").type_text("cobol");
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Yuki Tanaka —").is_none(),
        "filtered out"
    );
    h.get_by_label_contains("Mei Chen —");
}
