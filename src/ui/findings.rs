//! The findings panel: every finding of the scenario, grouped by kind, with counts per
//! severity and a filter; clicking one selects and centres what it is about.

use egui::{RichText, TextEdit};

use super::actions::Action;
use super::chart::severity_colour;
use super::panel_context::PanelContext;
use crate::analysis::{FindingKind, Severity, Subject};
use crate::layout::ChartItem;
use crate::model::{Design, UnitKind};

/// UI state of the panel: which severities are shown, the text filter, which kinds are
/// folded, and the rows they give, worked out once per document revision and filter.
pub struct FindingsState {
    pub show: [bool; 3],
    pub filter: String,
    folded: Vec<FindingKind>,
    rows: Vec<Row>,
    cache_key: Option<RowsKey>,
}

type RowsKey = (u64, usize, String, [bool; 3], Vec<FindingKind>);

/// One line of the list: a kind's header with its count, or a finding (an index into the
/// analysis' findings).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    Kind(FindingKind, usize),
    Finding(usize),
}

impl Default for FindingsState {
    fn default() -> Self {
        Self {
            show: [true; 3],
            filter: String::new(),
            folded: Vec::new(),
            rows: Vec::new(),
            cache_key: None,
        }
    }
}

impl FindingsState {
    fn refresh(&mut self, analysis: &crate::analysis::Analysis, revision: u64, scenario: usize) {
        let key = (
            revision,
            scenario,
            self.filter.trim().to_lowercase(),
            self.show,
            self.folded.clone(),
        );
        if self.cache_key.as_ref() == Some(&key) {
            return;
        }
        self.rows.clear();
        for kind in FindingKind::ALL {
            let matching: Vec<usize> = analysis
                .findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == kind && self.show[f.severity as usize])
                .filter(|(_, f)| key.2.is_empty() || f.message.to_lowercase().contains(&key.2))
                .map(|(i, _)| i)
                .collect();
            if matching.is_empty() {
                continue;
            }
            self.rows.push(Row::Kind(kind, matching.len()));
            if !self.folded.contains(&kind) {
                self.rows.extend(matching.into_iter().map(Row::Finding));
            }
        }
        self.cache_key = Some(key);
    }
}

/// The chart card a finding is about.
pub fn item_of(design: &Design, subject: Subject) -> ChartItem {
    match subject {
        Subject::Person(p) => ChartItem::Person(p),
        Subject::Unit(u) => match design.units.get(u).map(|x| x.kind) {
            Some(UnitKind::Organisation) => ChartItem::Organisation(u),
            _ => ChartItem::Team(u),
        },
    }
}

pub fn findings_ui(ui: &mut egui::Ui, state: &mut FindingsState, cx: &mut PanelContext) {
    let (design, analysis) = (cx.design, cx.analysis);
    let actions = &mut *cx.actions;
    let counts = analysis.counts();
    ui.horizontal(|ui| {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let i = severity as usize;
            let noun = match (severity, counts[i] == 1) {
                (Severity::Error, true) => "error",
                (Severity::Error, false) => "errors",
                (Severity::Warning, true) => "warning",
                (Severity::Warning, false) => "warnings",
                (Severity::Info, true) => "info",
                (Severity::Info, false) => "infos",
            };
            let text = RichText::new(format!("{} {} {noun}", severity.letter(), counts[i]))
                .color(severity_colour(severity));
            if ui
                .selectable_label(state.show[i], text)
                .on_hover_text("Show or hide this severity")
                .clicked()
            {
                state.show[i] = !state.show[i];
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text("name, skill, unit…")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    state.refresh(analysis, cx.revision, cx.scenario);
    if state.rows.is_empty() {
        ui.label("No findings match.");
        return;
    }
    // One line per row, so only the rows on screen are laid out: 20,000 findings scroll as
    // smoothly as 20. A finding's full text is in its tooltip.
    let row_height = ui.spacing().interact_size.y;
    let mut toggle = None;
    egui::ScrollArea::vertical()
        .id_salt("findings-scroll")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, state.rows.len(), |ui, range| {
            for row in &state.rows[range] {
                match *row {
                    Row::Kind(kind, n) => {
                        let open = !state.folded.contains(&kind);
                        let text = RichText::new(format!("     {} ({n})", kind.label())).strong();
                        let response = ui
                            .add(egui::Button::selectable(false, text).truncate())
                            .on_hover_text(if open { "Fold" } else { "Unfold" });
                        let icon = egui::Rect::from_center_size(
                            response.rect.left_center() + egui::vec2(10.0, 0.0),
                            egui::vec2(10.0, 10.0),
                        );
                        let mut icon_response = response.clone();
                        icon_response.rect = icon;
                        egui::collapsing_header::paint_default_icon(
                            ui,
                            if open { 1.0 } else { 0.0 },
                            &icon_response,
                        );
                        if response.clicked() {
                            toggle = Some(kind);
                        }
                    }
                    Row::Finding(i) => {
                        let Some(f) = analysis.findings.get(i) else {
                            continue;
                        };
                        let text = format!("{}  {}", f.severity.letter(), f.message);
                        let response = ui
                            .add(egui::Button::selectable(false, text).truncate())
                            .on_hover_text(format!(
                                "{}\nClick to select and show on the chart",
                                f.message
                            ));
                        if response.clicked() {
                            actions.push(Action::SelectAndCentre(item_of(design, f.subject)));
                        }
                    }
                }
            }
        });
    if let Some(kind) = toggle {
        if let Some(at) = state.folded.iter().position(|k| *k == kind) {
            state.folded.remove(at);
        } else {
            state.folded.push(kind);
        }
    }
}
