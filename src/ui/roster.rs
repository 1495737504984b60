//! The roster: everyone in the design, searchable by name, title or skill; click to select
//! and centre on the chart, drag onto the chart to place or move.

use std::collections::HashMap;

use egui::{Id, RichText, TextEdit};

use super::actions::Action;
use super::chart::RosterDrag;
use super::panel_context::PanelContext;
use crate::layout::ChartItem;
use crate::model::Design;

/// Id of the search field, so Ctrl+F can focus it.
pub const SEARCH_ID: &str = "roster-search";

/// UI state of the roster: the query and the rows it matched, cached per document revision.
#[derive(Default)]
pub struct RosterState {
    pub query: String,
    cache_key: Option<(String, u64, usize)>,
    placed: Vec<(usize, String)>,
    unplaced: Vec<usize>,
}

impl RosterState {
    fn refresh(&mut self, design: &Design, scenario: usize, revision: u64) {
        let key = (self.query.clone(), revision, scenario);
        if self.cache_key.as_ref() == Some(&key) {
            return;
        }
        let query = self.query.trim().to_lowercase();
        let skill_names: HashMap<&str, String> = design
            .skills
            .iter()
            .map(|s| (s.id.as_str(), s.name.to_lowercase()))
            .collect();
        let unit_of: HashMap<&str, &str> = design
            .scenarios
            .get(scenario)
            .map(|s| {
                s.placements
                    .iter()
                    .map(|p| (p.person.as_str(), p.unit.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let unit_names: HashMap<&str, &str> = design
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.name.as_str()))
            .collect();
        self.placed.clear();
        self.unplaced.clear();
        for (i, p) in design.people.iter().enumerate() {
            let matches = query.is_empty()
                || p.name.to_lowercase().contains(&query)
                || p.title.to_lowercase().contains(&query)
                || p.skills.iter().any(|s| {
                    skill_names
                        .get(s.skill.as_str())
                        .is_some_and(|n| n.contains(&query))
                });
            if !matches {
                continue;
            }
            match unit_of.get(p.id.as_str()) {
                Some(u) => self
                    .placed
                    .push((i, unit_names.get(u).copied().unwrap_or(u).to_owned())),
                None => self.unplaced.push(i),
            }
        }
        self.cache_key = Some(key);
    }
}

impl RosterState {
    /// The match after `selected` in the roster's order (unplaced first), wrapping round.
    fn next_match(&self, selected: Option<ChartItem>) -> Option<usize> {
        let order: Vec<usize> = self
            .unplaced
            .iter()
            .copied()
            .chain(self.placed.iter().map(|(p, _)| *p))
            .collect();
        let at = match selected {
            Some(ChartItem::Person(p)) => order.iter().position(|&x| x == p),
            _ => None,
        };
        match at {
            Some(i) => order.get((i + 1) % order.len()).copied(),
            None => order.first().copied(),
        }
    }
}

/// Draws the roster; clicks select, drags carry a [`RosterDrag`] to the chart.
pub fn roster_ui(ui: &mut egui::Ui, state: &mut RosterState, cx: &mut PanelContext) {
    let (design, scenario, revision, selected) = (cx.design, cx.scenario, cx.revision, cx.selected);
    let actions = &mut *cx.actions;
    let search = ui
        .horizontal(|ui| {
            let label = ui.label("Search");
            ui.add(
                TextEdit::singleline(&mut state.query)
                    .id(Id::new(SEARCH_ID))
                    .hint_text("name, title or skill (Ctrl+F; Enter: next)")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
        })
        .inner;
    state.refresh(design, scenario, revision);
    // Enter goes to the next match on the chart (zooming to it and outlining the chain of
    // managers above), and keeps the search field ready for the next Enter.
    if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        if let Some(next) = state.next_match(selected) {
            actions.push(Action::SelectAndCentre(ChartItem::Person(next)));
        }
        search.request_focus();
    }
    let row = |ui: &mut egui::Ui, person: usize, detail: &str, actions: &mut Vec<Action>| {
        let Some(p) = design.people.get(person) else {
            return;
        };
        let is_selected = selected == Some(ChartItem::Person(person));
        let text = format!("{} — {detail}", p.name);
        // One widget senses both: a click selects, a drag carries the person to the chart.
        // (egui's drag source lays a drag-only area over its contents, which then never
        // see a click.)
        let response = ui
            .add(
                egui::Button::selectable(is_selected, text.as_str())
                    .truncate()
                    .sense(egui::Sense::click_and_drag()),
            )
            .on_hover_text(text.as_str())
            .on_hover_cursor(egui::CursorIcon::Grab);
        if response.drag_started() {
            egui::DragAndDrop::set_payload(ui.ctx(), RosterDrag { person });
        }
        if response.clicked() {
            actions.push(Action::SelectAndCentre(ChartItem::Person(person)));
        }
    };
    ui.label(
        RichText::new(format!(
            "{} placed, {} unplaced{}",
            state.placed.len(),
            state.unplaced.len(),
            if state.query.trim().is_empty() {
                ""
            } else {
                " match"
            }
        ))
        .weak(),
    );
    // One line per row (full text in the tooltip), so only the rows on screen are laid
    // out: 10,000 people scroll as smoothly as 68. With anyone unplaced, the two groups
    // each have a heading: first the unplaced, then the placed.
    let unplaced = state.unplaced.len();
    let headed = unplaced > 0;
    let (placed_from, total) = if headed {
        (unplaced + 2, unplaced + 2 + state.placed.len())
    } else {
        (0, state.placed.len())
    };
    let row_height = ui.spacing().interact_size.y;
    let heading = |ui: &mut egui::Ui, text: &str| {
        ui.add(egui::Label::new(RichText::new(text).strong()).truncate());
    };
    egui::ScrollArea::vertical()
        .id_salt("roster-scroll")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, total, |ui, range| {
            for k in range {
                if headed && k == 0 {
                    heading(ui, "Unplaced — drag onto the chart to place");
                } else if headed && k <= unplaced {
                    let p = state.unplaced[k - 1];
                    let title = design.people.get(p).map_or("", |p| p.title.as_str());
                    row(ui, p, title, actions);
                } else if headed && k == unplaced + 1 {
                    heading(ui, "Placed in this option");
                } else if let Some((p, unit)) = state.placed.get(k - placed_from) {
                    row(ui, *p, unit, actions);
                }
            }
        });
}
