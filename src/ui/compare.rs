//! The compare view: two to four options side by side, the baseline first, and who is
//! placed differently from it. Figures come from [`crate::analysis::compare`], worked out
//! once per document revision and choice of options; hovering a cell explains it, clicking
//! a figure lists the people behind it, clicking a name shows them on the chart.

use egui::{Color32, RichText};

use super::actions::Action;
use super::panel_context::PanelContext;
use crate::analysis::{Comparison, Move, Row, Verdict, compare, rows};
use crate::layout::ChartItem;
use crate::scene::thousands_u64;

/// How many options fit side by side.
const MAX_COLUMNS: usize = 4;
/// Designs at least this large are compared on a worker thread, so no frame waits for it
/// (at 10,000 people a comparison of four options takes tens of milliseconds); smaller ones
/// are compared at once, which takes well under a millisecond.
const BACKGROUND_FROM_PEOPLE: usize = 2_000;

/// A worked-out comparison and the (revision, options) it is for.
struct Cached {
    key: (u64, Vec<usize>),
    comparison: Comparison,
    rows: Vec<Row>,
}

/// A comparison being worked out on a worker thread.
struct Pending {
    key: (u64, Vec<usize>),
    answer: std::sync::mpsc::Receiver<Cached>,
}

fn work_out(design: &crate::model::Design, key: (u64, Vec<usize>)) -> Cached {
    let comparison = compare(design, &key.1);
    let mut rows = rows(&comparison);
    // Privacy mode: no cost or work-style score figures on screen either.
    if design.settings.privacy.hide_sensitive {
        rows.retain(|row| !row.is_private());
    }
    Cached {
        key,
        comparison,
        rows,
    }
}

/// UI state of the compare view (never saved, never undone).
#[derive(Default)]
pub struct CompareState {
    pub open: bool,
    /// Scenario indices compared, in file order; empty means "the first four".
    chosen: Vec<usize>,
    cache: Option<Cached>,
    pending: Option<Pending>,
    /// A figure clicked: (row, column), whose people are listed.
    focus: Option<(usize, usize)>,
    /// Which option's moves are listed (a column index, from 1); `None` follows the option
    /// on screen when it is compared.
    moves_column: Option<usize>,
    filter: String,
}

fn verdict_colour(v: Verdict) -> Color32 {
    match v {
        Verdict::Better => Color32::from_rgb(0x1b, 0x6e, 0x3a),
        Verdict::Worse => Color32::from_rgb(0xb0, 0x1c, 0x28),
        Verdict::Changed | Verdict::Same => Color32::from_rgb(0x55, 0x5d, 0x68),
    }
}

impl CompareState {
    /// The options compared: the chosen ones that still exist, else the first four.
    fn columns(&self, options: usize) -> Vec<usize> {
        let chosen: Vec<usize> = self
            .chosen
            .iter()
            .copied()
            .filter(|&s| s < options)
            .collect();
        if chosen.len() >= 2 {
            chosen
        } else {
            (0..options.min(MAX_COLUMNS)).collect()
        }
    }

