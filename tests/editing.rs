//! Editing through the real UI: the roster, the inspector, keyboard shortcuts and pins.

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::model::Design;
use orgsplit::ui::{Action, OrgsplitApp};

fn harness() -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::start(None),
        );
    h.run_steps(4);
    h
}

fn design(h: &Harness<'_, OrgsplitApp>) -> Design {
    h.state().document().design().clone()
}

fn person(d: &Design, name: &str) -> usize {
    d.people
        .iter()
        .position(|p| p.name == name)
        .expect("in the sample")
}

fn team_pos(h: &Harness<'_, OrgsplitApp>, unit: &str) -> Pos2 {
    let d = design(h);
    let u = d.units.iter().position(|x| x.id == unit).expect("a unit");
    h.state()
        .chart_view()
        .screen_pos(ChartItem::Team(u))
        .expect("on the chart")
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
    assert!(d.scenarios[0].placement_of(&priya).is_none());
    let from = h
        .get_by_label_contains("Priya Raman — Cloud architect")
        .rect()
        .center();
    let to = team_pos(&h, "digital");
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=10 {
        h.hover_at(from.lerp(to, i as f32 / 10.0));
        h.step();
    }
    release_at(&h, to);
    h.run_steps(3);
    let after = design(&h);
    let seat = after.scenarios[0].placement_of(&priya).expect("now placed");
    assert_eq!(seat.unit, "digital");
    assert_eq!(
        seat.manager,
        after.unit("digital").and_then(|u| u.leader.clone())
    );
    assert!(
        h.state()
            .status()
            .contains("Priya Raman placed to Digital Channels")
            || h.state().status().contains("Priya Raman"),
        "{}",
        h.state().status()
    );
}

#[test]
fn escape_cancels_a_drag_and_nothing_changes() {
    let mut h = harness();
    let d = design(&h);
    let erik = ChartItem::Person(person(&d, "Erik Lund"));
    let from = h
        .state()
        .chart_view()
        .screen_pos(erik)
        .expect("on the chart");
    let to = team_pos(&h, "social");
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=8 {
        h.hover_at(from.lerp(to, i as f32 / 8.0));
        h.step();
    }
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
    let from = h
        .state()
        .chart_view()
        .screen_pos(erik)
        .expect("on the chart");
    let rect = h.state().chart_view().view_rect().expect("drawn");
    let to = Pos2::new(rect.center().x, rect.max.y - 30.0);
    h.event(egui::Event::ModifiersChanged(Modifiers::COMMAND));
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=8 {
        h.hover_at(from.lerp(to, i as f32 / 8.0));
        h.step();
    }
    h.drop_at(to);
    h.run_steps(2);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run_steps(3);
    let after = design(&h);
    let pins = &after.scenarios[0].pinned;
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
