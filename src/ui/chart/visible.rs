//! Only what is on screen reaches egui_graphs.
//!
//! egui_graphs walks every node it is given on every frame it is shown (hit-testing, then
//! asking each for its shapes). So the chart keeps the whole projection itself — every
//! card's look, place and connectors — and hands egui_graphs a graph of only the cards in a
//! region around the view: a card is handed over when its rectangle, or the bounding box of
//! one of its connectors, meets the region (so a line crossing the view is drawn even when
//! both its cards are off screen). The region is the view grown by half its size on every
//! side, so small pans and zooms reuse the graph; it is worked out again when the view
//! leaves it or zooming in has made it much larger than the view. During a drag the graph
//! stays as it is, since egui_graphs is moving one of its nodes.

use egui::{Pos2, Rect, Vec2};
use egui_graphs::MetadataFrame;

use egui_graphs::DisplayNode;
use petgraph::Directed;
use petgraph::stable_graph::DefaultIx;

use super::{CHART_ID, Card, CardShape, ChartView, Link, OrgGraph, Overview};

/// How far the region reaches past the view, as a share of the view's larger side.
const MARGIN: f32 = 0.5;

/// A region this many times the area of the view grown by [`MARGIN`] is worked out again.
const SHRINK_AT: f32 = 4.0;

/// The cards whose rectangle, or a connector's bounding box, meets `region`: the cards
/// egui_graphs is given, in increasing order.
pub(super) fn shown_cards(
    rect_of: impl Fn(usize) -> Rect,
    cards: usize,
    links: &[(usize, usize, Link)],
    region: Rect,
) -> Vec<usize> {
    let mut shown: Vec<bool> = (0..cards).map(|c| rect_of(c).intersects(region)).collect();
    for &(from, to, _) in links {
        if from < cards && to < cards && !(shown[from] && shown[to]) {
            let bounds = rect_of(from).union(rect_of(to));
            if bounds.intersects(region) {
                shown[from] = true;
                shown[to] = true;
            }
        }
    }
    (0..cards).filter(|&c| shown[c]).collect()
}

/// The part of the canvas a view of `size` shows at the given zoom and pan.
pub(super) fn canvas_view(size: Vec2, zoom: f32, pan: Vec2) -> Rect {
    let at = |p: Pos2| ((p.to_vec2() - pan) / zoom.max(f32::EPSILON)).to_pos2();
    Rect::from_min_max(at(Pos2::ZERO), at(size.to_pos2()))
}

/// The region handed to egui_graphs for a view.
pub(super) fn region_for(view: Rect) -> Rect {
    view.expand(view.width().max(view.height()) * MARGIN)
}

impl ChartView {
    /// Makes sure egui_graphs holds the cards around the view the chart is about to draw in
    /// `rect` (screen), rebuilding its graph when the view has left the region it covers.
    pub(super) fn follow_view(&mut self, ui: &egui::Ui, rect: Rect) {
        let meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        if self.gesture.drag.is_some() {
            return;
        }
        let view = canvas_view(rect.size(), meta.zoom, meta.pan);
        let fresh = region_for(view);
        let level = self.built.groups.level_at(meta.zoom);
        let keep = level == self.shown_level
            && self.shown_region.is_some_and(|region| {
                region.contains_rect(view) && region.area() <= fresh.area() * SHRINK_AT
            });
        if !keep {
            self.shown_level = level;
            self.show_region(fresh);
        }
    }

    /// Gives egui_graphs the cards of `region` (canvas), with their current places and marks.
    pub(super) fn show_region(&mut self, region: Rect) {
        let mut shown = shown_cards(
            |c| self.card_canvas_rect(c),
            self.built.cards.len(),
            &self.built.links,
            region,
        );
        // Cards under an aggregate of the overview are not drawn at all.
        if let Some(covered) = self.built.groups.covered(self.shown_level) {
            shown.retain(|&c| !covered.get(c).copied().unwrap_or(false));
        }
        let hovered = self.graph.hovered_node().and_then(|n| self.card_of_node(n));
        let mut graph = OrgGraph::new();
        let mut nodes = vec![None; self.built.cards.len()];
        for &card in &shown {
            let at = self.built.location[card];
            let selected = self
                .overlays
                .selected
                .is_some_and(|s| self.built.chart.items[card] == s);
            let node = graph.add_node_custom(self.built.cards[card].clone(), |n| {
                n.set_location(at);
                n.set_selected(selected);
                // egui_graphs hit-tests through the display, which otherwise learns its
                // place only when first drawn.
                let props = n.props().clone();
                <CardShape as DisplayNode<Card, Link, Directed, DefaultIx>>::update(
                    n.display_mut(),
                    &props,
                );
            });
            nodes[card] = Some(node);
        }
        for (from, to, link) in &self.built.links {
            if let (Some(a), Some(b)) = (nodes[*from], nodes[*to]) {
                graph.add_edge(a, b, *link);
            }
        }
        if let Some(node) = hovered.and_then(|c| nodes[c]) {
            graph.set_hovered_node(Some(node));
        }
        self.graph = graph;
        self.nodes = nodes;
        self.shown_region = Some(region);
    }