    /// Brings the comparison up to date: at once for small designs, else on a worker thread
    /// while the last comparison stays on screen. Returns whether it is up to date.
    fn refresh(&mut self, ctx: &egui::Context, cx: &PanelContext) -> bool {
        let columns = self.columns(cx.design.scenarios.len());
        let key = (cx.revision, columns);
        if let Some(pending) = &self.pending {
            match pending.answer.try_recv() {
                Ok(done) => {
                    self.cache = Some(done);
                    self.pending = None;
                    self.focus = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(30));
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending = None,
            }
        }
        if self.cache.as_ref().map(|c| &c.key) == Some(&key) {
            return true;
        }
        if cx.design.people.len() < BACKGROUND_FROM_PEOPLE {
            self.cache = Some(work_out(cx.design, key));
            self.focus = None;
            return true;
        }
        if self.pending.as_ref().map(|p| &p.key) != Some(&key) {
            let (send, answer) = std::sync::mpsc::channel();
            let design = cx.design.clone();
            let for_worker = key.clone();
            std::thread::spawn(move || {
                // The window may have moved on; nobody to tell then.
                let _ = send.send(work_out(&design, for_worker));
            });
            self.pending = Some(Pending { key, answer });
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        false
    }

    /// Draws the view in its own window while it is open.
    pub fn window_ui(&mut self, ctx: &egui::Context, cx: &mut PanelContext) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new("Compare options")
            .id(egui::Id::new("compare-options"))
            .open(&mut open)
            .default_size([980.0, 640.0])
            .resizable(true)
            .collapsible(false)
            .show(ctx, |ui| self.contents_ui(ui, cx));
        self.open = open;
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, cx: &mut PanelContext) {
        let options = cx.design.scenarios.len();
        if options < 2 {
            ui.label("There is only one option. Add one from the Option menu to compare.");
            return;
        }
        let mut columns = self.columns(options);
        ui.horizontal_wrapped(|ui| {
            ui.label("Options:");
            for (i, s) in cx.design.scenarios.iter().enumerate() {
                let mut on = columns.contains(&i);
                let full = columns.len() >= MAX_COLUMNS && !on;
                let last_two = columns.len() <= 2 && on;
                let label = if i == 0 {
                    format!("{} (baseline)", s.name)
                } else {
                    s.name.clone()
                };
                if ui
                    .add_enabled(!full && !last_two, egui::Checkbox::new(&mut on, label))
                    .on_disabled_hover_text("Two to four options can be compared")
                    .changed()
                {
                    if on {
                        columns.push(i);
                        columns.sort_unstable();
                    } else {
                        columns.retain(|c| *c != i);
                    }
                    self.chosen = columns.clone();
                }
            }
        });
        let current = self.refresh(ui.ctx(), cx);
        let Some(Cached {
            comparison, rows, ..
        }) = &self.cache
        else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Working out the comparison…");
            });
            return;
        };
        let count = comparison.scenarios.len();
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "Differences are against {}, the first column.",
                    comparison.scenarios[0].name
                ))
                .weak(),
            );
            if !current {
                ui.spinner();
                ui.label(RichText::new("Updating…").weak());
            }
        });
        ui.separator();
        let mut clicked = None;
        egui::ScrollArea::both()
            .id_salt("compare-table")
            .max_height(ui.available_height() * 0.6)
            .show(ui, |ui| {
                egui::Grid::new("compare-grid")
                    .striped(true)
                    .min_col_width(140.0)
                    .show(ui, |ui| {
                        ui.label("");
                        for s in &comparison.scenarios {
                            ui.label(RichText::new(&s.name).strong());
                        }
                        ui.end_row();
                        let mut group = "";
                        for (r, row) in rows.iter().enumerate() {
                            if row.group != group {
                                group = &row.group;
                                ui.label(RichText::new(group).strong().underline());
                                for _ in 0..count {
                                    ui.label("");
                                }
                                ui.end_row();
                            }
                            ui.label(&row.label).on_hover_text(&row.explanation);
                            for (c, cell) in row.cells.iter().enumerate() {
                                let mut text = cell.text.clone();
                                match (&cell.delta, cell.verdict) {
                                    (Some(delta), Some(Verdict::Changed)) => {
                                        text.push_str(&format!(" ({delta})"));
                                    }
                                    (Some(delta), Some(v)) => {
                                        text.push_str(&format!(" ({delta}, {})", v.word()));
                                    }
                                    _ => {}
                                }
                                let colour =
                                    cell.verdict.map_or(Color32::PLACEHOLDER, verdict_colour);
                                let hover = format!(
                                    "{}: {} in {}, {} in {}. {}",
                                    row.label,
                                    cell.text,
                                    comparison.scenarios[c].name,
                                    row.cells[0].text,
                                    comparison.scenarios[0].name,
                                    row.explanation
                                );
                                let response = if cell.people.is_empty() {
                                    ui.label(RichText::new(text).color(colour))
                                } else {
                                    ui.link(RichText::new(text).color(colour))
                                };
                                if response.on_hover_text(hover).clicked() {
                                    clicked = Some((r, c));
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
        if clicked.is_some() {
            self.focus = clicked;
        }
        if let Some((r, c)) = self.focus
            && let Some(row) = rows.get(r)
            && let Some(cell) = row.cells.get(c)
        {
            let scenario = comparison.scenarios[c].scenario;
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} in {}:",
                    row.label, comparison.scenarios[c].name
                ));
                for &p in &cell.people {
                    let Some(person) = cx.design.people.get(p) else {
                        continue;
                    };
                    if ui.link(&person.name).clicked() {
                        cx.push(Action::ShowInScenario {
                            scenario,
                            item: ChartItem::Person(p),
                        });
                    }
                }
            });
        }
        ui.separator();
        self.moves_ui(ui, cx);
    }

    fn moves_ui(&mut self, ui: &mut egui::Ui, cx: &mut PanelContext) {
        let Some(Cached { comparison, .. }) = &self.cache else {
            return;
        };
        let columns = comparison.scenarios.len();
        let on_screen = comparison
            .scenarios
            .iter()
            .position(|s| s.scenario == cx.scenario)
            .filter(|&c| c > 0);
        let mut column = self
            .moves_column
            .or(on_screen)
            .unwrap_or(1)
            .clamp(1, columns.saturating_sub(1).max(1));
        let moves: Vec<&Move> = comparison.moves_into(column).collect();
        ui.horizontal(|ui| {
            ui.label(RichText::new("Changes in").strong());
            egui::ComboBox::from_id_salt("moves-option")
                .selected_text(&comparison.scenarios[column].name)
                .show_ui(ui, |ui| {
                    for (c, s) in comparison.scenarios.iter().enumerate().skip(1) {
                        if ui.selectable_value(&mut column, c, &s.name).clicked() {
                            self.moves_column = Some(c);
                        }
                    }
                });
            ui.label(format!(
                "from {}: {}",
                comparison.scenarios[0].name,
                crate::model::counted(moves.len(), "person", "people")
            ));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text("filter by name, team, manager or kind")
                    .desired_width(220.0),
            );
        });
        let filter = self.filter.trim().to_lowercase();
        let shown = |line: &str| filter.is_empty() || line.to_lowercase().contains(&filter);
        let scenario = comparison.scenarios[column].scenario;
        let design = cx.design;
        let private = design.settings.privacy.hide_sensitive;
        egui::ScrollArea::vertical()
            .id_salt("compare-moves")
            .show(ui, |ui| {
                // Cost per organisation against the baseline's organisation of the same id.
                if !private {
                    let baseline = &comparison.scenarios[0];
                    for org in &comparison.scenarios[column].organisations {
                        let cost = org.figures.cost;
                        let before = baseline.organisations.iter().find(|o| o.id == org.id);
                        let change = match before {
                            Some(b) if b.figures.cost == cost => "as in the baseline".to_owned(),
                            Some(b) => {
                                let delta = i128::from(cost) - i128::from(b.figures.cost);
                                let sign = if delta > 0 { "+" } else { "−" };
                                let size = thousands_u64(u64::try_from(delta.abs()).unwrap_or(0));
                                format!("{sign}{size} from the baseline")
                            }
                            None => "not in the baseline".to_owned(),
                        };
                        let line =
                            format!("Cost of {}: {} ({change})", org.name, thousands_u64(cost));
                        if shown(&line) {
                            ui.label(line);
                        }
                    }
                }
                for m in moves {
                    // Words rather than an arrow: egui's bundled fonts have no "→".
                    let was = m.from.as_ref().map(|seat| seat.describe("under"));
                    let now = m.to.as_ref().map(|seat| seat.describe("under"));
                    let open_role = design
                        .people
                        .get(m.person_index)
                        .is_some_and(|p| p.open_role);
                    let line = match (was, now) {
                        (None, Some(now)) if open_role => {
                            format!("Open role added: {} in {now}", m.name)
                        }
                        (None, Some(now)) => format!("Placed: {} in {now}", m.name),
                        (Some(was), None) => format!("Unplaced: {}, was in {was}", m.name),
                        (Some(was), Some(now)) => {
                            format!("Moved: {}, was in {was}; now in {now}", m.name)
                        }
                        (None, None) => continue,
                    };
                    if !shown(&line) {
                        continue;
                    }
                    if ui.link(line).clicked() {
                        cx.push(Action::ShowInScenario {
                            scenario,
                            item: ChartItem::Person(m.person_index),
                        });
                    }
                }
            });
    }
}
