//! The resting chart: frames in which nobody touches the chart are drawn without calling
//! egui_graphs.
//!
//! egui_graphs' `GraphView` asks egui for another frame every time it is shown, so a window
//! showing it never rests: on a laptop that is a busy core and a draining battery while the
//! room talks. So the chart is shown through `GraphView` only while something happens on it
//! (the pointer moves, presses, scrolls or zooms over it, a card or a roster name is dragged,
//! cards glide after an edit, a fit or a centring is pending, or the pointer just entered or
//! left). On every other frame the same card and connector drawing code paints the graph as
//! egui_graphs last left it — same zoom and pan, same hover and selection — and nothing asks
//! for another frame, so egui sleeps until the next input event. The first input after a
//! pause is therefore answered in the very next frame.

use egui::{Rect, Sense, Vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, MetadataFrame, SettingsStyle};

use petgraph::Directed;
use petgraph::stable_graph::DefaultIx;

use super::{CHART_ID, Card, CardShape, ChartView, Connector, Link};

impl ChartView {
    /// Whether this frame may be drawn at rest: nothing on the chart is moving or being
    /// touched. `rect` is where the chart will be drawn.
    pub(super) fn can_rest(&mut self, ui: &egui::Ui, rect: Rect) -> bool {
        let (inside, touched) = ui.input(|i| {
            let inside = i.pointer.hover_pos().is_some_and(|p| rect.contains(p));
            // A single motion event can leave the pointer's velocity at zero, so the events
            // themselves count too.
            let touched = i.pointer.is_moving()
                || i.pointer.any_down()
                || i.pointer.any_pressed()
                || i.pointer.any_released()
                || i.smooth_scroll_delta != Vec2::ZERO
                || i.zoom_delta() != 1.0
                || i.events.iter().any(|e| {
                    matches!(
                        e,
                        egui::Event::PointerMoved(_)
                            | egui::Event::PointerButton { .. }
                            | egui::Event::PointerGone
                            | egui::Event::MouseWheel { .. }
                            | egui::Event::Zoom(_)
                    )
                });
            (inside, touched)
        });
        // Entering or leaving changes the hover highlight: egui_graphs must see that frame.
        let crossed = inside != self.gesture.pointer_inside;
        self.gesture.pointer_inside = inside;
        // The chart's place on screen changed (a banner came or went, a panel was shown):
        // egui_graphs moves its view to follow, so the frame must be drawn through it, or
        // the resting picture and the next live one would disagree.
        let moved = self
            .camera
            .last_view
            .is_some_and(|(shown, _, _)| shown != rect);
        let busy = moved
            || self.gesture.drag.is_some()
            || self.gesture.drag_suppressed
            || self.camera.animation.is_some()
            || self.camera.fit_pending
            || self.camera.centre_pending.is_some()
            || self.camera.zoom_to.is_some()
            || self.gesture.anchor.is_some()
            || egui::DragAndDrop::has_any_payload(ui.ctx());
        !(busy || crossed || (inside && touched))
    }

    /// Paints the graph as egui_graphs last drew it, with the same drawing code, and asks for
    /// no further frame. Returns the chart's response, for tooltips.
    pub(super) fn paint_resting(&mut self, ui: &mut egui::Ui) -> egui::Response {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let mut meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        meta.pan += response.rect.left_top().to_vec2();
        let style = SettingsStyle::new().with_labels_always(true);
        let draw = DrawContext {
            ctx: ui.ctx(),
            painter: &painter,
            style: &style,
            is_directed: true,
            meta: &meta,
        };
        // As egui_graphs does: node displays follow their props (selection may have changed
        // from the roster), then connectors, then cards, the selected card last.
        let indices: Vec<_> = self.graph.g().node_indices().collect();
        for &idx in &indices {
            if let Some(node) = self.graph.node_mut(idx) {
                let props = node.props().clone();
                <CardShape as DisplayNode<Card, Link, Directed, DefaultIx>>::update(
                    node.display_mut(),
                    &props,
                );
            }
        }
        let edges: Vec<_> = self.graph.g().edge_indices().collect();
        for idx in edges {
            let (Some((a, b)), Some(edge)) = (self.graph.edge_endpoints(idx), self.graph.edge(idx))
            else {
                continue;
            };
            let (Some(start), Some(end)) = (self.graph.node(a), self.graph.node(b)) else {
                continue;
            };
            let mut connector = edge.display().clone();
            let shapes =
                <Connector as DisplayEdge<Card, Link, Directed, DefaultIx, CardShape>>::shapes(
                    &mut connector,
                    start,
                    end,
                    &draw,
                );
            for shape in shapes {
                painter.add(shape);
            }
        }
        let mut on_top = Vec::new();
        for idx in indices {
            let Some(node) = self.graph.node(idx) else {
                continue;
            };
            let mut card = node.display().clone();
            let shapes = <CardShape as DisplayNode<Card, Link, Directed, DefaultIx>>::shapes(
                &mut card, &draw,
            );
            if node.selected() {
                on_top.extend(shapes);
            } else {
                painter.extend(shapes);
            }
        }
        painter.extend(on_top);
        response
    }

    /// The chart's screen rect, zoom and pan, as [`Self::screen_pos`] uses them.
    pub(super) fn remember_view(&mut self, ui: &egui::Ui, rect: Rect) {
        let meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        self.camera.last_view = Some((rect, meta.zoom, meta.pan));
    }
}
