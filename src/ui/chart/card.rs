//! Chart cards for egui_graphs: organisation banners, team headers and person cards, drawn
//! with the scene's card drawing ([`crate::scene::draw`]) as egui shapes, with level of
//! detail and off-screen culling.

use std::sync::Arc;

use egui::{Pos2, Rect, Shape, Vec2};
use egui_graphs::{DisplayNode, DrawContext, NodeProps};
use petgraph::{EdgeType, stable_graph::IndexType};

use super::paint::{self, to_box};
use crate::layout::{CardSizes, ChartItem};
use crate::scene::draw::{self, CardState, TextSize};
use crate::scene::{CardFace, Palette};

/// How cards are drawn on screen: everyday, or for a projector (presentation mode).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardStyle {
    pub palette: Palette,
    pub text: TextSize,
    /// The card sizes the chart is laid out with.
    pub sizes: CardSizes,
}

impl CardStyle {
    /// For a projector: high contrast, and names at least 18 px however far the chart is
    /// zoomed out.
    pub const PRESENTATION: Self = Self {
        palette: Palette::HIGH_CONTRAST,
        text: TextSize {
            scale: 1.15,
            min_title_px: 18.0,
        },
        sizes: CardSizes::PRESENTATION,
    };
}

impl Default for CardStyle {
    fn default() -> Self {
        Self {
            palette: Palette::STANDARD,
            text: TextSize::default(),
            sizes: CardSizes::STANDARD,
        }
    }
}

/// Everything needed to draw one card: what it says (from the scene), computed once per
/// document revision, and how it stands on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct CardLook {
    pub face: CardFace,
    /// Above the selected person in their management chain: outlined.
    pub in_chain: bool,
    /// What a "what if they resign" on screen says of this card ("would resign", "only
    /// holder of Mainframe operations left"): outlined, and shown in place of the detail.
    pub what_if: Option<String>,
    pub size: Vec2,
    /// Everyday or presentation look, the same for every card of the chart.
    pub style: CardStyle,
}

/// The graph node payload: shared, so egui_graphs' per-frame clones stay cheap.
#[derive(Debug, Clone)]
pub struct Card(pub Arc<CardLook>);

/// egui_graphs display state of a card.
#[derive(Debug, Clone)]
pub struct CardShape {
    look: Arc<CardLook>,
    centre: Pos2,
    selected: bool,
    hovered: bool,
    dragged: bool,
}

impl From<NodeProps<Card>> for CardShape {
    fn from(props: NodeProps<Card>) -> Self {
        Self {
            look: props.payload.0.clone(),
            centre: props.location(),
            selected: props.selected,
            hovered: props.hovered,
            dragged: props.dragged,
        }
    }
}

impl CardShape {
    fn rect(&self) -> Rect {
        Rect::from_center_size(self.centre, self.look.size)
    }

    /// The card's rectangle in canvas coordinates, for connectors.
    pub fn canvas_rect(&self) -> Rect {
        self.rect()
    }
}

impl<E: Clone, Ty: EdgeType, Ix: IndexType> DisplayNode<Card, E, Ty, Ix> for CardShape {
    fn closest_boundary_point(&self, dir: Vec2) -> Pos2 {
        let half = self.look.size / 2.0;
        if dir == Vec2::ZERO {
            return self.centre;
        }
        let scale = (half.x / dir.x.abs()).min(half.y / dir.y.abs());
        self.centre + dir * scale
    }

    fn shapes(&mut self, ctx: &DrawContext) -> Vec<Shape> {
        let rect = Rect::from_min_max(
            ctx.meta.canvas_to_screen_pos(self.rect().min),
            ctx.meta.canvas_to_screen_pos(self.rect().max),
        );
        if !ctx.painter.clip_rect().intersects(rect) {
            return Vec::new();
        }
        let look = &self.look;
        let state = CardState {
            selected: self.selected,
            hovered: self.hovered,
            dragged: self.dragged,
            in_chain: look.in_chain,
            what_if: look.what_if.as_deref(),
        };
        let prims = draw::card(
            &look.face,
            state,
            to_box(rect),
            ctx.meta.zoom,
            look.style.text,
            &look.style.palette,
        );
        paint::shapes(ctx.painter, prims)
    }

    fn update(&mut self, state: &NodeProps<Card>) {
        self.look = state.payload.0.clone();
        self.centre = state.location();
        self.selected = state.selected;
        self.hovered = state.hovered;
        self.dragged = state.dragged;
    }

    fn is_inside(&self, pos: Pos2) -> bool {
        self.rect().contains(pos)
    }
}

/// Where a card's fold chevron sits on screen, or `None` when the card is too small on
/// screen for one to be clicked (see [`draw::chevron_rect`]).
pub fn chevron_rect(card: Rect, zoom: f32, item: ChartItem) -> Option<Rect> {
    draw::chevron_rect(to_box(card), zoom, item.into()).map(paint::to_rect)
}
