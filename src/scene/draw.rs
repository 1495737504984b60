//! How a card and a connector are drawn, as primitives (boxes, text, lines, triangles) in
//! target coordinates. The screen turns them into egui shapes and the exports into SVG,
//! so both draw the same chart from the same code.

use std::borrow::Cow;

use super::fonts::{self, Font};
use super::geometry::{Box2, Pt};
use super::palette::{Palette, Rgb};
use super::{CardFace, CardKind};
use crate::analysis::Severity;
use crate::layout::{LinkKind, Spacing};

/// One thing to paint.
#[derive(Debug, Clone, PartialEq)]
pub enum Prim {
    /// A filled box; `stroke` is (width, colour), drawn inside the box, dashed when `dash`
    /// is (dash, gap).
    Rect {
        rect: Box2,
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
        dash: Option<(f32, f32)>,
    },
    /// One line of text, already cut to fit; `at` is its top-left corner.
    Text {
        at: Pt,
        px: f32,
        font: Font,
        colour: Rgb,
        text: String,
    },
    /// A polyline, dashed when `dash` is (dash, gap).
    Line {
        points: Vec<Pt>,
        width: f32,
        colour: Rgb,
        dash: Option<(f32, f32)>,
    },
    /// A filled triangle (fold chevrons).
    Triangle { points: [Pt; 3], colour: Rgb },
}

/// How a card stands on the screen at the moment; exports draw cards at rest.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CardState<'a> {
    pub selected: bool,
    pub hovered: bool,
    pub dragged: bool,
    /// Above the selected person in their management chain.
    pub in_chain: bool,
    /// What a what-if on screen says of this card.
    pub what_if: Option<&'a str>,
}

/// Card titles are never drawn smaller than this (target pixels); below it the card is a block.
pub const MIN_TITLE_PX: f32 = 9.0;
/// Zoom from which a card's second line (job title, unit kind) is drawn.
pub const SUBTITLE_ZOOM: f32 = 0.45;
/// Zoom from which a person card's third line (fit, folded summary) is drawn.
pub const DETAIL_ZOOM: f32 = 0.6;

/// How big card text is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextSize {
    /// Multiplies every line's size (presentation mode enlarges text).
    pub scale: f32,
    /// The title never shrinks below this many target pixels (18 on a projector).
    pub min_title_px: f32,
}

impl Default for TextSize {
    fn default() -> Self {
        Self {
            scale: 1.0,
            min_title_px: MIN_TITLE_PX,
        }
    }
}

