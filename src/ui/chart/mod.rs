//! The live chart: a projection of the open scenario onto an egui_graphs graph.
//!
//! The projection (every card's look, place and connectors) is rebuilt only when the document
//! revision or the scenario changes; egui_graphs is given only the cards around the view
//! ([`visible`]), and frames in which nobody touches the chart are painted without
//! egui_graphs, so a resting window draws nothing ([`rest`]). Positions come from our own
//! layout ([`crate::layout`]); egui_graphs draws, hit-tests, drags, pans and zooms. Dropping a
//! card is turned into a [`Command`] for the app to apply.

mod access;
mod card;
mod chain;
mod connector;
mod drag;
mod fold;
mod gestures;
mod overview;
mod paint;
mod palette;
mod projection;
mod rest;
mod visible;
mod what_if;

use std::collections::HashMap;

use egui::{Pos2, Rect, Vec2};
use egui_graphs::{
    GraphView, MetadataFrame, SettingsInteraction, SettingsNavigation, SettingsStyle,
};
use petgraph::stable_graph::NodeIndex;

pub use crate::scene::{fit_line, thousands, thousands_u64};
pub use card::{Card, CardLook, CardShape, CardStyle};
pub use chain::management_chain;
pub use connector::{Connector, Link};
pub use drag::RosterDrag;
pub use overview::Overview;
pub use palette::{mode_colour, mode_tint, severity_colour};
pub use visible::CardOnCanvas;

use crate::analysis::Analysis;
use crate::edit::Command;
use crate::layout::{ChartItem, OrgChart};
use crate::model::Design;
use drag::DragState;

/// Id under which egui_graphs keeps the chart's pan and zoom.
pub const CHART_ID: &str = "orgsplit-chart";

/// How long cards glide to their new places after an edit.
const ANIMATION_SECONDS: f64 = 0.25;

type OrgGraph = egui_graphs::Graph<
    Card,
    Link,
    petgraph::Directed,
    petgraph::stable_graph::DefaultIx,
    CardShape,
    Connector,
>;

/// What the user did on the chart this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartEvent {
    /// A card was clicked (or empty canvas, with `None`).
    Select(Option<ChartItem>),
    /// A drop that should become an edit.
    Edit(Command),
    /// A drop whose outcome its preview worked out at revision `base`: the edit, and the
    /// design and analysis it leaves.
    Drop {
        command: Command,
        base: u64,
        prepared: Box<crate::edit::Prepared>,
    },
    /// A drop that was refused, with the reason.
    Refused(String),
    /// A drag was cancelled with Esc; nothing changes.
    Cancelled,
    /// A person's card was right-clicked: show what would break if they resigned.
    WhatIf(usize),
}

/// Cards gliding from their old to their new positions: (card, from, to).
struct Animation {
    start: f64,
    moves: Vec<(usize, Pos2, Pos2)>,
}

/// What a management chain was worked out for: the selection and the graph's (revision,
/// scenario).
type ChainKey = (Option<ChartItem>, Option<(u64, usize)>);

/// What is rebuilt from the document when its revision or the scenario changes: the whole
/// projection of the option on screen.
#[derive(Default)]
struct Built {
    chart: OrgChart,
    /// Every card's look, connectors and current place (which differs from the layout's
    /// while cards glide).
    cards: Vec<Card>,
    links: Vec<(usize, usize, Link)>,
    location: Vec<Pos2>,
    card_of: HashMap<ChartItem, usize>,
    /// Team and organisation aggregates ([`overview`]).
    groups: overview::Groups,
    /// The (revision, scenario) it was built for.
    built_for: Option<(u64, usize)>,
    /// Set when cards must return to the layout (after a drop or a cancelled drag).
    stale: bool,
}

/// The gesture in progress on the chart.
#[derive(Default)]
struct Gesture {
    drag: Option<DragState>,
    /// After Esc cancels a drag, ignore the pointer until it is released.
    drag_suppressed: bool,
    /// A person being dragged in from the roster, while the drag lasts.
    roster_drag: Option<DragState>,
    /// Whether the pointer was over the chart last frame (see [`rest`]).
    pointer_inside: bool,
    /// A card to keep at this screen position once the chart is laid out again.
    anchor: Option<(ChartItem, Pos2)>,
}

/// What is drawn over the cards: the selection and its management chain, what-if marks,
/// and whether people moved since the baseline are marked.
#[derive(Default)]
struct Overlays {
    selected: Option<ChartItem>,
    /// The selection's management chain, outlined, and what it was worked out for.
    chain: Vec<ChartItem>,
    chain_for: Option<ChainKey>,
    /// Cards a what-if on screen marks, and the chart they were marked on ([`what_if`]).
    what_if: Vec<(ChartItem, String)>,
    what_if_for: Option<(u64, usize)>,
    moved_marks: bool,
}

