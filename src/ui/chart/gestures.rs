//! What the chart does with each kind of input in a frame drawn through egui_graphs, one
//! handler each: Esc, clicks on cards and fold chevrons, clicks on the background and on
//! aggregates, dragging a card, dragging a person in from the roster, hovering, and the
//! view requests (fit, zoom to, centre) carried out at the end of the frame.

use egui::{Pos2, Rect};
use egui_graphs::{GraphChange, MetadataFrame};

use super::drag::{self, DragState};
use super::{ChartEvent, ChartView, RosterDrag, overview, projection};
use crate::analysis::Analysis;
use crate::layout::{CardSizes, ChartItem};
use crate::model::Design;

/// The input of one frame as the handlers need it.
pub(super) struct Frame {
    shift: bool,
    alt: bool,
    /// Ctrl held while dropping: pin the card where it is dropped. Pins are places on the
    /// everyday chart: presentation cards (other sizes) are not pinned.
    pin: bool,
    escape: bool,
    pointer: Option<Pos2>,
    meta: MetadataFrame,
    rect: Rect,
}

impl Frame {
    pub(super) fn read(
        ui: &egui::Ui,
        meta: &MetadataFrame,
        rect: Rect,
        style: super::CardStyle,
    ) -> Self {
        ui.input(|i| Self {
            shift: i.modifiers.shift,
            alt: i.modifiers.alt,
            pin: i.modifiers.command && style.sizes == CardSizes::STANDARD,
            escape: i.key_pressed(egui::Key::Escape),
            pointer: i.pointer.latest_pos(),
            meta: meta.clone(),
            rect,
        })
    }

    /// The pointer on the canvas (layout coordinates), if it is on the screen.
    fn pointer_on_canvas(&self) -> Option<Pos2> {
        self.pointer
            .map(|p| self.meta.screen_to_canvas_pos(p - self.rect.min.to_vec2()))
    }
}

impl ChartView {
    /// A frame nobody touches: painted without egui_graphs, with the card under the pointer
    /// explained in a tooltip.
    pub(super) fn show_resting(&mut self, ui: &mut egui::Ui, design: &Design, analysis: &Analysis) {
        let response = self.paint_resting(ui);
        self.paint_overview(ui, response.rect);
        self.remember_view(ui, response.rect);
        self.publish_cards(ui.ctx(), response.rect);
        self.hover_tooltip(&response, design, analysis);
    }

    /// Esc cancels the drag: cards go back, nothing changes, and the pointer is ignored
    /// until it is released.
    pub(super) fn on_escape(&mut self, frame: &Frame, events: &mut Vec<ChartEvent>) {
        if frame.escape && self.gesture.drag.is_some() {
            self.gesture.drag = None;
            self.gesture.drag_suppressed = true;
            self.built.stale = true;
            events.push(ChartEvent::Cancelled);
        }
    }

    /// Clicks on cards select them, clicks on a fold chevron fold or unfold (Alt: the whole
    /// branch), and a card dragged and dropped becomes an edit. Returns whether a card (or
    /// chevron) was clicked.
    pub(super) fn on_graph_changes(
        &mut self,
        changes: &[GraphChange],
        frame: &Frame,
        design: &Design,
        scenario: usize,
        events: &mut Vec<ChartEvent>,
    ) -> bool {
        // A click on a fold chevron is neither a selection nor a drag.
        let chevron = changes.iter().find_map(|change| match change {
            GraphChange::NodeClicked { node } => self
                .item_of(*node)
                .filter(|item| frame.pointer.is_some_and(|at| self.on_chevron(*item, at))),
            _ => None,
        });
        if let Some(item) = chevron {
            self.gesture.drag = None;
            if frame.alt {
                self.unfold_below(item);
            } else {
                self.toggle_fold(item);
            }
            return true;
        }
        let mut clicked_card = false;
        for change in changes {
            match change {
                GraphChange::NodeClicked { node } => {
                    clicked_card = true;
                    events.push(ChartEvent::Select(self.item_of(*node)));
                }
                GraphChange::NodeDragStarted { node } => {
                    if let Some(card) = self.item_of(*node).and_then(|i| self.built.card_of.get(&i))
                    {
                        self.gesture.drag = DragState::start(&self.built.chart, *card);
                    }
                }
                GraphChange::NodeDragEnded { .. } => {
                    if let Some(drag) = self.gesture.drag.take() {
                        events.extend(drag.finish(
                            &self.built.chart,
                            &self.nodes,
                            &self.graph,
                            design,
                            scenario,
                            frame.pin,
                        ));
                        // Rebuild so cards return to the layout if nothing changes.
                        self.built.stale = true;
                    }
                }
                _ => {}
            }
        }
        clicked_card
    }