/// The primitives of one card drawn in `rect` (target coordinates) at `zoom` (target pixels
/// per chart unit).
pub fn card(
    face: &CardFace,
    state: CardState,
    rect: Box2,
    zoom: f32,
    text: TextSize,
    palette: &Palette,
) -> Vec<Prim> {
    let accent = palette.mode(face.mode);
    let mut prims = Vec::with_capacity(8);
    let radius = (6.0 * zoom).clamp(0.0, 12.0);
    let (fill, text_colour) = match face.kind {
        CardKind::Organisation => (accent, Rgb(0xff, 0xff, 0xff)),
        CardKind::Team => (palette.tint(face.mode), palette.ink),
        CardKind::Person if face.open_role => (palette.open_role, palette.ink),
        CardKind::Person => (palette.card, palette.ink),
        CardKind::Sponsor => (palette.sponsor, palette.ink),
    };
    // A folded card also answers for the findings it hides.
    let worst = match face.folded {
        Some((_, inside)) => [
            face.badges[0] + inside[0],
            face.badges[1] + inside[1],
            face.badges[2] + inside[2],
        ],
        None => face.badges,
    };
    let weight = palette.line_weight;
    if face.folded.is_some() {
        // Folded: the cards it hides peek out behind it, like a stack.
        for k in [2.0, 1.0] {
            let offset = 4.0 * k * zoom.max(0.25);
            prims.push(Prim::Rect {
                rect: rect.translate(offset, offset),
                radius,
                fill: Some(fill),
                stroke: Some((weight, palette.outline)),
                dash: None,
            });
        }
    }
    let stroke = if state.selected {
        (3.0, palette.selection)
    } else if state.what_if.is_some() {
        (3.5, palette.what_if)
    } else if state.in_chain {
        (2.0, palette.selection)
    } else if state.hovered || state.dragged {
        (2.0, accent)
    } else if worst[0] > 0 {
        // The worst finding shows in the outline too, so problems stand out when zoomed out.
        (2.5, palette.severity(Severity::Error))
    } else if worst[1] > 0 {
        (2.0, palette.severity(Severity::Warning))
    } else {
        (1.0, palette.outline)
    };
    let stroke = (stroke.0 * weight, stroke.1);
    if face.open_role {
        // An unselected open role is outlined a little heavier, so the dashes read.
        let dashed = if stroke.0 <= weight {
            (1.5 * weight, palette.muted_ink)
        } else {
            stroke
        };
        prims.push(Prim::Rect {
            rect,
            radius,
            fill: Some(fill),
            stroke: Some(dashed),
            dash: Some(((8.0 * zoom).max(3.0), (5.0 * zoom).max(2.0))),
        });
    } else {
        prims.push(Prim::Rect {
            rect,
            radius,
            fill: Some(fill),
            stroke: Some(stroke),
            dash: None,
        });
    }
    if face.kind == CardKind::Person && !face.open_role {
        prims.push(Prim::Rect {
            rect: Box2::from_min_size(rect.min, 6.0 * zoom, rect.height()),
            radius,
            fill: Some(accent),
            stroke: None,
            dash: None,
        });
    }
    // Level of detail: the title never shrinks below a readable size; the second and third
    // lines appear as the user zooms in, and only when they fit.
    let (title_size, sub_size) = match face.kind {
        CardKind::Organisation => (17.0, 12.0),
        CardKind::Team => (15.0, 11.0),
        CardKind::Person => (15.0, 12.5),
        CardKind::Sponsor => (15.0, 11.5),
    };
    let text_zoom = zoom * text.scale;
    let title_px = (title_size * text_zoom).max(text.min_title_px);
    if title_px * 1.25 > rect.height() {
        return prims;
    }
    let pad = (12.0 * zoom).max(3.0);
    let width = (rect.width() - 2.0 * pad).max(1.0);
    let (badges, badge_width) = badge_prims(rect, zoom, text, face.badges, palette);
    let sub_colour = if face.kind == CardKind::Organisation {
        text_colour
    } else {
        palette.muted_ink
    };
    let height = |px: f32| fonts::row_height(px, Font::Proportional);
    let title_room = (width - badge_width).max(1.0);
    // A team's, organisation's or sponsor's name is never broken mid-word: on two lines
    // when it is too long for one and the banner has room, else cut after a whole word.
    let header = matches!(
        face.kind,
        CardKind::Team | CardKind::Organisation | CardKind::Sponsor
    );
    let two = header
        .then(|| {
            fonts::two_lines(
                &face.title,
                title_px,
                (title_room, width),
                Font::Proportional,
            )
        })
        .flatten()
        .filter(|_| 2.0 * height(title_px) <= rect.height() - 2.0);
    let title_lines = if two.is_some() { 2 } else { 1 };
    let mut lines: Vec<(Cow<'_, str>, f32, f32, Rgb)> = match two {
        Some((first, second)) => vec![
            (Cow::Owned(first), title_px, title_room, text_colour),
            (Cow::Owned(second), title_px, width, text_colour),
        ],
        None => vec![(
            Cow::Borrowed(face.title.as_str()),
            title_px,
            title_room,
            text_colour,
        )],
    };
    if zoom >= SUBTITLE_ZOOM && !face.subtitle.is_empty() {
        lines.push((
            Cow::Borrowed(face.subtitle.as_str()),
            sub_size * text_zoom,
            width,
            sub_colour,
        ));
    }
    if let Some(note) = state.what_if {
        lines.push((
            Cow::Borrowed(note),
            (11.5 * text_zoom).max(MIN_TITLE_PX),
            width,
            palette.what_if,
        ));
    } else if zoom >= DETAIL_ZOOM && !face.detail.is_empty() {
        lines.push((
            Cow::Borrowed(face.detail.as_str()),
            11.5 * text_zoom,
            width,
            palette.muted_ink,
        ));
    }
    while lines.len() > 1 && lines.iter().map(|l| height(l.1)).sum::<f32>() > rect.height() - 2.0 {
        lines.pop();
    }
    let total: f32 = lines.iter().map(|l| height(l.1)).sum();
    let mut y = rect.center().y - total / 2.0;
    let x = rect.min.x + pad;
    for (k, (text, px, room, colour)) in lines.into_iter().enumerate() {
        let text = if header && k < title_lines {
            fonts::fit_words(&text, px, room, Font::Proportional)
        } else {
            fonts::fit(&text, px, room, Font::Proportional)
        };
        prims.push(Prim::Text {
            at: Pt::new(x, y),
            px,
            font: Font::Proportional,
            colour,
            text,
        });
        y += height(px);
    }
    prims.extend(badges);
    if face.moved {
        prims.extend(moved_tag(rect, zoom, text, palette));
    }
    if face.has_children
        && let Some(at) = chevron_rect(rect, zoom, face.kind)
    {
        let r = at.expand(-at.width() * 0.2);
        let points = if face.folded.is_some() {
            [
                r.min,
                Pt::new(r.max.x, r.center().y),
                Pt::new(r.min.x, r.max.y),
            ]
        } else {
            [
                r.min,
                Pt::new(r.max.x, r.min.y),
                Pt::new(r.center().x, r.max.y),
            ]
        };
        prims.push(Prim::Triangle {
            points,
            colour: text_colour,
        });
    }
    prims
}