/// Where the view looks, and what it was asked to do next frame.
struct Camera {
    fit_pending: bool,
    centre_pending: Option<ChartItem>,
    /// Canvas rectangle to zoom to after this frame, and the least zoom to reach (a click on
    /// an aggregate zooms in to the next level).
    zoom_to: Option<(Rect, f32)>,
    /// Screen rect, zoom and pan of the last frame drawn.
    last_view: Option<(Rect, f32, Vec2)>,
    /// Fit the chart again whenever its area changes size (presentation mode: the window
    /// goes full screen over several frames).
    refit_on_resize: bool,
    animation: Option<Animation>,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            fit_pending: true,
            centre_pending: None,
            zoom_to: None,
            last_view: None,
            refit_on_resize: false,
            animation: None,
        }
    }
}

/// UI state of the chart: the projection built from the document, the part of it
/// egui_graphs holds, the gesture in progress, the overlays and the camera.
pub struct ChartView {
    /// The cards around the view only ([`visible`]).
    graph: OrgGraph,
    /// Each card's node in `graph`, when it has one.
    nodes: Vec<Option<NodeIndex>>,
    /// The canvas region whose cards `graph` holds, and the overview level it was built for.
    shown_region: Option<Rect>,
    shown_level: Overview,
    built: Built,
    gesture: Gesture,
    overlays: Overlays,
    camera: Camera,
    /// Cards folded by the user (see [`fold`]).
    folded: std::collections::HashSet<ChartItem>,
    /// How cards are drawn: everyday or for a projector.
    style: CardStyle,
    /// Hovering a card shows its details (not on a projector, where they may be personal).
    tooltips: bool,
}

impl Default for ChartView {
    fn default() -> Self {
        Self {
            graph: OrgGraph::new(),
            nodes: Vec::new(),
            shown_region: None,
            shown_level: Overview::Cards,
            built: Built::default(),
            gesture: Gesture::default(),
            overlays: Overlays {
                moved_marks: true,
                ..Overlays::default()
            },
            camera: Camera::default(),
            folded: std::collections::HashSet::new(),
            style: CardStyle::default(),
            tooltips: true,
        }
    }
}

impl ChartView {
    /// Presentation mode on or off: cards for a projector, tooltips only when `tooltips`
    /// (the app allows them when privacy mode keeps personal data out of them), and the
    /// chart fitted to the new window. The cards are rebuilt on the next frame.
    pub fn set_presentation(&mut self, on: bool, tooltips: bool) {
        let style = if on {
            CardStyle::PRESENTATION
        } else {
            CardStyle::default()
        };
        if self.style != style {
            self.style = style;
            self.built.stale = true;
            self.camera.fit_pending = true;
        }
        self.tooltips = tooltips;
        self.camera.refit_on_resize = on;
    }

