//! Dragging people on the chart (or in from the roster): the drop target under the pointer,
//! a preview of what dropping there would do, and the refusal of illegal targets.

use egui::{Color32, FontId, Pos2, Rect, Stroke, StrokeKind, Vec2};
use egui_graphs::MetadataFrame;
use petgraph::stable_graph::NodeIndex;

use super::{ChartEvent, OrgGraph, palette};
use crate::analysis::Analysis;
use crate::edit::{DropPreview, preview_dotted_line, preview_drop};
use crate::layout::{ChartItem, OrgChart};
use crate::model::Design;

/// Drag-and-drop payload for a person dragged out of the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RosterDrag {
    /// Roster index of the person.
    pub person: usize,
}

/// A drag in progress.
pub(super) struct DragState {
    /// Roster index of the dragged person; `None` when a header is being dragged.
    person: Option<usize>,
    /// The dragged card, for drags that started on the chart.
    card: Option<usize>,
    /// Cards below the dragged one, which move along unless `alone`.
    subtree: Vec<usize>,
    /// Shift is held: the person moves without their reports.
    pub alone: bool,
    /// Alt is held: dropping onto a person adds a dotted line to them instead of moving.
    pub dotted: bool,
    target: Option<ChartItem>,
    preview: Option<DropPreview>,
    /// What the preview was worked out for: target, alone, dotted, and the revision of
    /// the design.
    preview_key: Option<(Option<ChartItem>, bool, bool, u64)>,
}

/// The card under `pos` (canvas coordinates), skipping `excluded` cards.
pub(super) fn card_at(chart: &OrgChart, pos: Pos2, excluded: &[usize]) -> Option<ChartItem> {
    (0..chart.items.len())
        .rev()
        .filter(|c| !excluded.contains(c))
        .find(|&c| card_rect(chart, c).contains(pos))
        .map(|c| chart.items[c])
}

fn card_rect(chart: &OrgChart, card: usize) -> Rect {
    let p = chart.placed[card];
    let n = chart.nodes[card];
    Rect::from_center_size(Pos2::new(p.x, p.y), Vec2::new(n.width, n.height))
}

/// Every card below `card` in the chart.
fn descendants(chart: &OrgChart, card: usize) -> Vec<usize> {
    let mut children = vec![Vec::new(); chart.items.len()];
    for (c, p) in chart.parents.iter().enumerate() {
        if let Some(p) = p {
            children[*p].push(c);
        }
    }
    let mut out = Vec::new();
    let mut stack = vec![card];
    while let Some(c) = stack.pop() {
        for &k in &children[c] {
            out.push(k);
            stack.push(k);
        }
    }
    out
}

impl DragState {
    /// A drag that started on chart card `card`.
    pub(super) fn start(chart: &OrgChart, card: usize) -> Option<Self> {
        let item = *chart.items.get(card)?;
        Some(Self {
            person: match item {
                ChartItem::Person(p) => Some(p),
                _ => None,
            },
            card: Some(card),
            subtree: descendants(chart, card),
            alone: false,
            dotted: false,
            target: None,
            preview: None,
            preview_key: None,
        })
    }

    /// A person dragged in from the roster.
    pub(super) fn from_roster(person: usize, alone: bool) -> Self {
        Self {
            person: Some(person),
            card: None,
            subtree: Vec::new(),
            alone,
            dotted: false,
            target: None,
            preview: None,
            preview_key: None,
        }
    }

    /// True when this is the drag of person `person` (a roster index).
    pub(super) fn is_for(&self, person: usize) -> bool {
        self.person == Some(person)
    }

    /// The card under the pointer: never the dragged card itself. Cards that travel with it
    /// stay in place and can be hovered, so dropping onto one is shown as refused.
    pub(super) fn target_at(&self, chart: &OrgChart, pos: Pos2) -> Option<ChartItem> {
        let excluded: Vec<usize> = self.card.into_iter().collect();
        card_at(chart, pos, &excluded)
    }

    /// Updates the target and, when it changed, the dry run of dropping there.
    pub(super) fn set_target(
        &mut self,
        design: &Design,
        analysis: &Analysis,
        (revision, scenario): (u64, usize),
        target: Option<ChartItem>,
    ) {
        let key = (target, self.alone, self.dotted, revision);
        if self.preview_key == Some(key) {
            return;
        }
        self.preview_key = Some(key);
        self.target = target;
        self.preview = match (self.person, target) {
            (Some(p), Some(t)) if self.dotted => Some(preview_dotted_line(design, scenario, p, t)),
            (Some(p), Some(t)) => Some(preview_drop(design, analysis, scenario, p, t, self.alone)),
            _ => None,
        };
    }

    /// What the status line says while dragging.
    pub(super) fn hint(&self, design: &Design) -> String {
        let Some(p) = self.person.and_then(|p| design.people.get(p)) else {
            return "Headers stay where they are; drag a person to move them.".into();
        };
        let reports = self.subtree.len();
        if let Some(preview) = &self.preview {
            return match &preview.outcome {
                Ok(message) if preview.impact.is_empty() => {
                    format!("Drop: {message} No change in findings.")
                }
                Ok(message) => format!("Drop: {message} Impact: {}.", preview.impact.join("; ")),
                Err(reason) => format!("Refused: {reason}"),
            };
        }
        if self.alone {
            format!(
                "Moving {} alone (Shift held): their reports stay. Esc cancels.",
                p.name
            )
        } else if reports > 0 && self.card.is_some() {
            format!(
                "Moving {} with the {reports} cards below them. Hold Shift to move them alone; Esc cancels.",
                p.name
            )
        } else {
            format!(
                "Moving {}. Drop onto a person or a team header; Esc cancels.",
                p.name
            )
        }
    }

