//! "What if they resign", shown on the chart: while the what-if window is open, the leaver's
//! card and the cards it would expose (the last holder of a critical skill, the manager who
//! would take the reports) are outlined and say why. Only the cards' looks change; the
//! design does not.

use std::sync::Arc;

use super::{Card, ChartView};
use crate::layout::ChartItem;

impl ChartView {
    /// Marks these cards with their notes, clearing earlier marks; cheap when neither the
    /// marks nor the chart changed. An empty list clears every mark.
    pub fn show_what_if(&mut self, marks: &[(ChartItem, String)]) {
        if self.what_if == marks && self.what_if_for == self.built_for {
            return;
        }
        let old = std::mem::take(&mut self.what_if);
        for (item, _) in &old {
            self.mark_what_if(*item, None);
        }
        for (item, note) in marks {
            self.mark_what_if(*item, Some(note.clone()));
        }
        self.what_if = marks.to_vec();
        self.what_if_for = self.built_for;
    }

    /// The marks on screen.
    pub fn what_if_marks(&self) -> &[(ChartItem, String)] {
        &self.what_if
    }

    fn mark_what_if(&mut self, item: ChartItem, note: Option<String>) {
        let Some(&card) = self.card_of.get(&item) else {
            return;
        };
        let look = &self.cards[card].0;
        if look.what_if == note {
            return;
        }
        let mut changed = (**look).clone();
        changed.what_if = note;
        self.cards[card] = Card(Arc::new(changed));
        if let Some(n) = self.nodes[card].and_then(|n| self.graph.node_mut(n)) {
            *n.payload_mut() = self.cards[card].clone();
        }
    }
}