    /// A right click on a person asks what would break if they resigned; a click on the
    /// background clears the selection, and one on an aggregate selects its team and zooms
    /// in to it.
    pub(super) fn on_clicks(
        &mut self,
        response: &egui::Response,
        frame: &Frame,
        clicked_card: bool,
        events: &mut Vec<ChartEvent>,
    ) {
        if response.secondary_clicked()
            && let Some(ChartItem::Person(p)) =
                self.graph.hovered_node().and_then(|n| self.item_of(n))
        {
            events.push(ChartEvent::WhatIf(p));
        }
        if response.clicked() && !clicked_card {
            let zoom = frame.meta.zoom;
            let group = frame.pointer_on_canvas().and_then(|at| {
                overview::group_at(
                    &self.built.groups,
                    self.built.groups.level_at(zoom),
                    zoom,
                    at,
                )
                .map(|g| (self.built.chart.items[g.card], g.bounds))
            });
            if let Some((_, bounds)) = group {
                self.camera.zoom_to = Some((bounds, self.built.groups.zoom_in_from(zoom)));
            }
            events.push(ChartEvent::Select(group.map(|(item, _)| item)));
        }
    }

    /// The revision the chart shows (0, which no design has, before the first sync): what
    /// a drop's preview is worked out at.
    fn revision(&self) -> u64 {
        self.built.built_for.map_or(0, |b| b.0)
    }

    /// A card being dragged: its target under the pointer (Shift: move alone, Alt: a dotted
    /// line) and the preview of the drop.
    pub(super) fn on_card_drag(
        &mut self,
        ui: &egui::Ui,
        frame: &Frame,
        design: &Design,
        analysis: &Analysis,
        scenario: usize,
    ) {
        let revision = self.revision();
        let Some(drag) = &mut self.gesture.drag else {
            return;
        };
        drag.alone = frame.shift;
        drag.dotted = frame.alt;
        let target = frame
            .pointer_on_canvas()
            .and_then(|p| drag.target_at(&self.built.chart, p));
        drag.set_target(design, analysis, (revision, scenario), target);
        drag.paint(
            ui,
            &self.built.chart,
            &frame.meta,
            frame.rect,
            frame.pointer,
        );
    }

    /// A person dragged in from the roster: one drag state for the whole drag, so the dry
    /// run of a drop is worked out when the target changes, not on every frame.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn on_roster_drag(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        frame: &Frame,
        design: &Design,
        analysis: &Analysis,
        scenario: usize,
        events: &mut Vec<ChartEvent>,
    ) {
        let released = response.dnd_release_payload::<RosterDrag>();
        let hovering = response.dnd_hover_payload::<RosterDrag>();
        let Some(payload) = released.as_ref().or(hovering.as_ref()) else {
            self.gesture.roster_drag = None;
            return;
        };
        let mut state = match self.gesture.roster_drag.take() {
            Some(state) if state.is_for(payload.person) => state,
            _ => DragState::from_roster(payload.person, frame.shift),
        };
        state.alone = frame.shift;
        let target = frame
            .pointer_on_canvas()
            .and_then(|p| drag::card_at(&self.built.chart, p, &[]));
        state.set_target(design, analysis, (self.revision(), scenario), target);
        if released.is_some() {
            events.extend(state.finish(
                &self.built.chart,
                &self.nodes,
                &self.graph,
                design,
                scenario,
                false,
            ));
        } else {
            state.paint(
                ui,
                &self.built.chart,
                &frame.meta,
                frame.rect,
                frame.pointer,
            );
            self.gesture.roster_drag = Some(state);
        }
    }

    /// The hovered card's details, unless tooltips are off (a projector) or something else
    /// (a dialog, a window) is over the chart where the pointer is.
    pub(super) fn hover_tooltip(
        &self,
        response: &egui::Response,
        design: &Design,
        analysis: &Analysis,
    ) {
        if !self.tooltips || !response.contains_pointer() {
            return;
        }
        if let Some(item) = self.graph.hovered_node().and_then(|n| self.item_of(n)) {
            let built = self.built.built_for;
            response.clone().on_hover_ui_at_pointer(|ui| {
                projection::tooltip_ui(ui, design, analysis, built, item)
            });
        }
    }

    /// Fit to view, zoom to a region, or centre a card, as asked during the frame.
    pub(super) fn apply_view_requests(&mut self, ui: &mut egui::Ui, rect: Rect) {
        if self.camera.fit_pending && rect.width() > 1.0 {
            if let Some(bounds) = self.bounds() {
                self.fit(ui, rect.size(), bounds, 0.0);
            }
            self.camera.fit_pending = false;
        }
        if let Some((bounds, least)) = self.camera.zoom_to.take() {
            self.fit(ui, rect.size(), bounds, least);
        }
        if let Some(item) = self.camera.centre_pending.take() {
            self.centre(ui, rect.size(), item);
        }
    }
}