    /// Rebuilds the graph when the document revision or scenario changed; cards that stay on
    /// the chart glide from where they were to their new places.
    pub fn sync(
        &mut self,
        ctx: &egui::Context,
        design: &Design,
        analysis: &Analysis,
        scenario: usize,
        revision: u64,
    ) {
        if self.built.built_for == Some((revision, scenario)) && !self.built.stale {
            self.refresh_chain(design, scenario);
            return;
        }
        self.built.stale = false;
        let Some(ix) = crate::model::ScenarioIndex::new(design, scenario) else {
            return;
        };
        let old_positions: HashMap<ChartItem, Pos2> = self
            .built
            .chart
            .items
            .iter()
            .copied()
            .zip(self.built.location.iter().copied())
            .collect();
        let same_scenario = self.built.built_for.is_some_and(|(_, s)| s == scenario);
        let moved = if self.overlays.moved_marks {
            crate::scene::moved_from_baseline(&ix)
        } else {
            Vec::new()
        };
        let projection = projection::project(&ix, analysis, &moved, &self.folded, self.style);
        self.built.chart = projection.chart;
        self.built.cards = projection.cards;
        self.built.links = projection.links;
        self.built.groups = projection.groups;
        self.built.location = self
            .built
            .chart
            .placed
            .iter()
            .map(|p| Pos2::new(p.x, p.y))
            .collect();
        self.built.card_of = self
            .built
            .chart
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (*item, i))
            .collect();
        self.built.built_for = Some((revision, scenario));
        self.gesture.drag = None;
        // The new cards carry no chain marks yet.
        self.overlays.chain.clear();
        self.overlays.chain_for = None;
        self.refresh_chain(design, scenario);
        self.camera.animation = None;
        if same_scenario {
            let moves: Vec<(usize, Pos2, Pos2)> = self
                .built
                .chart
                .items
                .iter()
                .enumerate()
                .filter_map(|(card, item)| {
                    let from = *old_positions.get(item)?;
                    let p = self.built.chart.placed[card];
                    let to = Pos2::new(p.x, p.y);
                    (from.distance(to) > 0.5).then_some((card, from, to))
                })
                .collect();
            if !moves.is_empty() {
                let start = ctx.input(|i| i.time);
                self.camera.animation = Some(Animation { start, moves });
                self.step_animation(start);
            }
        }
        // Handed to egui_graphs again for the same region (or the next view's).
        match self.shown_region {
            Some(region) => self.show_region(region),
            None => self.graph = OrgGraph::new(),
        }
    }

    fn step_animation(&mut self, now: f64) {
        let Some(anim) = &self.camera.animation else {
            return;
        };
        let t = ((now - anim.start) / ANIMATION_SECONDS).clamp(0.0, 1.0) as f32;
        let eased = 1.0 - (1.0 - t) * (1.0 - t);
        for &(card, from, to) in &anim.moves {
            let at = from.lerp(to, eased);
            let Some(slot) = self.built.location.get_mut(card) else {
                continue;
            };
            *slot = at;
            if let Some(n) = self
                .nodes
                .get(card)
                .copied()
                .flatten()
                .and_then(|n| self.graph.node_mut(n))
            {
                n.set_location(at);
            }
        }
        if t >= 1.0 {
            self.camera.animation = None;
        }
    }

    /// Fits the whole chart into the view on the next frame.
    /// Shows or hides the "moved" marks (people placed differently from the baseline).
    pub fn set_moved_marks(&mut self, on: bool) {
        if self.overlays.moved_marks != on {
            self.overlays.moved_marks = on;
            self.built.stale = true;
        }
    }

    pub fn request_fit(&mut self) {
        self.camera.fit_pending = true;
    }

    /// Scrolls the chart so `item` is in the middle, keeping the zoom.
    pub fn request_centre(&mut self, item: ChartItem) {
        self.camera.centre_pending = Some(item);
    }

    /// True while cards glide to new places after an edit.
    pub fn is_animating(&self) -> bool {
        self.camera.animation.is_some()
    }

    /// True while a card is being dragged.
    pub fn is_dragging(&self) -> bool {
        self.gesture.drag.is_some()
    }

    /// What the status line should say during a drag.
    pub fn drag_hint(&self, design: &Design) -> Option<String> {
        self.gesture.drag.as_ref().map(|d| d.hint(design))
    }

    /// Cancels a drag in progress (Esc): cards go back, nothing changes.
    pub fn cancel_drag(&mut self) -> bool {
        if self.gesture.drag.take().is_some() {
            self.gesture.drag_suppressed = true;
            self.built.stale = true;
            return true;
        }
        false
    }

    /// Highlights one card (or none).
    pub fn set_selected(&mut self, item: Option<ChartItem>) {
        if let Some(old) = self.overlays.selected.and_then(|i| self.node_of(i))
            && let Some(n) = self.graph.node_mut(old)
        {
            n.set_selected(false);
        }
        self.overlays.selected = item;
        if let Some(new) = item.and_then(|i| self.node_of(i))
            && let Some(n) = self.graph.node_mut(new)
        {
            n.set_selected(true);
        }
    }

    fn node_of(&self, item: ChartItem) -> Option<NodeIndex> {
        self.nodes
            .get(*self.built.card_of.get(&item)?)
            .copied()
            .flatten()
    }

    fn item_of(&self, node: NodeIndex) -> Option<ChartItem> {
        self.graph.node(node).map(|n| n.payload().0.face.item)
    }

    fn card_of_node(&self, node: NodeIndex) -> Option<usize> {
        self.built.card_of.get(&self.item_of(node)?).copied()
    }

    /// Draws the chart filling `ui` and reports clicks and drops: at rest without
    /// egui_graphs ([`rest`]), else through it, each kind of input handled by its own
    /// handler ([`gestures`]).
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        design: &Design,
        analysis: &Analysis,
        scenario: usize,
    ) -> Vec<ChartEvent> {
        let now = ui.input(|i| i.time);
        self.step_animation(now);
        if self.gesture.drag_suppressed && !ui.input(|i| i.pointer.any_down()) {
            self.gesture.drag_suppressed = false;
        }
        self.restore_anchor(ui);
        let area = ui.available_rect_before_wrap();
        if self.camera.refit_on_resize
            && self
                .camera
                .last_view
                .is_some_and(|(shown, _, _)| shown.size() != area.size())
        {
            self.camera.fit_pending = true;
        }
        self.follow_view(ui, area);
        if self.can_rest(ui, area) {
            self.show_resting(ui, design, analysis);
            return Vec::new();
        }
        let interaction = SettingsInteraction::new()
            .with_hover_enabled(true)
            .with_node_clicking_enabled(true)
            .with_dragging_enabled(!self.gesture.drag_suppressed);
        let navigation = SettingsNavigation::new()
            .with_fit_to_screen_enabled(false)
            .with_zoom_and_pan_enabled(true);
        let style = SettingsStyle::new().with_labels_always(true);
        let response = GraphView::<projection::FixedState, projection::FixedLayout>::new()
            .with_interactions(&interaction)
            .with_navigations(&navigation)
            .with_styles(&style)
            .with_id(Some(CHART_ID.to_owned()))
            .show(ui, &mut self.graph);
        let meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        let rect = response.response.rect;
        self.paint_overview(ui, rect);
        self.remember_view(ui, rect);
        self.publish_cards(ui.ctx(), rect);
        let frame = gestures::Frame::read(ui, &meta, rect, self.style);
        let mut events = Vec::new();
        self.on_escape(&frame, &mut events);
        let clicked_card =
            self.on_graph_changes(&response.changes, &frame, design, scenario, &mut events);
        self.on_clicks(&response.response, &frame, clicked_card, &mut events);
        self.on_card_drag(ui, &frame, design, analysis, scenario);
        self.on_roster_drag(
            ui,
            &response.response,
            &frame,
            design,
            analysis,
            scenario,
            &mut events,
        );
        if self.gesture.drag.is_none() {
            self.hover_tooltip(&response.response, design, analysis);
        }
        self.apply_view_requests(ui, rect);
        events
    }

    /// Sets zoom and pan so `bounds` (canvas) fills a view of size `view` with a margin.
    /// Zoomed out far, the chart shows aggregates ([`overview`]), so any chart fits.
    /// The zoom is at least `least`: when that is more than fits, the middle of `bounds` is
    /// shown.
    fn fit(&self, ui: &mut egui::Ui, view: Vec2, bounds: Rect, least: f32) {
        let margin = 24.0;
        let avail = (view - Vec2::splat(2.0 * margin)).max(Vec2::splat(1.0));
        let zoom = (avail.x / bounds.width().max(1.0))
            .min(avail.y / bounds.height().max(1.0))
            .max(least)
            .clamp(0.000_2, 1.5);
        let mut meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        meta.zoom = zoom;
        meta.pan = (view / 2.0) - bounds.center().to_vec2() * zoom;
        meta.save(ui);
    }

    /// Pans so `item` sits in the middle of the view; zooms in if cards would be unreadable.
    fn centre(&self, ui: &mut egui::Ui, view: Vec2, item: ChartItem) {
        let Some(&card) = self.built.card_of.get(&item) else {
            return;
        };
        let p = self.built.chart.placed[card];
        let mut meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        meta.zoom = meta.zoom.max(0.8);
        meta.pan = view / 2.0 - Vec2::new(p.x, p.y) * meta.zoom;
        meta.save(ui);
    }

    /// Bounding box of all cards in canvas coordinates.
    fn bounds(&self) -> Option<Rect> {
        self.built
            .chart
            .placed
            .iter()
            .zip(&self.built.chart.nodes)
            .map(|(p, n)| Rect::from_center_size(Pos2::new(p.x, p.y), Vec2::new(n.width, n.height)))
            .reduce(|a, b| a.union(b))
    }

    /// The chart's screen rect as last drawn.
    pub fn view_rect(&self) -> Option<Rect> {
        self.camera.last_view.map(|v| v.0)
    }

    /// Where card number `card` is on screen as last drawn: the one place that turns the
    /// layout's canvas positions into screen rectangles.
    fn card_screen_rect(&self, card: usize) -> Option<Rect> {
        let (view, zoom, pan) = self.camera.last_view?;
        let (p, n) = (
            self.built.chart.placed.get(card)?,
            self.built.chart.nodes.get(card)?,
        );
        Some(Rect::from_center_size(
            view.min + pan + Vec2::new(p.x, p.y) * zoom,
            Vec2::new(n.width, n.height) * zoom,
        ))
    }

    /// A card's rectangle on screen as last drawn.
    pub fn card_rect(&self, item: ChartItem) -> Option<Rect> {
        self.card_screen_rect(*self.built.card_of.get(&item)?)
    }

    /// Screen position of a card's centre as last drawn; lets tests and tools aim at cards.
    pub fn screen_pos(&self, item: ChartItem) -> Option<Pos2> {
        self.card_rect(item).map(|r| r.center())
    }
}
