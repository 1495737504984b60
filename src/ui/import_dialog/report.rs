//! The import's report in the dialog: what it read, and a list per kind of thing to look
//! at, each entry naming its line.

use crate::import::{Report, Skipped};
use crate::model::counted;

/// How many entries of each list in the report are shown before "… and N more".
const LIST_LIMIT: usize = 12;

/// What the import does, list by list, each entry naming its line.
pub(super) fn report_lines(ui: &mut egui::Ui, r: &Report) {
    ui.label(format!(
        "{} read: {}, {}, {} skipped.",
        counted(r.rows, "row", "rows"),
        counted(r.people, "person", "people"),
        counted(r.open_roles, "open role", "open roles"),
        counted(r.skipped.len(), "row", "rows")
    ));
    if r.header_line > 1 || r.sheet.is_some() {
        let place = match &r.sheet {
            Some(sheet) => format!("Worksheet {sheet}, header on row {}", r.header_line),
            None => format!("Header on line {}", r.header_line),
        };
        let titles = if r.header_line > 1 {
            " (the rows above it are titles)"
        } else {
            ""
        };
        ui.label(format!("{place}{titles}."));
    }
    if !r.cost_from.is_empty() {
        ui.label(format!("Cost: {}.", r.cost_from));
    }
    list(
        ui,
        format!(
            "{} with no manager in the file (several is normal)",
            counted(r.tops.len(), "person", "people")
        ),
        r.tops.clone(),
    );
    list(
        ui,
        format!(
            "{} that match nobody",
            counted(
                r.unmatched_managers.len(),
                "manager reference",
                "manager references"
            )
        ),
        r.unmatched_managers
            .iter()
            .map(|u| format!("line {}: \"{}\"", u.line, u.value))
            .collect(),
    );
    list(
        ui,
        format!(
            "{} broken",
            counted(r.cycles.len(), "reporting cycle", "reporting cycles")
        ),
        r.cycles
            .iter()
            .map(|c| format!("at line {}: {}", c.line, c.names.join(", ")))
            .collect(),
    );
    list(
        ui,
        format!(
            "{} used more than once",
            counted(r.duplicate_ids.len(), "id", "ids")
        ),
        r.duplicate_ids
            .iter()
            .map(|d| {
                let lines: Vec<String> = d.lines.iter().map(u64::to_string).collect();
                format!(
                    "{} on lines {}; the later renamed {}",
                    d.id,
                    lines.join(", "),
                    d.renamed_to.join(", ")
                )
            })
            .collect(),
    );
    skipped_list(ui, &r.skipped);
    list(
        ui,
        format!(
            "{} reporting to an eliminated post, now to its manager",
            counted(r.repointed.len(), "row", "rows")
        ),
        r.repointed.iter().map(|l| format!("line {l}")).collect(),
    );
    list(
        ui,
        format!(
            "{} worth checking (0, or over 20 times the median)",
            counted(r.costs_to_check.len(), "cost", "costs")
        ),
        r.costs_to_check
            .iter()
            .map(|c| format!("line {}, {}: {}", c.line, c.column, c.value))
            .collect(),
    );
    list(
        ui,
        format!(
            "{} with bytes that are not UTF-8 (shown as �; check the names there)",
            counted(r.not_utf8_lines.len(), "line", "lines")
        ),
        r.not_utf8_lines
            .iter()
            .map(|l| format!("line {l}"))
            .collect(),
    );
    list(
        ui,
        format!(
            "{} could not be read (kept as unknown)",
            counted(r.unreadable.len(), "value", "values")
        ),
        r.unreadable
            .iter()
            .map(|u| format!("line {}, {}: \"{}\"", u.line, u.column, u.value))
            .collect(),
    );
}

/// The rows an import left out, each with its line and reason.
pub(in crate::ui) fn skipped_list(ui: &mut egui::Ui, skipped: &[Skipped]) {
    list(
        ui,
        format!("{} skipped", counted(skipped.len(), "row", "rows")),
        skipped
            .iter()
            .map(|s| format!("line {}: {}", s.line, s.reason))
            .collect(),
    );
}

/// A titled list of what a report found, open when short; nothing when empty.
pub(in crate::ui) fn list(ui: &mut egui::Ui, title: String, items: Vec<String>) {
    if items.is_empty() {
        return;
    }
    // Keyed by what the list is about (the title's words after its count), so its open
    // state survives the report being worked out again.
    let key: String = title.chars().skip_while(|c| !c.is_alphabetic()).collect();
    egui::CollapsingHeader::new(title)
        .id_salt(("import-report", key))
        .default_open(items.len() <= 4)
        .show(ui, |ui| {
            for item in items.iter().take(LIST_LIMIT) {
                ui.label(item);
            }
            if items.len() > LIST_LIMIT {
                ui.label(format!("… and {} more", items.len() - LIST_LIMIT));
            }
        });
}
