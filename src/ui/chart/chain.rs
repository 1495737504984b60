//! The management chain of the selected person — their manager, that manager's manager, up
//! to the top of the organisation, and the sponsor above it — outlined on the chart, so a
//! person found with the roster search is seen in context.

use std::sync::Arc;

use super::{Card, CardLook, ChartView};
use crate::layout::ChartItem;
use crate::model::{Design, ScenarioIndex};

/// The cards above `item` in scenario `scenario`: managers nearest first, then the
/// organisation's sponsors. Empty for anything but a placed person.
pub fn management_chain(design: &Design, scenario: usize, item: ChartItem) -> Vec<ChartItem> {
    let (ChartItem::Person(p), Some(ix)) = (item, ScenarioIndex::new(design, scenario)) else {
        return Vec::new();
    };
    let mut chain = Vec::new();
    let mut top = p;
    // At most one step per person, so even a damaged file cannot loop.
    let mut current = ix.seat.get(p).copied().flatten().and_then(|s| s.manager);
    for _ in 0..design.people.len() {
        let Some(m) = current else { break };
        chain.push(ChartItem::Person(m));
        top = m;
        current = ix.seat.get(m).copied().flatten().and_then(|s| s.manager);
    }
    if let Some(org) = ix.org_of_person(top) {
        for &sponsor in ix.sponsors.get(org).map_or(&[][..], Vec::as_slice) {
            chain.push(ChartItem::Sponsor {
                sponsor,
                organisation: org,
            });
        }
    }
    chain
}

impl ChartView {
    /// The cards outlined as the selection's management chain.
    pub fn chain(&self) -> &[ChartItem] {
        &self.overlays.chain
    }

    /// Outlines the selection's management chain, worked out again when the selection or
    /// the graph changed.
    pub(super) fn refresh_chain(&mut self, design: &Design, scenario: usize) {
        let key = (self.overlays.selected, self.built.built_for);
        if self.overlays.chain_for == Some(key) {
            return;
        }
        self.overlays.chain_for = Some(key);
        let old = std::mem::take(&mut self.overlays.chain);
        self.mark_chain(&old, false);
        self.overlays.chain = self
            .overlays
            .selected
            .map_or_else(Vec::new, |item| management_chain(design, scenario, item));
        let new = self.overlays.chain.clone();
        self.mark_chain(&new, true);
    }

    fn mark_chain(&mut self, items: &[ChartItem], on: bool) {
        for item in items {
            self.restyle(*item, |look| look.in_chain = on);
        }
    }

    /// Changes one card's look in place — in the whole projection and in egui_graphs' node
    /// when it holds the card — for marks that come and go without a new layout (the
    /// management chain, a what-if). A change that leaves the look as it was does nothing.
    pub(super) fn restyle(&mut self, item: ChartItem, change: impl FnOnce(&mut CardLook)) {
        let Some(&card) = self.built.card_of.get(&item) else {
            return;
        };
        let mut changed = (*self.built.cards[card].0).clone();
        change(&mut changed);
        if changed == *self.built.cards[card].0 {
            return;
        }
        self.built.cards[card] = Card(Arc::new(changed));
        if let Some(n) = self.nodes[card].and_then(|n| self.graph.node_mut(n)) {
            *n.payload_mut() = self.built.cards[card].clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn the_chain_runs_up_to_the_top_and_the_sponsor_above() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let ix = ScenarioIndex::new(&design, 1).expect("option A");
        // Someone in the Interaction organisation of option A, two levels down at least.
        let p = (0..design.people.len())
            .find(|&p| {
                ix.org_of_person(p)
                    .is_some_and(|o| !ix.sponsors[o].is_empty())
                    && ix.seat[p]
                        .and_then(|s| s.manager)
                        .is_some_and(|m| ix.seat[m].and_then(|s| s.manager).is_some())
            })
            .expect("someone below a manager below the CIOI");
        let chain = management_chain(&design, 1, ChartItem::Person(p));
        let manager = ix.seat[p].and_then(|s| s.manager).expect("manager");
        assert_eq!(chain[0], ChartItem::Person(manager));
        assert!(matches!(chain.last(), Some(ChartItem::Sponsor { .. })));
        assert!(management_chain(&design, 1, ChartItem::Team(0)).is_empty());
    }
}
