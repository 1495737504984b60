//! Find on the chart: type in the roster search, Enter goes to each match in turn, zooms to
//! it and outlines the managers above it.

use crate::common;

use common::{OPTION_A, design, harness, person};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::ui::chart::management_chain;

#[test]
fn enter_in_the_search_goes_to_each_match_and_outlines_its_chain() {
    let mut h = harness();
    let d = design(&h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_label("Search").type_text("Lund");
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let erik = person(&d, "Erik Lund");
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
    let chain = management_chain(&d, OPTION_A, ChartItem::Person(erik));
    assert!(!chain.is_empty());
    assert_eq!(h.state().chart_view().chain(), chain.as_slice());
    // The only match: Enter again stays on it; the field keeps the keyboard.
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
    // Clearing the selection clears the outline.
    h.state_mut().queue(orgsplit::ui::Action::Select(None));
    h.run_steps(2);
    assert!(h.state().chart_view().chain().is_empty());
}

#[test]
fn clicking_a_roster_name_selects_that_person() {
    let mut h = harness();
    let d = design(&h);
    h.get_by_label_contains("Tomasz Nowak — ").click();
    h.run_steps(3);
    assert_eq!(
        h.state().selected(),
        Some(ChartItem::Person(person(&d, "Tomasz Nowak")))
    );
}
