//! What every panel reads to draw itself, and where it queues what the user asked for: one
//! value instead of half a dozen parameters.

use super::actions::Action;
use crate::analysis::Analysis;
use crate::edit::Document;
use crate::layout::ChartItem;
use crate::model::Design;

/// The document on screen and what was derived from it, for one frame.
pub struct PanelContext<'a> {
    pub doc: &'a Document,
    pub design: &'a Design,
    /// Analysis of the scenario on screen, current for `revision`.
    pub analysis: &'a Analysis,
    pub scenario: usize,
    pub revision: u64,
    pub selected: Option<ChartItem>,
    /// Whether cards of people placed differently from the baseline are marked.
    pub moved_marks: bool,
    /// Panels push here; the app carries the actions out after the frame's panels.
    pub actions: &'a mut Vec<Action>,
}

impl PanelContext<'_> {
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }
}
