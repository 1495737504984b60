//! Manager names that match several people, with a choice of the one meant for each row.
//! The row's team settles most of them before the dialog opens; the rest would leave the
//! person reporting to nobody, so the user picks among the candidates, described by title
//! and team so two people of one name can be told apart.

use std::collections::HashMap;

use egui::{ComboBox, RichText};

use crate::import::{Ambiguous, Mapping};
use crate::model::{Design, counted};

/// One row whose manager name matches several people, ready to draw.
pub(super) struct AmbiguousRow {
    line: u64,
    value: String,
    /// Each candidate's id and how it is described.
    candidates: Vec<(String, String)>,
    chosen: Option<String>,
}

/// The report's ambiguous manager names, each candidate described from the design the
/// import made (name, title, team, id).
pub(super) fn ambiguous_rows(ambiguous: &[Ambiguous], design: &Design) -> Vec<AmbiguousRow> {
    if ambiguous.is_empty() {
        return Vec::new();
    }
    let people: HashMap<&str, usize> = design
        .people
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id.as_str(), k))
        .collect();
    let units: HashMap<&str, &str> = design
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    let imported = design.scenarios.first();
    let describe = |id: &str| {
        let Some(&k) = people.get(id) else {
            return id.to_owned();
        };
        let person = &design.people[k];
        let unit = imported
            .and_then(|s| s.placement_of(id))
            .and_then(|p| units.get(p.unit.as_str()))
            .copied()
            .unwrap_or("no team");
        format!("{} — {}, {unit} ({id})", person.name, person.title)
    };
    ambiguous
        .iter()
        .map(|a| AmbiguousRow {
            line: a.line,
            value: a.value.clone(),
            candidates: a
                .candidates
                .iter()
                .map(|id| (id.clone(), describe(id)))
                .collect(),
            chosen: a.chosen.clone(),
        })
        .collect()
}

/// A choice of manager per ambiguous row; `true` when the user picked one.
pub(super) fn managers_ui(ui: &mut egui::Ui, rows: &[AmbiguousRow], mapping: &mut Mapping) -> bool {
    if rows.is_empty() {
        return false;
    }
    let open = rows.iter().filter(|r| r.chosen.is_none()).count();
    let rows_naming = match rows.len() {
        1 => "1 row names a manager".to_owned(),
        n => format!("{n} rows name a manager"),
    };
    let title = if open == 0 {
        format!("{rows_naming} several people share: each chosen")
    } else {
        format!(
            "{rows_naming} several people share: {} to nobody until you choose",
            counted(open, "reports", "report")
        )
    };
    let mut changed = false;
    egui::CollapsingHeader::new(title)
        .id_salt("import-ambiguous-managers")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(
                RichText::new("Neither the name nor the row's team tells which person is meant.")
                    .weak(),
            );
            egui::Grid::new("import-ambiguous-grid")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for row in rows {
                        ui.label(format!("line {}: reports to \"{}\"", row.line, row.value));
                        let selected = row
                            .chosen
                            .as_ref()
                            .and_then(|id| row.candidates.iter().find(|(c, _)| c == id))
                            .map_or("(choose)", |(_, text)| text.as_str());
                        ComboBox::from_id_salt(("import-ambiguous", row.line))
                            .selected_text(selected)
                            .width(360.0)
                            .show_ui(ui, |ui| {
                                for (id, text) in &row.candidates {
                                    let current = row.chosen.as_ref() == Some(id);
                                    if ui.selectable_label(current, text).clicked() && !current {
                                        mapping.choose_manager(row.line, id);
                                        changed = true;
                                    }
                                }
                            });
                        ui.end_row();
                    }
                });
        });
    ui.separator();
    changed
}
