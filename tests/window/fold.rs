//! Folding the chart: a card's chevron folds what is below it (the card then shows the
//! head-count inside and still takes drops), View ▸ Expand to level folds the chart to an
//! overview, finding someone unfolds what hides them.

use crate::common;

use common::{OPTION_A, design, harness, person, team};
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::ui::Action;

#[test]
fn the_chevron_folds_a_team_and_expand_to_level_two_shows_teams_only() {
    let mut h = harness();
    let d = design(&h);
    let mainframe = team(&d, "mainframe");
    let erik = ChartItem::Person(person(&d, "Erik Lund"));
    assert!(h.state().chart_view().screen_pos(erik).is_some());
    // Zoom in on the team header so its chevron is large enough to click.
    h.state_mut().queue(Action::SelectAndCentre(mainframe));
    h.run_steps(4);
    let rect = h
        .state()
        .chart_view()
        .card_rect(mainframe)
        .expect("header on screen");
    let chevron = rect.max - egui::vec2(9.0, 9.0);
    h.hover_at(chevron);
    h.step();
    h.drag_at(chevron);
    h.step();
    h.drop_at(chevron);
    h.run_steps(4);
    assert!(h.state().chart_view().folded().contains(&mainframe));
    assert!(
        h.state().chart_view().screen_pos(erik).is_none(),
        "Erik is folded away"
    );
    // The folded header says how many it holds, and can be found by a screen reader.
    h.get_by_label_contains("Mainframe & Core Systems, Legacy team");
    // Finding Erik unfolds the team.
    h.state_mut().queue(Action::SelectAndCentre(erik));
    h.run_steps(4);
    assert!(h.state().chart_view().screen_pos(erik).is_some());
    // Level 2: the banners, the CIOs and the team headers, every team folded.
    h.state_mut().queue(Action::ExpandToLevel(Some(2)));
    h.run_steps(4);
    let shown_people = d
        .people
        .iter()
        .enumerate()
        .filter(|(p, _)| {
            h.state()
                .chart_view()
                .screen_pos(ChartItem::Person(*p))
                .is_some()
        })
        .count();
    let cios = d.scenarios[OPTION_A]
        .placements
        .iter()
        .filter(|p| p.manager.is_none())
        .count();
    assert_eq!(shown_people, cios, "only the CIOs are shown as people");
    assert!(h.state().chart_view().folded().contains(&mainframe));
    h.state_mut().queue(Action::ExpandToLevel(None));
    h.run_steps(4);
    assert!(h.state().chart_view().folded().is_empty());
    assert!(h.state().chart_view().screen_pos(erik).is_some());
}
