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
    GraphChange, GraphView, MetadataFrame, SettingsInteraction, SettingsNavigation, SettingsStyle,
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
use crate::layout::{CardSizes, ChartItem, OrgChart};
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

/// UI state of the chart: the whole projection, the part of it egui_graphs holds, and what
/// it was built from.
pub struct ChartView {
    /// The cards around the view only ([`visible`]).
    graph: OrgGraph,
    chart: OrgChart,
    /// Every card's look, connectors and current place (which differs from the layout's
    /// while cards glide).
    cards: Vec<Card>,
    links: Vec<(usize, usize, Link)>,
    location: Vec<Pos2>,
    /// Each card's node in `graph`, when it has one.
    nodes: Vec<Option<NodeIndex>>,
    /// The canvas region whose cards `graph` holds, and the overview level it was built for.
    shown_region: Option<Rect>,
    shown_level: Overview,
    /// Team and organisation aggregates ([`overview`]).
    groups: overview::Groups,
    /// Canvas rectangle to zoom to after this frame, and the least zoom to reach (a click on
    /// an aggregate zooms in to the next level).
    zoom_to: Option<(Rect, f32)>,
    card_of: HashMap<ChartItem, usize>,
    built_for: Option<(u64, usize)>,
    /// Set when cards must return to the layout (after a drop or a cancelled drag).
    stale: bool,
    selected: Option<ChartItem>,
    fit_pending: bool,
    centre_pending: Option<ChartItem>,
    /// Screen rect, zoom and pan of the last frame drawn.
    last_view: Option<(Rect, f32, Vec2)>,
    drag: Option<DragState>,
    /// After Esc cancels a drag, ignore the pointer until it is released.
    drag_suppressed: bool,
    animation: Option<Animation>,
    /// Mark people placed differently from the baseline.
    moved_marks: bool,
    /// Whether the pointer was over the chart last frame (see [`rest`]).
    pointer_inside: bool,
    /// The selection's management chain, outlined, and what it was worked out for.
    chain: Vec<ChartItem>,
    chain_for: Option<ChainKey>,
    /// Cards folded by the user (see [`fold`]).
    folded: std::collections::HashSet<ChartItem>,
    /// A card to keep at this screen position once the chart is laid out again.
    anchor: Option<(ChartItem, Pos2)>,
    /// A person being dragged in from the roster, while the drag lasts.
    roster_drag: Option<DragState>,
    /// Cards a what-if on screen marks, and the chart they were marked on ([`what_if`]).
    what_if: Vec<(ChartItem, String)>,
    what_if_for: Option<(u64, usize)>,
    /// How cards are drawn: everyday or for a projector.
    style: CardStyle,
    /// Hovering a card shows its details (not on a projector, where they may be personal).
    tooltips: bool,
    /// Fit the chart again whenever its area changes size (presentation mode: the window
    /// goes full screen over several frames).
    refit_on_resize: bool,
}

