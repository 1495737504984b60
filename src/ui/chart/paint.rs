//! Turns the scene's drawing primitives ([`crate::scene::draw::Prim`]) into egui shapes, so
//! the screen paints cards and connectors with the same code as the exports.

use egui::epaint::{CornerRadius, PathShape, PathStroke, RectShape, TextShape};
use egui::{Color32, FontFamily, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind};

use crate::scene::draw::Prim;
use crate::scene::fonts::Font;
use crate::scene::{Box2, Pt, Rgb};

/// The egui shapes of `prims`, in order.
pub fn shapes(painter: &Painter, prims: Vec<Prim>) -> Vec<Shape> {
    let mut out = Vec::with_capacity(prims.len());
    for prim in prims {
        match prim {
            Prim::Rect {
                rect,
                radius,
                fill,
                stroke,
                dash,
            } => {
                let rect = to_rect(rect);
                let radius = CornerRadius::same(radius.clamp(0.0, 255.0) as u8);
                let fill = fill.map_or(Color32::TRANSPARENT, colour);
                let stroke = stroke.map_or(Stroke::NONE, |(w, c)| Stroke::new(w, colour(c)));
                match dash {
                    Some((dash, gap)) => {
                        out.push(Shape::rect_filled(rect, radius, fill));
                        let r = rect.shrink(stroke.width / 2.0);
                        let corners = [
                            r.left_top(),
                            r.right_top(),
                            r.right_bottom(),
                            r.left_bottom(),
                            r.left_top(),
                        ];
                        out.extend(Shape::dashed_line(&corners, stroke, dash, gap));
                    }
                    None => out.push(Shape::Rect(RectShape::new(
                        rect,
                        radius,
                        fill,
                        stroke,
                        StrokeKind::Inside,
                    ))),
                }
            }
            Prim::Text {
                at,
                px,
                font,
                colour: c,
                text,
            } => {
                let family = match font {
                    Font::Proportional => FontFamily::Proportional,
                    Font::Monospace => FontFamily::Monospace,
                };
                let galley = painter.layout_no_wrap(text, FontId::new(px, family), colour(c));
                out.push(Shape::Text(TextShape::new(to_pos(at), galley, colour(c))));
            }
            Prim::Line {
                points,
                width,
                colour: c,
                dash,
            } => {
                let points: Vec<Pos2> = points.into_iter().map(to_pos).collect();
                let stroke = Stroke::new(width, colour(c));
                match dash {
                    Some((dash, gap)) => out.extend(Shape::dashed_line(&points, stroke, dash, gap)),
                    None => out.push(Shape::line(points, stroke)),
                }
            }
            Prim::Triangle { points, colour: c } => {
                out.push(Shape::Path(PathShape::convex_polygon(
                    points.into_iter().map(to_pos).collect(),
                    colour(c),
                    PathStroke::NONE,
                )));
            }
        }
    }
    out
}

pub fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

pub fn to_pos(p: Pt) -> Pos2 {
    Pos2::new(p.x, p.y)
}

pub fn to_rect(b: Box2) -> Rect {
    Rect::from_min_max(to_pos(b.min), to_pos(b.max))
}

pub fn to_pt(p: Pos2) -> Pt {
    Pt::new(p.x, p.y)
}

pub fn to_box(r: Rect) -> Box2 {
    Box2 {
        min: to_pt(r.min),
        max: to_pt(r.max),
    }
}