    /// Draws the target highlight and the preview next to the pointer.
    pub(super) fn paint(
        &self,
        ui: &egui::Ui,
        chart: &OrgChart,
        meta: &MetadataFrame,
        rect: Rect,
        pointer: Option<Pos2>,
    ) {
        let painter = ui.painter_at(rect);
        let to_screen = |r: Rect| {
            Rect::from_min_max(
                meta.canvas_to_screen_pos(r.min) + rect.min.to_vec2(),
                meta.canvas_to_screen_pos(r.max) + rect.min.to_vec2(),
            )
        };
        if !self.alone && !self.dotted && self.person.is_some() {
            // The cards that will move along: tinted, and outlined with the selection colour.
            for &c in &self.subtree {
                let r = to_screen(card_rect(chart, c));
                painter.rect_filled(
                    r,
                    6.0,
                    Color32::from_rgba_unmultiplied(0x7b, 0x2c, 0xbf, 40),
                );
                painter.rect_stroke(
                    r,
                    6.0,
                    Stroke::new(1.5, palette::SELECTION),
                    StrokeKind::Inside,
                );
            }
        }
        let (Some(target), Some(preview)) = (self.target, &self.preview) else {
            return;
        };
        let Some(card) = chart.items.iter().position(|i| *i == target) else {
            return;
        };
        let screen = to_screen(card_rect(chart, card));
        let (colour, text) = match &preview.outcome {
            Ok(message) => {
                let mut text = format!("✔ Drop: {message}");
                if preview.impact.is_empty() {
                    text.push_str("\nNo change in findings.");
                }
                for line in &preview.impact {
                    text.push_str("\n• ");
                    text.push_str(line);
                }
                (Color32::from_rgb(0x1b, 0x7f, 0x3b), text)
            }
            Err(reason) => (Color32::from_rgb(0xb3, 0x1b, 0x1b), format!("⛔ {reason}")),
        };
        painter.rect_stroke(
            screen.expand(3.0),
            6.0,
            Stroke::new(3.0, colour),
            StrokeKind::Outside,
        );
        let Some(at) = pointer else { return };
        let galley = painter.layout(text, FontId::proportional(14.0), palette::INK, 380.0);
        // Beside the pointer, but kept inside the chart so nothing is cut off.
        let mut origin = at + Vec2::new(18.0, 18.0);
        origin.x = origin
            .x
            .min(rect.max.x - galley.size().x - 8.0)
            .max(rect.min.x + 8.0);
        origin.y = origin
            .y
            .min(rect.max.y - galley.size().y - 8.0)
            .max(rect.min.y + 8.0);
        let bg = Rect::from_min_size(origin, galley.size()).expand(6.0);
        painter.rect_filled(bg, 4.0, Color32::from_rgb(0xff, 0xfb, 0xe6));
        painter.rect_stroke(bg, 4.0, Stroke::new(1.5, colour), StrokeKind::Inside);
        painter.galley(origin, galley, palette::INK);
    }

    /// Ends the drag: an edit for a legal target, a refusal for an illegal one, nothing for
    /// empty canvas or a click that never moved. With `pin` (Ctrl held) a person dropped on
    /// empty canvas is pinned there.
    pub(super) fn finish(
        self,
        chart: &OrgChart,
        nodes: &[Option<NodeIndex>],
        graph: &OrgGraph,
        design: &Design,
        scenario: usize,
        pin: bool,
    ) -> Vec<ChartEvent> {
        if let Some(card) = self.card {
            let home = chart.placed[card];
            let node = nodes
                .get(card)
                .copied()
                .flatten()
                .and_then(|n| graph.node(n));
            let moved =
                node.is_some_and(|n| n.location().distance(Pos2::new(home.x, home.y)) > 4.0);
            if !moved {
                return Vec::new();
            }
            if self.person.is_none() {
                return vec![ChartEvent::Refused(
                    "Team and organisation headers cannot be dragged; drag a person instead."
                        .into(),
                )];
            }
            if pin
                && self.target.is_none()
                && let Some(p) = self.person.and_then(|p| design.people.get(p))
                && let Some(node) = node
            {
                let at = node.location();
                return vec![ChartEvent::Edit(crate::edit::Command::PinCard {
                    scenario,
                    person: p.id.clone(),
                    at: Some((at.x, at.y)),
                })];
            }
        }
        match (self.preview, self.preview_key) {
            (
                Some(DropPreview {
                    command: Some(command),
                    outcome: Ok(_),
                    prepared: Some(prepared),
                    ..
                }),
                Some((.., base)),
            ) => vec![ChartEvent::Drop {
                command,
                base,
                prepared,
            }],
            (
                Some(DropPreview {
                    command: Some(c),
                    outcome: Ok(_),
                    ..
                }),
                _,
            ) => vec![ChartEvent::Edit(c)],
            (
                Some(DropPreview {
                    outcome: Err(reason),
                    ..
                }),
                _,
            ) => vec![ChartEvent::Refused(reason)],
            _ => Vec::new(),
        }
    }
}