/// Where a card's fold chevron sits — a person's at the bottom centre, where the line to
/// their reports leaves; a header's in its bottom-right corner, clear of its text — or
/// `None` when the card is too small for one to be clicked or read. Drawing and clicking
/// use the same box.
pub fn chevron_rect(card: Box2, zoom: f32, kind: CardKind) -> Option<Box2> {
    let size = (14.0 * zoom).clamp(8.0, 16.0);
    if card.height() < 30.0 || card.width() < size * 4.0 {
        return None;
    }
    let pad = (3.0 * zoom).max(2.0);
    let x = match kind {
        CardKind::Person => card.center().x,
        _ => card.max.x - size / 2.0 - pad,
    };
    Some(Box2::from_center_size(
        Pt::new(x, card.max.y - size / 2.0 - pad),
        size,
        size,
    ))
}

/// Finding badges in the card's top-right corner: a letter and a count per severity, so they
/// read without colour. Returns the primitives and the width they take.
fn badge_prims(
    rect: Box2,
    zoom: f32,
    size: TextSize,
    counts: [usize; 3],
    palette: &Palette,
) -> (Vec<Prim>, f32) {
    let mut prims = Vec::new();
    let mut right = rect.max.x - (6.0 * zoom).max(2.0);
    let top = rect.min.y + (5.0 * zoom).max(2.0);
    let start = right;
    for severity in [Severity::Info, Severity::Warning, Severity::Error] {
        let count = counts[severity as usize];
        if count == 0 {
            continue;
        }
        let text = format!("{}{count}", severity.letter());
        // Badges stay legible from the back of a room: at least 60% of the title's floor.
        let px = (11.0 * zoom * size.scale)
            .max(8.0)
            .max(size.min_title_px * 0.6);
        let (w, h) = (
            fonts::measure(&text, px, Font::Monospace) + px * 0.7,
            fonts::row_height(px, Font::Monospace) + px * 0.2,
        );
        let badge = Box2::from_min_size(Pt::new(right - w, top), w, h);
        prims.push(Prim::Rect {
            rect: badge,
            radius: 4.0 * zoom,
            fill: Some(palette.severity(severity)),
            stroke: None,
            dash: None,
        });
        prims.push(Prim::Text {
            at: Pt::new(badge.min.x + px * 0.35, badge.min.y + px * 0.1),
            px,
            font: Font::Monospace,
            colour: Rgb(0xff, 0xff, 0xff),
            text,
        });
        right = badge.min.x - 2.0;
    }
    (prims, start - right)
}

