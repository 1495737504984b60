//! The Knowledge tab in the real app: option B's knowledge risk, figures that follow the
//! option on screen, and names that select people on the chart.
#![cfg(feature = "ui")]

mod common;

use common::{harness, person};
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::ui::Action;

#[test]
fn the_knowledge_tab_shows_option_bs_mainframe_risk_and_names_select_people() {
    let mut h = harness();
    let option_b = h
        .state()
        .document()
        .design()
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    h.state_mut().queue(Action::SetScenario(option_b));
    h.run_steps(3);
    h.get_by_label("Knowledge").click();
    h.run_steps(3);
    h.get_by_label(
        "Mainframe operations 3+: 2 holders · bus factor 2 · 16% chance of losing all within a year",
    );
    h.get_by_label_contains("Truck factor 6:");
    // Erik Lund appears as a holder and among the most damaging departures: either link
    // selects him.
    let erik = person(&h.state().document().design().clone(), "Erik Lund");
    h.get_all_by_label("Erik Lund")
        .next()
        .expect("a link")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
    // Another option, other figures: Option A has Erik Lund alone at Mainframe operations.
    h.state_mut().queue(Action::SetScenario(common::OPTION_A));
    h.run_steps(3);
    h.get_by_label(
        "Mainframe operations 3+: 1 holder · bus factor 1 · 40% chance of losing all within a year",
    );
}

/// "What if they resign?" in a person's inspector shows what would break, and the design
/// stays as it was.
#[test]
fn what_if_they_resign_shows_what_would_break_without_changing_the_design() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let option_b = d
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    h.state_mut().queue(Action::SetScenario(option_b));
    h.run_steps(3);
    let erik = person(&d, "Erik Lund");
    h.state_mut()
        .queue(Action::SelectAndCentre(ChartItem::Person(erik)));
    h.run_steps(3);
    let revision = h.state().document().revision();
    h.get_by_label("What if they resign?").click();
    h.run_steps(3);
    h.get_by_label_contains("If Erik Lund resigned");
    h.get_by_label(
        "• Mainframe operations 3+ in Legacy IT: only Ana Silva would hold it (now 2 holders)",
    );
    assert_eq!(h.state().document().revision(), revision);
    assert_eq!(h.state().document().design(), &d);
    h.get_by_label("Close").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("If Erik Lund resigned").is_none());
}

/// A right-click on a person's card asks the same question.
#[test]
fn a_right_click_on_a_card_shows_what_would_break() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let erik = person(&d, "Erik Lund");
    let at = common::pos(&h, ChartItem::Person(erik));
    h.hover_at(at);
    h.run_steps(2);
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: egui::Modifiers::default(),
    });
    h.step();
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: egui::Modifiers::default(),
    });
    h.run_steps(3);
    h.get_by_label_contains("If Erik Lund resigned");
    assert_eq!(h.state().document().design(), &d);
}
