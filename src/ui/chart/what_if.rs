//! "What if they resign", shown on the chart: while the what-if window is open, the leaver's
//! card and the cards it would expose (the last holder of a critical skill, the manager who
//! would take the reports) are outlined and say why. Only the cards' looks change; the
//! design does not.

use super::ChartView;
use crate::layout::ChartItem;

impl ChartView {
    /// Marks these cards with their notes, clearing earlier marks; cheap when neither the
    /// marks nor the chart changed. An empty list clears every mark.
    pub fn show_what_if(&mut self, marks: &[(ChartItem, String)]) {
        if self.overlays.what_if == marks && self.overlays.what_if_for == self.built.built_for {
            return;
        }
        let old = std::mem::take(&mut self.overlays.what_if);
        for (item, _) in &old {
            self.restyle(*item, |look| look.what_if = None);
        }
        for (item, note) in marks {
            self.restyle(*item, |look| look.what_if = Some(note.clone()));
        }
        self.overlays.what_if = marks.to_vec();
        self.overlays.what_if_for = self.built.built_for;
    }
}
