//! Folding the chart: any card with people below it can be folded (its chevron, or
//! View ▸ Fold to level), leaving a card that shows the head-count and findings inside and
//! still accepts drops. Folding is a view of the design, not part of it: it is never saved
//! or undone.

use std::collections::HashSet;

use super::ChartView;
use super::card::chevron_rect;
use crate::layout::{ChartItem, depths, lay_out};
use crate::model::{Design, ScenarioIndex};

impl ChartView {
    /// The cards folded on this chart.
    pub fn folded(&self) -> &HashSet<ChartItem> {
        &self.folded
    }

    /// Folds `item` if it is open, opens it if it is folded.
    pub fn toggle_fold(&mut self, item: ChartItem) {
        if !self.folded.remove(&item) {
            self.folded.insert(item);
        }
        self.keep_in_place(item);
    }

    /// After the chart is laid out again, `item` stays where it is on screen, so folding or
    /// unfolding never throws the user somewhere else on a large chart.
    fn keep_in_place(&mut self, item: ChartItem) {
        self.gesture.anchor = self.screen_pos(item).map(|at| (item, at));
        self.built.stale = true;
    }

    /// Pans so the anchored card is back where it was; call before drawing.
    pub(super) fn restore_anchor(&mut self, ui: &mut egui::Ui) {
        let Some((item, at)) = self.gesture.anchor.take() else {
            return;
        };
        let (Some(&card), Some((view, _, _))) =
            (self.built.card_of.get(&item), self.camera.last_view)
        else {
            return;
        };
        let p = self.built.chart.placed[card];
        let mut meta = egui_graphs::MetadataFrame::new(Some(super::CHART_ID.to_owned())).load(ui);
        meta.pan = at - view.min - egui::vec2(p.x, p.y) * meta.zoom;
        self.camera.last_view = Some((view, meta.zoom, meta.pan));
        meta.save(ui);
    }

    /// Opens `item` and everything folded below it (Alt+click on a chevron).
    pub fn unfold_below(&mut self, item: ChartItem) {
        let below: Vec<ChartItem> = self
            .built
            .card_of
            .get(&item)
            .and_then(|&card| self.built.chart.folded.get(card))
            .cloned()
            .unwrap_or_default();
        self.folded.remove(&item);
        for hidden in below {
            self.folded.remove(&hidden);
        }
        self.keep_in_place(item);
    }

    /// Shows the chart down to `level` cards below the tops (organisation banners are level
    /// 0), folding every card there that has cards below it; `None` opens everything.
    pub fn fold_to_level(&mut self, design: &Design, scenario: usize, level: Option<usize>) {
        self.folded.clear();
        if let (Some(level), Some(ix)) = (level, ScenarioIndex::new(design, scenario)) {
            let full = lay_out(&ix);
            let depth = depths(&full.parents);
            for (card, item) in full.items.iter().enumerate() {
                if depth[card] == level && full.has_children[card] {
                    self.folded.insert(*item);
                }
            }
        }
        self.built.stale = true;
        self.camera.fit_pending = true;
    }

    /// Unfolds whatever hides `item` (a search or a finding led to it).
    pub fn reveal(&mut self, design: &Design, scenario: usize, item: ChartItem) {
        if self.built.card_of.contains_key(&item) || self.folded.is_empty() {
            return;
        }
        let Some(ix) = ScenarioIndex::new(design, scenario) else {
            return;
        };
        let full = lay_out(&ix);
        let Some(card) = full.items.iter().position(|i| *i == item) else {
            return;
        };
        let mut above = full.parents[card];
        for _ in 0..full.items.len() {
            let Some(p) = above else { break };
            self.folded.remove(&full.items[p]);
            above = full.parents[p];
        }
        self.built.stale = true;
    }

    /// Whether a click at `pointer` (screen) on `item`'s card hit its fold chevron.
    pub(super) fn on_chevron(&self, item: ChartItem, pointer: egui::Pos2) -> bool {
        // A card is clickable where it draws a chevron (presentation cards draw none).
        let has_children = self.built.card_of.get(&item).is_some_and(|&card| {
            self.built
                .cards
                .get(card)
                .is_some_and(|c| c.0.face.has_children)
        });
        let zoom = self.camera.last_view.map_or(1.0, |v| v.1);
        has_children
            && self
                .card_rect(item)
                .and_then(|rect| chevron_rect(rect, zoom, item))
                .is_some_and(|r| r.expand(2.0).contains(pointer))
    }
}
