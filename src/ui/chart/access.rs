//! Cards a screen reader can find: the chart is painted shapes, so each card on screen is
//! also published as an AccessKit node with its name, title and findings. Assistive
//! technology — and end-to-end tests — then see the chart's cards, not one opaque picture.
//! Only cards inside the view are published, and their text is only put together while
//! AccessKit is on.

use egui::accesskit::{Action, Rect as AkRect, Role};
use egui::{Id, Rect};

use super::ChartView;
use crate::layout::ChartItem;

impl ChartView {
    /// Publishes every card inside `view` (the chart's screen rect) for this frame.
    pub(super) fn publish_cards(&self, ctx: &egui::Context, view: Rect) {
        let covered = self.built.groups.covered(self.shown_level);
        for (card, item) in self.built.chart.items.iter().enumerate() {
            if covered.is_some_and(|c| c.get(card).copied().unwrap_or(false)) {
                continue;
            }
            let Some(rect) = self.card_screen_rect(card).filter(|r| view.intersects(*r)) else {
                continue;
            };
            // The card's text is looked up only inside the builder, which egui calls only
            // while AccessKit is on: with it off, a frame pays for the rectangles alone.
            ctx.accesskit_node_builder(card_id(*item), |node| {
                let look = &self.built.cards[card].0;
                node.set_role(Role::Button);
                let mut label = card_label(&look.face.title, &look.face.subtitle, look.face.badges);
                if let Some(note) = &look.what_if {
                    label.push_str(", if the what-if happened: ");
                    label.push_str(note);
                }
                node.set_label(label);
                node.set_bounds(AkRect {
                    x0: rect.min.x.into(),
                    y0: rect.min.y.into(),
                    x1: rect.max.x.into(),
                    y1: rect.max.y.into(),
                });
                node.add_action(Action::Click);
            });
        }
    }
}

/// The AccessKit id of a card.
fn card_id(item: ChartItem) -> Id {
    Id::new(("chart-card", item))
}

/// "Erik Lund, Mainframe engineer, 1 error, 2 warnings".
fn card_label(title: &str, subtitle: &str, badges: [usize; 3]) -> String {
    let mut parts = vec![title.to_owned()];
    if !subtitle.is_empty() {
        parts.push(subtitle.to_owned());
    }
    for (n, one, many) in [
        (badges[0], "error", "errors"),
        (badges[1], "warning", "warnings"),
        (badges[2], "information finding", "information findings"),
    ] {
        if n > 0 {
            parts.push(crate::model::counted(n, one, many));
        }
    }
    parts.join(", ")
}