impl Default for ChartView {
    fn default() -> Self {
        Self {
            graph: OrgGraph::new(),
            chart: OrgChart::default(),
            cards: Vec::new(),
            links: Vec::new(),
            location: Vec::new(),
            nodes: Vec::new(),
            shown_region: None,
            shown_level: Overview::Cards,
            groups: overview::Groups::default(),
            zoom_to: None,
            card_of: HashMap::new(),
            built_for: None,
            stale: false,
            selected: None,
            fit_pending: true,
            centre_pending: None,
            last_view: None,
            drag: None,
            drag_suppressed: false,
            animation: None,
            moved_marks: true,
            pointer_inside: false,
            chain: Vec::new(),
            chain_for: None,
            folded: std::collections::HashSet::new(),
            anchor: None,
            roster_drag: None,
            what_if: Vec::new(),
            what_if_for: None,
            style: CardStyle::default(),
            tooltips: true,
            refit_on_resize: false,
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
            self.stale = true;
            self.fit_pending = true;
        }
        self.tooltips = tooltips;
        self.refit_on_resize = on;
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
        if self.built_for == Some((revision, scenario)) && !self.stale {
            self.refresh_chain(design, scenario);
            return;
        }
        self.stale = false;
        let Some(ix) = crate::model::ScenarioIndex::new(design, scenario) else {
            return;
        };
        let old_positions: HashMap<ChartItem, Pos2> = self
            .chart
            .items
            .iter()
            .copied()
            .zip(self.location.iter().copied())
            .collect();
        let same_scenario = self.built_for.is_some_and(|(_, s)| s == scenario);
        let moved = if self.moved_marks {
            crate::scene::moved_from_baseline(&ix)
        } else {
            Vec::new()
        };
        let projection = projection::project(&ix, analysis, &moved, &self.folded, self.style);
        self.chart = projection.chart;
        self.cards = projection.cards;
        self.links = projection.links;
        self.groups = projection.groups;
        self.location = self
            .chart
            .placed
            .iter()
            .map(|p| Pos2::new(p.x, p.y))
            .collect();
        self.card_of = self
            .chart
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (*item, i))
            .collect();
        self.built_for = Some((revision, scenario));
        self.drag = None;
        // The new cards carry no chain marks yet.
        self.chain.clear();
        self.chain_for = None;
        self.refresh_chain(design, scenario);
        self.animation = None;
        if same_scenario {
            let moves: Vec<(usize, Pos2, Pos2)> = self
                .chart
                .items
                .iter()
                .enumerate()
                .filter_map(|(card, item)| {
                    let from = *old_positions.get(item)?;
                    let p = self.chart.placed[card];
                    let to = Pos2::new(p.x, p.y);
                    (from.distance(to) > 0.5).then_some((card, from, to))
                })
                .collect();
            if !moves.is_empty() {
                let start = ctx.input(|i| i.time);
                self.animation = Some(Animation { start, moves });
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
        let Some(anim) = &self.animation else { return };
        let t = ((now - anim.start) / ANIMATION_SECONDS).clamp(0.0, 1.0) as f32;
        let eased = 1.0 - (1.0 - t) * (1.0 - t);
        for &(card, from, to) in &anim.moves {
            let at = from.lerp(to, eased);
            let Some(slot) = self.location.get_mut(card) else {
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
            self.animation = None;
        }
    }

    /// Fits the whole chart into the view on the next frame.
    /// Shows or hides the "moved" marks (people placed differently from the baseline).
    pub fn set_moved_marks(&mut self, on: bool) {
        if self.moved_marks != on {
            self.moved_marks = on;
            self.stale = true;
        }
    }

    pub fn request_fit(&mut self) {
        self.fit_pending = true;
    }

    /// Scrolls the chart so `item` is in the middle, keeping the zoom.
    pub fn request_centre(&mut self, item: ChartItem) {
        self.centre_pending = Some(item);
    }

    /// True while cards glide to new places after an edit.
    pub fn is_animating(&self) -> bool {
        self.animation.is_some()
    }

    /// True while a card is being dragged.
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// What the status line should say during a drag.
    pub fn drag_hint(&self, design: &Design) -> Option<String> {
        self.drag.as_ref().map(|d| d.hint(design))
    }

    /// Cancels a drag in progress (Esc): cards go back, nothing changes.
    pub fn cancel_drag(&mut self) -> bool {
        if self.drag.take().is_some() {
            self.drag_suppressed = true;
            self.stale = true;
            return true;
        }
        false
    }

    /// Highlights one card (or none).
    pub fn set_selected(&mut self, item: Option<ChartItem>) {
        if let Some(old) = self.selected.and_then(|i| self.node_of(i))
            && let Some(n) = self.graph.node_mut(old)
        {
            n.set_selected(false);
        }
        self.selected = item;
        if let Some(new) = item.and_then(|i| self.node_of(i))
            && let Some(n) = self.graph.node_mut(new)
        {
            n.set_selected(true);
        }
    }

    fn node_of(&self, item: ChartItem) -> Option<NodeIndex> {
        self.nodes.get(*self.card_of.get(&item)?).copied().flatten()
    }

    fn item_of(&self, node: NodeIndex) -> Option<ChartItem> {
        self.graph.node(node).map(|n| n.payload().0.face.item)
    }

    fn card_of_node(&self, node: NodeIndex) -> Option<usize> {
        self.card_of.get(&self.item_of(node)?).copied()
    }

    /// Draws the chart filling `ui` and reports clicks and drops.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        design: &Design,
        analysis: &Analysis,
        scenario: usize,
    ) -> Vec<ChartEvent> {
        let now = ui.input(|i| i.time);
        self.step_animation(now);
        if self.drag_suppressed && !ui.input(|i| i.pointer.any_down()) {
            self.drag_suppressed = false;
        }
        self.restore_anchor(ui);
        let area = ui.available_rect_before_wrap();
        if self.refit_on_resize
            && self
                .last_view
                .is_some_and(|(shown, _, _)| shown.size() != area.size())
        {
            self.fit_pending = true;
        }
        self.follow_view(ui, area);
        if self.can_rest(ui, area) {
            let response = self.paint_resting(ui);
            self.paint_overview(ui, response.rect);
            self.remember_view(ui, response.rect);
            self.publish_cards(ui.ctx(), response.rect);
            if let Some(item) = self
                .graph
                .hovered_node()
                .and_then(|n| self.item_of(n))
                .filter(|_| self.tooltips)
            {
                let built = self.built_for;
                response.on_hover_ui_at_pointer(|ui| {
                    projection::tooltip_ui(ui, design, analysis, built, item)
                });
            }
            return Vec::new();
        }
        let interaction = SettingsInteraction::new()
            .with_hover_enabled(true)
            .with_node_clicking_enabled(true)
            .with_dragging_enabled(!self.drag_suppressed);
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
        let shift = ui.input(|i| i.modifiers.shift);
        let alt = ui.input(|i| i.modifiers.alt);
        // Pins are places on the everyday chart: presentation cards (other sizes) are not
        // pinned, so Ctrl there is an ordinary drop.
        let pin = ui.input(|i| i.modifiers.command) && self.style.sizes == CardSizes::STANDARD;
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        let pointer = ui.input(|i| i.pointer.latest_pos());
        let to_canvas = |p: Pos2| meta.screen_to_canvas_pos(p - rect.min.to_vec2());

        let mut events = Vec::new();
        if escape && self.drag.is_some() {
            // Esc cancels the drag: cards go back, nothing changes, and the pointer is
            // ignored until it is released.
            self.drag = None;
            self.drag_suppressed = true;
            self.stale = true;
            events.push(ChartEvent::Cancelled);
        }
        // A click on a fold chevron folds or unfolds; it is neither a selection nor a drag.
        let chevron = response.changes.iter().find_map(|change| match change {
            GraphChange::NodeClicked { node } => self
                .item_of(*node)
                .filter(|item| pointer.is_some_and(|at| self.on_chevron(*item, at))),
            _ => None,
        });
        let mut clicked_card = chevron.is_some();
        if let Some(item) = chevron {
            self.drag = None;
            if alt {
                self.unfold_below(item);
            } else {
                self.toggle_fold(item);
            }
        }
        for change in response.changes.iter().filter(|_| chevron.is_none()) {
            match change {
                GraphChange::NodeClicked { node } => {
                    clicked_card = true;
                    events.push(ChartEvent::Select(self.item_of(*node)));
                }
                GraphChange::NodeDragStarted { node } => {
                    if let Some(card) = self.item_of(*node).and_then(|i| self.card_of.get(&i)) {
                        self.drag = DragState::start(&self.chart, *card);
                    }
                }
                GraphChange::NodeDragEnded { .. } => {
                    if let Some(drag) = self.drag.take() {
                        events.extend(drag.finish(
                            &self.chart,
                            &self.nodes,
                            &self.graph,
                            design,
                            scenario,
                            pin,
                        ));
                        // Rebuild so cards return to the layout if nothing changes.
                        self.stale = true;
                    }
                }
                _ => {}
            }
        }
        if response.response.secondary_clicked()
            && let Some(ChartItem::Person(p)) =
                self.graph.hovered_node().and_then(|n| self.item_of(n))
        {
            events.push(ChartEvent::WhatIf(p));
        }
        if response.response.clicked() && !clicked_card {
            // A click on an aggregate selects its team and zooms in to it.
            let group = pointer.map(to_canvas).and_then(|at| {
                overview::group_at(&self.groups, self.groups.level_at(meta.zoom), meta.zoom, at)
                    .map(|g| (self.chart.items[g.card], g.bounds))
            });
            if let Some((_, bounds)) = group {
                self.zoom_to = Some((bounds, self.groups.zoom_in_from(meta.zoom)));
            }
            events.push(ChartEvent::Select(group.map(|(item, _)| item)));
        }
        // The revision the chart shows (0, which no design has, before the first sync): what
        // a drop's preview is worked out at.
        let revision = self.built_for.map_or(0, |b| b.0);
        if let Some(drag) = &mut self.drag {
            drag.alone = shift;
            drag.dotted = alt;
            let target = pointer
                .map(to_canvas)
                .and_then(|p| drag.target_at(&self.chart, p));
            drag.set_target(design, analysis, (revision, scenario), target);
            drag.paint(ui, &self.chart, &meta, rect, pointer);
        }
        // People dragged in from the roster: one drag state for the whole drag, so the dry
        // run of a drop is worked out when the target changes, not on every frame.
        let released = response.response.dnd_release_payload::<RosterDrag>();
        let hovering = response.response.dnd_hover_payload::<RosterDrag>();
        match released.as_ref().or(hovering.as_ref()) {
            Some(payload) => {
                let mut state = match self.roster_drag.take() {
                    Some(state) if state.is_for(payload.person) => state,
                    _ => DragState::from_roster(payload.person, shift),
                };
                state.alone = shift;
                let target = pointer
                    .map(to_canvas)
                    .and_then(|p| drag::card_at(&self.chart, p, &[]));
                state.set_target(design, analysis, (revision, scenario), target);
                if released.is_some() {
                    events.extend(state.finish(
                        &self.chart,
                        &self.nodes,
                        &self.graph,
                        design,
                        scenario,
                        false,
                    ));
                } else {
                    state.paint(ui, &self.chart, &meta, rect, pointer);
                    self.roster_drag = Some(state);
                }
            }
            None => self.roster_drag = None,
        }
        if self.drag.is_none()
            && self.tooltips
            && let Some(item) = self.graph.hovered_node().and_then(|n| self.item_of(n))
        {
            let built = self.built_for;
            response.response.clone().on_hover_ui_at_pointer(|ui| {
                projection::tooltip_ui(ui, design, analysis, built, item)
            });
        }
        if self.fit_pending && rect.width() > 1.0 {
            if let Some(bounds) = self.bounds() {
                self.fit(ui, rect.size(), bounds, 0.0);
            }
            self.fit_pending = false;
        }
        if let Some((bounds, least)) = self.zoom_to.take() {
            self.fit(ui, rect.size(), bounds, least);
        }
        if let Some(item) = self.centre_pending.take() {
            self.centre(ui, rect.size(), item);
        }
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
        let Some(&card) = self.card_of.get(&item) else {
            return;
        };
        let p = self.chart.placed[card];
        let mut meta = MetadataFrame::new(Some(CHART_ID.to_owned())).load(ui);
        meta.zoom = meta.zoom.max(0.8);
        meta.pan = view / 2.0 - Vec2::new(p.x, p.y) * meta.zoom;
        meta.save(ui);
    }

    /// Bounding box of all cards in canvas coordinates.
    fn bounds(&self) -> Option<Rect> {
        self.chart
            .placed
            .iter()
            .zip(&self.chart.nodes)
            .map(|(p, n)| Rect::from_center_size(Pos2::new(p.x, p.y), Vec2::new(n.width, n.height)))
            .reduce(|a, b| a.union(b))
    }

    /// The chart's screen rect as last drawn.
    pub fn view_rect(&self) -> Option<Rect> {
        self.last_view.map(|v| v.0)
    }

    /// Where card number `card` is on screen as last drawn: the one place that turns the
    /// layout's canvas positions into screen rectangles.
    fn card_screen_rect(&self, card: usize) -> Option<Rect> {
        let (view, zoom, pan) = self.last_view?;
        let (p, n) = (self.chart.placed.get(card)?, self.chart.nodes.get(card)?);
        Some(Rect::from_center_size(
            view.min + pan + Vec2::new(p.x, p.y) * zoom,
            Vec2::new(n.width, n.height) * zoom,
        ))
    }

    /// A card's rectangle on screen as last drawn.
    pub fn card_rect(&self, item: ChartItem) -> Option<Rect> {
        self.card_screen_rect(*self.card_of.get(&item)?)
    }

    /// Screen position of a card's centre as last drawn; lets tests and tools aim at cards.
    pub fn screen_pos(&self, item: ChartItem) -> Option<Pos2> {
        self.card_rect(item).map(|r| r.center())
    }
}
