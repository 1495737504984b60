//! Org-chart connectors: right-angled lines from a manager's card down to each report, or
//! along a spine beside a stacked column.

use egui::{Pos2, Shape};
use egui_graphs::{DisplayEdge, DrawContext, EdgeProps, Node};
use petgraph::{EdgeType, stable_graph::IndexType};

use super::card::{Card, CardShape};
use super::paint::{self, to_box, to_pos, to_pt};
use crate::layout::LinkKind;
use crate::scene::Pt;
use crate::scene::draw;

/// Edge payload: whether the report sits in a stacked column, and, for lines outside the
/// reporting tree, which kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub stacked: bool,
    pub kind: Option<LinkKind>,
    /// A person card's height in this chart (where the line between levels runs).
    pub person_height: f32,
}

/// egui_graphs display state of a connector.
#[derive(Debug, Clone)]
pub struct Connector {
    stacked: bool,
    kind: Option<LinkKind>,
    person_height: f32,
}

impl From<EdgeProps<Link>> for Connector {
    fn from(props: EdgeProps<Link>) -> Self {
        Self {
            stacked: props.payload.stacked,
            kind: props.payload.kind,
            person_height: props.payload.person_height,
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
        let parent = to_box(start.display().canvas_rect());
        let child = to_box(end.display().canvas_rect());
        let points: Vec<Pt> =
            draw::connector_path(parent, child, self.stacked, self.kind, self.person_height)
                .into_iter()
                .map(|p| to_pt(ctx.meta.canvas_to_screen_pos(to_pos(p))))
                .collect();
        let bounds =
            egui::Rect::from_points(&points.iter().map(|p| to_pos(*p)).collect::<Vec<_>>());
        if !ctx.painter.clip_rect().intersects(bounds.expand(2.0)) {
            return Vec::new();
        }
        let palette = start.payload().0.style.palette;
        let prim = draw::connector(points, self.kind, ctx.meta.zoom, &palette);
        paint::shapes(ctx.painter, vec![prim])
    }

    fn update(&mut self, state: &EdgeProps<Link>) {
        self.stacked = state.payload.stacked;
        self.kind = state.payload.kind;
        self.person_height = state.payload.person_height;
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