/// A small "moved" tag across the card's bottom edge, right-aligned, clear of the name:
/// words, not colour alone.
fn moved_tag(rect: Box2, zoom: f32, size: TextSize, palette: &Palette) -> Vec<Prim> {
    let px = (10.0 * zoom * size.scale)
        .max(7.0)
        .max(size.min_title_px * 0.55);
    let w = fonts::measure("moved", px, Font::Proportional) + px * 0.8;
    let h = fonts::row_height(px, Font::Proportional) + px * 0.2;
    let inset = (4.0 * zoom).max(2.0);
    let tag = Box2::from_min_size(Pt::new(rect.max.x - inset - w, rect.max.y - h / 2.0), w, h);
    vec![
        Prim::Rect {
            rect: tag,
            radius: 3.0 * zoom,
            fill: Some(palette.moved),
            stroke: None,
            dash: None,
        },
        Prim::Text {
            at: Pt::new(tag.min.x + px * 0.4, tag.min.y + px * 0.1),
            px,
            font: Font::Proportional,
            colour: Rgb(0xff, 0xff, 0xff),
            text: "moved".to_owned(),
        },
    ]
}

/// The path of a connector in chart coordinates: right-angled from the bottom of the
/// manager's card down to the report, along a spine beside a stacked column, or — for a
/// dotted line — straight from the secondary manager's card to the person's.
/// `person_height` is the height of a person's card in this chart: the line between two
/// levels runs half a level gap below a row of people.
pub fn connector_path(
    parent: Box2,
    child: Box2,
    stacked: bool,
    kind: Option<LinkKind>,
    person_height: f32,
) -> Vec<Pt> {
    let top = Pt::new(parent.center().x, parent.max.y);
    if kind == Some(LinkKind::Dotted) {
        return vec![top, Pt::new(child.center().x, child.min.y)];
    }
    let spacing = Spacing::default();
    let bus_y = parent.center().y + (person_height + spacing.level_gap) / 2.0;
    let bus_y = bus_y.clamp(parent.max.y, child.min.y.max(parent.max.y));
    if stacked {
        let spine_x = child.min.x - spacing.stack_indent / 2.0;
        vec![
            top,
            Pt::new(top.x, bus_y),
            Pt::new(spine_x, bus_y),
            Pt::new(spine_x, child.center().y),
            Pt::new(child.min.x, child.center().y),
        ]
    } else {
        vec![
            top,
            Pt::new(top.x, bus_y),
            Pt::new(child.center().x, bus_y),
            Pt::new(child.center().x, child.min.y),
        ]
    }
}

/// A connector drawn along `points` (target coordinates) at `zoom`.
pub fn connector(points: Vec<Pt>, kind: Option<LinkKind>, zoom: f32, palette: &Palette) -> Prim {
    let weight = palette.line_weight;
    if kind == Some(LinkKind::Dotted) {
        let dash = (6.0 * zoom).max(3.0);
        return Prim::Line {
            points,
            width: (2.0 * zoom).clamp(1.2, 3.0) * weight,
            colour: palette.dotted_line,
            dash: Some((dash, dash * 0.8)),
        };
    }
    Prim::Line {
        points,
        width: (1.5 * zoom).clamp(0.5, 2.5) * weight,
        colour: palette.connector,
        dash: None,
    }
}
