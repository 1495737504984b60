//! A window nobody touches draws nothing: after the last input, the app stops asking egui
//! for frames (egui_graphs would ask on every frame it is shown), and the first input is
//! answered in the next frame.

use crate::common;

use common::{design, harness, person, pos};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::layout::ChartItem;
use orgsplit::ui::OrgsplitApp;

/// Steps until a frame asks for no other, and says how many frames that took.
fn frames_until_rest(h: &mut Harness<'_, OrgsplitApp>) -> Option<usize> {
    (1..=30).find(|_| {
        h.step();
        !h.ctx.has_requested_repaint()
    })
}

#[test]
fn an_untouched_window_stops_drawing_and_stays_at_rest() {
    let mut h = harness();
    let frames = frames_until_rest(&mut h).expect("the window comes to rest");
    assert!(frames <= 5, "took {frames} frames");
    for _ in 0..10 {
        h.step();
        assert!(
            !h.ctx.has_requested_repaint(),
            "a resting frame asked for another: {:?}",
            h.ctx.repaint_causes()
        );
    }
    // The resting chart is the chart: cards are where they were drawn.
    let d = design(&h);
    assert!(pos(&h, ChartItem::Person(person(&d, "Erik Lund"))).x > 0.0);
}

#[test]
fn hovering_a_card_shows_its_tooltip_then_rests_with_it_open() {
    let mut h = harness();
    frames_until_rest(&mut h).expect("rests first");
    let d = design(&h);
    let erik = pos(&h, ChartItem::Person(person(&d, "Erik Lund")));
    h.hover_at(erik);
    h.step();
    assert!(h.ctx.has_requested_repaint(), "the first input is answered");
    frames_until_rest(&mut h).expect("rests again");
    h.get_by_label_contains("Reports to:");
    h.step();
    assert!(!h.ctx.has_requested_repaint());
    h.get_by_label_contains("Reports to:");
}