    /// Paints the aggregates of the overview level the graph was built for over the chart
    /// in `rect` (screen).
    pub(super) fn paint_overview(&self, ui: &egui::Ui, rect: Rect) {
        if self.shown_level == Overview::Cards {
            return;
        }
        let meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        let to_screen = |r: Rect| {
            Rect::from_min_max(
                meta.canvas_to_screen_pos(r.min) + rect.min.to_vec2(),
                meta.canvas_to_screen_pos(r.max) + rect.min.to_vec2(),
            )
        };
        let selected = self
            .overlays
            .selected
            .and_then(|s| self.built.card_of.get(&s).copied());
        super::overview::paint(
            &ui.painter_at(rect),
            &self.built.groups,
            self.shown_level,
            to_screen,
            meta.zoom,
            selected,
        );
    }

    /// The overview level the chart shows now.
    pub fn overview(&self) -> Overview {
        self.shown_level
    }

    /// Where card number `card` is on the canvas now (while cards glide, between places).
    pub(super) fn card_canvas_rect(&self, card: usize) -> Rect {
        let n = self.built.chart.nodes[card];
        Rect::from_center_size(self.built.location[card], Vec2::new(n.width, n.height))
    }

    /// The cards egui_graphs holds now, in increasing order.
    pub fn cards_in_graph(&self) -> Vec<CardOnCanvas> {
        (0..self.nodes.len())
            .filter(|&c| self.nodes[c].is_some())
            .map(|c| self.card_on_canvas(c))
            .collect()
    }

    fn card_on_canvas(&self, card: usize) -> CardOnCanvas {
        CardOnCanvas {
            item: self.built.chart.items[card],
            rect: self.card_canvas_rect(card),
            covered: self
                .built
                .groups
                .covered(self.shown_level)
                .is_some_and(|c| c.get(card).copied().unwrap_or(false)),
        }
    }

    /// The canvas region whose cards egui_graphs holds, once the chart has been drawn.
    pub fn graph_region(&self) -> Option<Rect> {
        self.shown_region
    }

    /// Every card of the chart with its canvas rectangle, for checking what is shown.
    pub fn all_cards(&self) -> Vec<CardOnCanvas> {
        (0..self.built.chart.items.len())
            .map(|c| self.card_on_canvas(c))
            .collect()
    }
}

/// A card, its rectangle on the canvas, and whether an aggregate of the zoomed-out overview
/// covers it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardOnCanvas {
    pub item: crate::layout::ChartItem,
    pub rect: Rect,
    pub covered: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn link(from: usize, to: usize) -> (usize, usize, Link) {
        (
            from,
            to,
            Link {
                stacked: false,
                kind: None,
                person_height: crate::layout::PERSON_HEIGHT,
            },
        )
    }

    proptest! {
        /// Exactly the cards meeting the region, plus both ends of every connector whose
        /// bounding box meets it.
        #[test]
        fn the_graph_gets_exactly_the_cards_around_the_view(
            centres in proptest::collection::vec((-2_000.0f32..2_000.0, -2_000.0f32..2_000.0), 1..60),
            parents in proptest::collection::vec(0usize..60, 0..60),
            view in (-1_500.0f32..1_500.0, -1_500.0f32..1_500.0, 10.0f32..1_500.0, 10.0f32..1_000.0),
        ) {
            let rects: Vec<Rect> = centres
                .iter()
                .map(|&(x, y)| Rect::from_center_size(Pos2::new(x, y), Vec2::new(180.0, 64.0)))
                .collect();
            let n = rects.len();
            let links: Vec<_> = parents
                .iter()
                .enumerate()
                .filter(|&(c, &p)| c < n && p < c)
                .map(|(c, &p)| link(p, c))
                .collect();
            let view = Rect::from_min_size(Pos2::new(view.0, view.1), Vec2::new(view.2, view.3));
            let region = region_for(view);
            prop_assert!(region.contains_rect(view));
            let shown = shown_cards(|c| rects[c], n, &links, region);
            for c in 0..n {
                let meets = rects[c].intersects(region);
                let by_line = links.iter().any(|&(a, b, _)| {
                    (a == c || b == c) && rects[a].union(rects[b]).intersects(region)
                });
                prop_assert_eq!(shown.contains(&c), meets || by_line, "card {}", c);
            }
            prop_assert!(shown.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn the_canvas_view_undoes_zoom_and_pan() {
        let v = canvas_view(Vec2::new(800.0, 600.0), 0.5, Vec2::new(100.0, 50.0));
        assert_eq!(v.min, Pos2::new(-200.0, -100.0));
        assert_eq!(v.max, Pos2::new(1_400.0, 1_100.0));
    }
}
