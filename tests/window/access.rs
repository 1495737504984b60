//! The chart's cards are AccessKit nodes a screen reader (and a test) can find and click.

use crate::common;

use common::{design, harness, person};
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable};
use orgsplit::layout::ChartItem;

#[test]
fn a_card_is_found_by_its_name_title_and_findings_and_clicking_it_selects_it() {
    let mut h = harness();
    let d = design(&h);
    let erik = person(&d, "Erik Lund");
    let title = d.people[erik].title.clone();
    let wanted = format!("Erik Lund, {title}");
    let card = h.get(By::new().role(Role::Button).label_contains(&wanted));
    card.click();
    h.run_steps(3);
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
    // At fit zoom every card of the option is on screen, so every card is published.
    let everyone = h
        .query_all(By::new().role(Role::Button).label_contains(", "))
        .count();
    assert!(everyone >= d.people.len() / 2, "{everyone} cards published");
}
