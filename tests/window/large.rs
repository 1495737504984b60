//! A 10,000-person design in the real app: the roster and findings lists lay out only the
//! rows on screen.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::Document;
use orgsplit::model::generate::generated_design;
use orgsplit::ui::OrgsplitApp;

#[test]
fn ten_thousand_people_give_only_a_screenful_of_roster_and_findings_rows() {
    let design = generated_design(10_000, 12, 42);
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::with_document(Document::unsaved(design)),
        );
    h.run_steps(3);
    h.get_by_label("10000 placed, 0 unplaced");
    let roster_rows = h.query_all_by_label_contains(" — Legacy team").count()
        + h.query_all_by_label_contains(" — Interaction team").count();
    assert!(
        (10..200).contains(&roster_rows),
        "{roster_rows} roster rows laid out"
    );
    h.get_by_label_contains("Findings (E").click();
    h.run_steps(3);
    let findings = h.query_all_by_label_contains("skill fit").count();
    assert!(
        (5..200).contains(&findings),
        "{findings} finding rows laid out"
    );
}

/// Checks that egui_graphs holds every card meeting the region it was given (which covers
/// the view) that no overview aggregate covers, no covered card, and few others (the far ends
/// of connectors crossing the region); returns how many it holds.
fn check_held(h: &Harness<'_, OrgsplitApp>) -> usize {
    let view = h.state().chart_view();
    let region = view.graph_region().expect("drawn");
    let screen = view.view_rect().expect("drawn");
    let held: Vec<_> = view.cards_in_graph().iter().map(|c| c.item).collect();
    let all = view.all_cards();
    for card in &all {
        if card.covered {
            assert!(
                !held.contains(&card.item),
                "{:?} is under an aggregate",
                card.item
            );
        } else if card.rect.intersects(region) {
            assert!(
                held.contains(&card.item),
                "{:?} meets the region",
                card.item
            );
        }
    }
    let outside = all
        .iter()
        .filter(|c| held.contains(&c.item) && !c.rect.intersects(region))
        .count();
    assert!(
        outside <= held.len() / 2,
        "{outside} held only for their lines"
    );
    // The region covers what is on screen: every card on screen that no aggregate covers
    // is held.
    for card in all.iter().filter(|c| !c.covered) {
        if view
            .card_rect(card.item)
            .is_some_and(|r| screen.intersects(r))
        {
            assert!(held.contains(&card.item), "{:?} is on screen", card.item);
        }
    }
    held.len()
}

/// egui_graphs is given only the cards around the view: zoomed in on one card of a
/// 2,000-person chart it holds a small part of them.
#[test]
fn only_the_cards_around_the_view_reach_egui_graphs() {
    use orgsplit::layout::ChartItem;
    use orgsplit::ui::Action;
    use orgsplit::ui::chart::Overview;
    let design = generated_design(2_000, 12, 42);
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::with_document(Document::unsaved(design)),
        );
    h.run_steps(3);
    let everyone = h.state().chart_view().all_cards().len();
    assert!(everyone > 2_000, "{everyone} cards on the chart");
    let wide = check_held(&h);
    // Fitted, 2,000 people are an overview of organisation aggregates: egui_graphs holds
    // their header cards alone.
    assert_eq!(h.state().chart_view().overview(), Overview::Organisations);
    assert!(wide < 10, "{wide} cards held at the overview");

    h.state_mut()
        .queue(Action::SelectAndCentre(ChartItem::Person(1_000)));
    h.run_steps(3);
    let close = check_held(&h);
    assert_eq!(h.state().chart_view().overview(), Overview::Cards);
    let held: Vec<_> = h
        .state()
        .chart_view()
        .cards_in_graph()
        .iter()
        .map(|c| c.item)
        .collect();
    assert!(held.contains(&ChartItem::Person(1_000)));
    assert!(
        close > 10 && close < everyone / 10,
        "{close} of {everyone} cards handed to egui_graphs (fitted: {wide})"
    );
}
