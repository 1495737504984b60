//! How a chart card looks: organisation banners, team headers and person cards, drawn as
//! egui shapes for egui_graphs, with level of detail and off-screen culling.

use std::sync::Arc;

use egui::epaint::{CornerRadius, RectShape, TextShape};
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};
use egui_graphs::{DisplayNode, DrawContext, NodeProps};
use petgraph::{EdgeType, stable_graph::IndexType};

use super::palette;
use crate::analysis::Severity;
use crate::layout::ChartItem;
use crate::model::Mode;

/// Everything needed to draw one card, computed once per document revision.
#[derive(Debug, Clone, PartialEq)]
pub struct CardLook {
    pub item: ChartItem,
    pub mode: Mode,
    pub title: String,
    pub subtitle: String,
    /// A third line on person cards: fit percentages.
    pub detail: String,
    /// Findings on this card: errors, warnings, infos.
    pub badges: [usize; 3],
    /// Placed differently from the baseline (team or manager), when marks are shown.
    pub moved: bool,
    /// A vacancy: drawn hollow with a dashed outline.
    pub open_role: bool,
    /// Above the selected person in their management chain: outlined.
    pub in_chain: bool,
    /// What a "what if they resign" on screen says of this card ("would resign", "only
    /// holder of Mainframe operations left"): outlined, and shown in place of the detail.
    pub what_if: Option<String>,
    /// Has cards below it in the full chart: draws a fold chevron.
    pub has_children: bool,
    /// Folded: how many people it hides and their findings by severity.
    pub folded: Option<(usize, [usize; 3])>,
    pub size: Vec2,
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

/// Card titles are never drawn smaller than this (screen pixels); below it the card is a block.
const MIN_TITLE_PX: f32 = 9.0;
/// Zoom from which a card's second line (job title, unit kind) is drawn.
const SUBTITLE_ZOOM: f32 = 0.45;
/// Zoom from which a person card's fit line is drawn.
const DETAIL_ZOOM: f32 = 0.6;

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
        let zoom = ctx.meta.zoom;
        let accent = palette::mode_colour(self.look.mode);
        let mut shapes = Vec::with_capacity(6);
        let radius = CornerRadius::same((6.0 * zoom).clamp(0.0, 12.0) as u8);
        let (fill, text_colour) = match self.look.item {
            ChartItem::Organisation(_) => (accent, Color32::WHITE),
            ChartItem::Team(_) => (palette::mode_tint(self.look.mode), palette::INK),
            ChartItem::Person(_) if self.look.open_role => (palette::OPEN_ROLE, palette::INK),
            ChartItem::Person(_) => (palette::CARD, palette::INK),
            ChartItem::Sponsor { .. } => (palette::SPONSOR, palette::INK),
        };
        // A folded card also answers for the findings it hides.
        let worst = match self.look.folded {
            Some((_, inside)) => [
                self.look.badges[0] + inside[0],
                self.look.badges[1] + inside[1],
                self.look.badges[2] + inside[2],
            ],
            None => self.look.badges,
        };
        if self.look.folded.is_some() {
            // Folded: the cards it hides peek out behind it, like a stack.
            for k in [2.0, 1.0] {
                let offset = Vec2::splat(4.0 * k * zoom.max(0.25));
                shapes.push(Shape::Rect(RectShape::new(
                    rect.translate(offset),
                    radius,
                    fill,
                    Stroke::new(1.0, palette::OUTLINE),
                    StrokeKind::Inside,
                )));
            }
        }
        let stroke = if self.selected {
            Stroke::new(3.0, palette::SELECTION)
        } else if self.look.what_if.is_some() {
            Stroke::new(3.5, palette::WHAT_IF)
        } else if self.look.in_chain {
            Stroke::new(2.0, palette::SELECTION)
        } else if self.hovered || self.dragged {
            Stroke::new(2.0, accent)
        } else if worst[0] > 0 {
            // The worst finding shows in the outline too, so problems stand out when zoomed out.
            Stroke::new(2.5, palette::severity_colour(Severity::Error))
        } else if worst[1] > 0 {
            Stroke::new(2.0, palette::severity_colour(Severity::Warning))
        } else {
            Stroke::new(1.0, palette::OUTLINE)
        };
        if self.look.open_role {
            shapes.push(Shape::rect_filled(rect, radius, fill));
            shapes.extend(dashed_outline(
                rect.shrink(stroke.width / 2.0),
                zoom,
                stroke,
            ));
        } else {
            shapes.push(Shape::Rect(RectShape::new(
                rect,
                radius,
                fill,
                stroke,
                StrokeKind::Inside,
            )));
        }
        if matches!(self.look.item, ChartItem::Person(_)) && !self.look.open_role {
            let stripe = Rect::from_min_size(rect.min, Vec2::new(6.0 * zoom, rect.height()));
            shapes.push(Shape::rect_filled(stripe, radius, accent));
        }
        // Level of detail: the title never shrinks below a readable size; the second and third
        // lines appear as the user zooms in, and only when they fit.
        let (title_size, sub_size) = match self.look.item {
            ChartItem::Organisation(_) => (17.0, 12.0),
            ChartItem::Team(_) => (15.0, 11.0),
            ChartItem::Person(_) => (15.0, 12.5),
            ChartItem::Sponsor { .. } => (15.0, 11.5),
        };
        let title_px = (title_size * zoom).max(MIN_TITLE_PX);
        if title_px * 1.25 > rect.height() {
            return shapes;
        }
        let pad = (12.0 * zoom).max(3.0);
        let width = (rect.width() - 2.0 * pad).max(1.0);
        let badges = badge_shapes(ctx, rect, zoom, self.look.badges);
        let badge_width = badges.1;
        let sub_colour = if matches!(self.look.item, ChartItem::Organisation(_)) {
            text_colour
        } else {
            palette::MUTED_INK
        };
        let mut lines = vec![one_line(
            ctx,
            &self.look.title,
            title_px,
            (width - badge_width).max(1.0),
            text_colour,
        )];
        if zoom >= SUBTITLE_ZOOM && !self.look.subtitle.is_empty() {
            lines.push(one_line(
                ctx,
                &self.look.subtitle,
                sub_size * zoom,
                width,
                sub_colour,
            ));
        }
        if let Some(note) = &self.look.what_if {
            lines.push(one_line(
                ctx,
                note,
                (11.5 * zoom).max(MIN_TITLE_PX),
                width,
                palette::WHAT_IF,
            ));
        } else if zoom >= DETAIL_ZOOM && !self.look.detail.is_empty() {
            lines.push(one_line(
                ctx,
                &self.look.detail,
                11.5 * zoom,
                width,
                palette::MUTED_INK,
            ));
        }
        while lines.len() > 1 && lines.iter().map(|g| g.size().y).sum::<f32>() > rect.height() - 2.0
        {
            lines.pop();
        }
        let total: f32 = lines.iter().map(|g| g.size().y).sum();
        let mut y = rect.center().y - total / 2.0;
        let x = rect.min.x + pad;
        for galley in lines {
            let h = galley.size().y;
            shapes.push(Shape::Text(TextShape::new(
                Pos2::new(x, y),
                galley,
                text_colour,
            )));
            y += h;
        }
        shapes.extend(badges.0);
        if self.look.moved {
            shapes.extend(moved_mark(ctx, rect, zoom));
        }
        if self.look.has_children
            && let Some(chevron) = chevron_rect(rect, zoom, self.look.item)
        {
            shapes.push(chevron_shape(
                chevron,
                self.look.folded.is_some(),
                text_colour,
            ));
        }
        shapes
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

/// Finding badges in the card's top-right corner: a letter and a count per severity, so they
/// read without colour. Returns the shapes and the width they take.
/// Where a card's fold chevron sits on screen — a person's at the bottom centre, where the
/// line to their reports leaves; a header's in its bottom-right corner, clear of its text —
/// or `None` when the card is too small on screen for one to be clicked or read (the View
/// menu folds at any zoom). Drawing and clicking use the same rect.
pub fn chevron_rect(card: Rect, zoom: f32, item: ChartItem) -> Option<Rect> {
    let size = (14.0 * zoom).clamp(8.0, 16.0);
    if card.height() < 30.0 || card.width() < size * 4.0 {
        return None;
    }
    let pad = (3.0 * zoom).max(2.0);
    let x = match item {
        ChartItem::Person(_) => card.center().x,
        _ => card.max.x - size / 2.0 - pad,
    };
    Some(Rect::from_center_size(
        Pos2::new(x, card.max.y - size / 2.0 - pad),
        Vec2::splat(size),
    ))
}

/// A triangle pointing down (open) or right (folded).
fn chevron_shape(at: Rect, folded: bool, colour: Color32) -> Shape {
    let r = at.shrink(at.width() * 0.2);
    let points = if folded {
        vec![r.left_top(), r.right_center(), r.left_bottom()]
    } else {
        vec![r.left_top(), r.right_top(), r.center_bottom()]
    };
    Shape::convex_polygon(points, colour, Stroke::NONE)
}

/// The dashed outline of an open role's card; an unselected one is drawn in the accent-free
/// outline colour, but a little heavier so the dashes read at any zoom.
fn dashed_outline(rect: Rect, zoom: f32, stroke: Stroke) -> Vec<Shape> {
    let stroke = if stroke.width <= 1.0 {
        Stroke::new(1.5, palette::MUTED_INK)
    } else {
        stroke
    };
    let (dash, gap) = ((8.0 * zoom).max(3.0), (5.0 * zoom).max(2.0));
    let corners = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    Shape::dashed_line(&corners, stroke, dash, gap)
}

fn badge_shapes(ctx: &DrawContext, rect: Rect, zoom: f32, counts: [usize; 3]) -> (Vec<Shape>, f32) {
    let mut shapes = Vec::new();
    let mut right = rect.max.x - (6.0 * zoom).max(2.0);
    let top = rect.min.y + (5.0 * zoom).max(2.0);
    let start = right;
    for (i, severity) in [Severity::Info, Severity::Warning, Severity::Error]
        .iter()
        .enumerate()
    {
        let count = counts[2 - i];
        if count == 0 {
            continue;
        }
        let text = format!("{}{count}", severity.letter());
        let px = (11.0 * zoom).max(8.0);
        let galley = ctx
            .painter
            .layout_no_wrap(text, FontId::monospace(px), Color32::WHITE);
        let size = galley.size() + Vec2::new(px * 0.7, px * 0.2);
        let badge = Rect::from_min_size(Pos2::new(right - size.x, top), size);
        shapes.push(Shape::rect_filled(
            badge,
            CornerRadius::same((4.0 * zoom) as u8),
            palette::severity_colour(*severity),
        ));
        shapes.push(Shape::Text(TextShape::new(
            badge.min + Vec2::new(px * 0.35, px * 0.1),
            galley,
            Color32::WHITE,
        )));
        right = badge.min.x - 2.0;
    }
    (shapes, start - right)
}

/// A small "moved" tag across the card's bottom edge, right-aligned, clear of the name:
/// words, not colour alone.
fn moved_mark(ctx: &DrawContext, rect: Rect, zoom: f32) -> Vec<Shape> {
    let px = (10.0 * zoom).max(7.0);
    let galley =
        ctx.painter
            .layout_no_wrap("moved".to_owned(), FontId::proportional(px), Color32::WHITE);
    let size = galley.size() + Vec2::new(px * 0.8, px * 0.2);
    let inset = (4.0 * zoom).max(2.0);
    let tag = Rect::from_min_size(
        Pos2::new(rect.max.x - inset - size.x, rect.max.y - size.y / 2.0),
        size,
    );
    vec![
        Shape::rect_filled(tag, CornerRadius::same((3.0 * zoom) as u8), palette::MOVED),
        Shape::Text(TextShape::new(
            tag.min + Vec2::new(px * 0.4, px * 0.1),
            galley,
            Color32::WHITE,
        )),
    ]
}

/// A single line of text, cut with an ellipsis when it does not fit.
fn one_line(
    ctx: &DrawContext,
    text: &str,
    size: f32,
    width: f32,
    colour: Color32,
) -> Arc<egui::Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), FontId::proportional(size), colour);
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    ctx.painter.layout_job(job)
}
