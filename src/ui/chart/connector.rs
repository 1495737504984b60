//! Org-chart connectors: right-angled lines from a manager's card down to each report, or
//! along a spine beside a stacked column.

use egui::{Pos2, Shape, Stroke};
use egui_graphs::{DisplayEdge, DrawContext, EdgeProps, Node};
use petgraph::{EdgeType, stable_graph::IndexType};

use super::card::{Card, CardShape};
use super::palette;
use crate::layout::{LinkKind, PERSON_HEIGHT, Spacing};

/// Edge payload: whether the report sits in a stacked column, and, for lines outside the
/// reporting tree, which kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub stacked: bool,
    pub kind: Option<LinkKind>,
}

/// egui_graphs display state of a connector.
#[derive(Debug, Clone)]
pub struct Connector {
    stacked: bool,
    kind: Option<LinkKind>,
}

impl From<EdgeProps<Link>> for Connector {
    fn from(props: EdgeProps<Link>) -> Self {
        Self {
            stacked: props.payload.stacked,
            kind: props.payload.kind,
        }
    }
}

impl Connector {
    /// The polyline in canvas coordinates. A dotted line runs straight from the bottom of the
    /// secondary manager's card to the top of the person's.
    fn path(&self, parent: egui::Rect, child: egui::Rect) -> Vec<Pos2> {
        if self.kind == Some(LinkKind::Dotted) {
            return vec![parent.center_bottom(), child.center_top()];
        }
        let spacing = Spacing::default();
        let bus_y = parent.center().y + (PERSON_HEIGHT + spacing.level_gap) / 2.0;
        let top = Pos2::new(parent.center().x, parent.max.y);
        let bus_y = bus_y.clamp(parent.max.y, child.min.y.max(parent.max.y));
        if self.stacked {
            let spine_x = child.min.x - spacing.stack_indent / 2.0;
            vec![
                top,
                Pos2::new(top.x, bus_y),
                Pos2::new(spine_x, bus_y),
                Pos2::new(spine_x, child.center().y),
                Pos2::new(child.min.x, child.center().y),
            ]
        } else {
            vec![
                top,
                Pos2::new(top.x, bus_y),
                Pos2::new(child.center().x, bus_y),
                Pos2::new(child.center().x, child.min.y),
            ]
        }
    }
}

impl<Ty: EdgeType, Ix: IndexType> DisplayEdge<Card, Link, Ty, Ix, CardShape> for Connector {
    fn shapes(
        &mut self,
        start: &Node<Card, Link, Ty, Ix, CardShape>,
        end: &Node<Card, Link, Ty, Ix, CardShape>,
        ctx: &DrawContext,
    ) -> Vec<Shape> {
        let parent = start.display().canvas_rect();
        let child = end.display().canvas_rect();
        let points: Vec<Pos2> = self
            .path(parent, child)
            .into_iter()
            .map(|p| ctx.meta.canvas_to_screen_pos(p))
            .collect();
        let bounds = egui::Rect::from_points(&points);
        if !ctx.painter.clip_rect().intersects(bounds.expand(2.0)) {
            return Vec::new();
        }
        let width = (1.5 * ctx.meta.zoom).clamp(0.5, 2.5);
        if self.kind == Some(LinkKind::Dotted) {
            let dash = (6.0 * ctx.meta.zoom).max(3.0);
            return Shape::dashed_line(
                &points,
                Stroke::new((2.0 * ctx.meta.zoom).clamp(1.2, 3.0), palette::DOTTED_LINE),
                dash,
                dash * 0.8,
            );
        }
        vec![Shape::line(points, Stroke::new(width, palette::CONNECTOR))]
    }

    fn update(&mut self, state: &EdgeProps<Link>) {
        self.stacked = state.payload.stacked;
        self.kind = state.payload.kind;
    }

    fn is_inside(
        &self,
        _start: &Node<Card, Link, Ty, Ix, CardShape>,
        _end: &Node<Card, Link, Ty, Ix, CardShape>,
        _pos: Pos2,
    ) -> bool {
        // Connectors are not interactive; clicks go to cards.
        false
    }

    fn extra_bounds(
        &self,
        start: &Node<Card, Link, Ty, Ix, CardShape>,
        end: &Node<Card, Link, Ty, Ix, CardShape>,
    ) -> Option<(Pos2, Pos2)> {
        let r = start
            .display()
            .canvas_rect()
            .union(end.display().canvas_rect());
        Some((r.min, r.max))
    }
}
