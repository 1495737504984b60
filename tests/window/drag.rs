//! Dragging people on the live chart with real pointer events, as a facilitator would.

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::model::Design;
use orgsplit::ui::OrgsplitApp;

use crate::common;
use common::{design, drag, harness, person, pos, press_and_move, team};

fn leader(d: &Design, unit: &str) -> usize {
    let id = d
        .unit(unit)
        .and_then(|u| u.leader.clone())
        .expect("has a leader");
    d.people
        .iter()
        .position(|p| p.id == id)
        .expect("on the roster")
}

fn seat(h: &Harness<'_, OrgsplitApp>, name: &str) -> (String, Option<String>) {
    let d = design(h);
    let id = &d.people[person(&d, name)].id;
    let p = d.scenarios[common::OPTION_A]
        .placement_of(id)
        .expect("placed");
    (p.unit.clone(), p.manager.clone())
}

#[test]
fn dragging_a_legacy_specialist_onto_an_interaction_team_moves_them_and_undo_restores() {
    let mut h = harness();
    let d = design(&h);
    let before = seat(&h, "Erik Lund");
    assert_eq!(before.0, "mainframe");
    let from = pos(&h, ChartItem::Person(person(&d, "Erik Lund")));
    let to = pos(&h, team(&d, "social"));
    drag(&mut h, from, to);

    let lead = d.people[leader(&d, "social")].id.clone();
    assert_eq!(seat(&h, "Erik Lund"), ("social".to_owned(), Some(lead)));
    assert!(
        h.state()
            .status()
            .starts_with("Erik Lund moved to Social Media, now reporting to"),
        "{}",
        h.state().status()
    );
    h.get_by_label_contains("Erik Lund moved to Social Media");
    assert!(h.state().window_title().starts_with('●'));

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(seat(&h, "Erik Lund"), before);
    assert!(!h.state().window_title().starts_with('●'));
    h.get_by_label_contains("Undid move of Erik Lund");
}

#[test]
fn dropping_a_manager_onto_their_own_report_is_refused_and_changes_nothing() {
    let mut h = harness();
    let d = design(&h);
    let lead = leader(&d, "mainframe");
    let from = pos(&h, ChartItem::Person(lead));
    let to = pos(&h, ChartItem::Person(person(&d, "Erik Lund")));
    drag(&mut h, from, to);
    assert_eq!(design(&h), d);
    assert!(
        h.state().status().contains("who reports to"),
        "{}",
        h.state().status()
    );
    assert!(h.state().document().undo_label().is_none());
}

#[test]
fn shift_drag_moves_a_manager_alone_and_their_reports_move_up() {
    let mut h = harness();
    let d = design(&h);
    let lead = leader(&d, "erp");
    let lead_name = d.people[lead].name.clone();
    let (_, boss) = seat(&h, &lead_name);
    let reports: Vec<String> = d.scenarios[common::OPTION_A]
        .placements
        .iter()
        .filter(|p| p.manager.as_deref() == Some(d.people[lead].id.as_str()))
        .map(|p| p.person.clone())
        .collect();
    assert!(!reports.is_empty());
    let from = pos(&h, ChartItem::Person(lead));
    let to = pos(&h, team(&d, "digital"));
    h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    h.step();
    drag(&mut h, from, to);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.step();
    assert_eq!(seat(&h, &lead_name).0, "digital");
    let after = design(&h);
    for r in &reports {
        let p = after.scenarios[common::OPTION_A]
            .placement_of(r)
            .expect("still placed");
        assert_eq!(
            p.manager, boss,
            "{r} should now report to the former manager"
        );
    }
}

#[test]
fn dropping_on_empty_canvas_changes_nothing() {
    let mut h = harness();
    let d = design(&h);
    let from = pos(&h, ChartItem::Person(person(&d, "Erik Lund")));
    let corner = h.state().chart_view().view_rect().expect("drawn").min + egui::vec2(8.0, 8.0);
    drag(&mut h, from, corner);
    assert_eq!(design(&h), d);
    assert!(h.state().document().undo_label().is_none());
    // The card is back where the layout puts it.
    assert_eq!(pos(&h, ChartItem::Person(person(&d, "Erik Lund"))), from);
}

#[test]
fn moving_the_mainframe_expert_to_social_media_shows_the_new_findings_and_undo_clears_them() {
    let mut h = harness();
    let d = design(&h);
    h.get_by_label_contains("Findings (").click();
    h.run_steps(2);
    let mismatch = "Erik Lund: skill fit 0% for Social Media";
    let drain = "Mainframe operations (level 3+) in Mainframe & Core Systems: no holders left";
    assert!(h.query_by_label_contains(mismatch).is_none());
    assert!(h.query_by_label_contains(drain).is_none());

    let from = pos(&h, ChartItem::Person(person(&d, "Erik Lund")));
    let to = pos(&h, team(&d, "social"));
    // Stop over the target first: the status line previews the impact before the drop.
    press_and_move(&mut h, from, to);
    h.step();
    h.get_by_label_contains("Impact:");
    // The preview names who the new findings are about.
    h.get_by_label_contains("New warning: Erik Lund: skill fit 0% for Social Media");
    h.drop_at(to);
    h.run_steps(3);

    h.get_by_label_contains(mismatch);
    h.get_by_label_contains(drain);
    // The drop kept the design and analysis its preview worked out: exactly what the moved
    // design analyses to, for the revision on screen.
    let doc = h.state().document();
    assert_ne!(doc.design(), &d);
    assert_eq!(
        h.state().analysis(),
        &orgsplit::analysis::analyse(doc.design(), doc.scenario_index())
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert!(h.query_by_label_contains(mismatch).is_none());
    assert!(h.query_by_label_contains(drain).is_none());
}
