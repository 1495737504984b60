//! Where the table is in the file: the worksheet (for a workbook of several) and the header
//! row, both chosen by the user on the rows themselves. HR report writers put titles and an
//! "effective as of" line above the header and a cover sheet before the table; the guess
//! is usually right, and when it is not, one click on the right row fixes it.

use egui::RichText;

use crate::import::{Choice, Mapping, Table, TableRow};

/// How many data rows the preview shows under the header.
const PREVIEW_ROWS: usize = 6;
/// How many rows above the header are shown (the last ones, nearest the header).
const TITLE_ROWS: usize = 8;

/// The worksheets to choose from, when the workbook has more than one; `Some` when the
/// user picked another.
pub(super) fn sheet_ui(ui: &mut egui::Ui, table: &Table) -> Option<Choice> {
    if table.sheets.len() < 2 {
        return None;
    }
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label("Worksheet:");
        for name in &table.sheets {
            let current = table.sheet.as_deref() == Some(name.as_str());
            if ui
                .selectable_label(current, name)
                .on_hover_text("Read the table from this worksheet")
                .clicked()
                && !current
            {
                chosen = Some(Choice {
                    sheet: Some(name.clone()),
                    header_line: None,
                });
            }
        }
    });
    chosen
}

/// The rows around the header (titles above it, the first data rows below), each with a
/// radio button to make it the header; the field each mapped column fills is shown beside
/// its header. `Some` when the user picked another header row.
pub(super) fn preview_ui(ui: &mut egui::Ui, table: &Table, mapping: &Mapping) -> Option<Choice> {
    let mut chosen = None;
    let word = if table.sheets.is_empty() {
        "line"
    } else {
        "row"
    };
    ui.label(RichText::new("The first rows").strong());
    ui.label(
        RichText::new(format!(
            "The header is the row naming the columns; rows above it are left out. Pick \
             another {word} if the guess is wrong."
        ))
        .weak(),
    );
    let titles = &table.titles[table.titles.len().saturating_sub(TITLE_ROWS)..];
    let width = table.headers.len();
    egui::ScrollArea::horizontal()
        .id_salt("import-preview")
        .show(ui, |ui| {
            egui::Grid::new("import-preview-grid")
                .striped(true)
                .spacing([14.0, 2.0])
                .show(ui, |ui| {
                    let mut pick = |ui: &mut egui::Ui, line: u64, is_header: bool| {
                        let radio = ui
                            .radio(is_header, format!("{word} {line}"))
                            .on_hover_text(format!("Use {word} {line} as the header"));
                        if radio.clicked() && !is_header {
                            chosen = Some(Choice {
                                sheet: table.sheet.clone(),
                                header_line: Some(line),
                            });
                        }
                    };
                    for row in titles {
                        pick(ui, row.line, false);
                        cells(ui, row, width, |text| RichText::new(text).weak());
                        ui.end_row();
                    }
                    pick(ui, table.header_line, true);
                    for (c, header) in table.headers.iter().enumerate() {
                        let field = mapping.columns.iter().find(|(_, col)| *col == c);
                        let text = match field {
                            Some((f, _)) => format!("{} ({})", shortened(header), f.label()),
                            None => shortened(header),
                        };
                        ui.label(RichText::new(text).strong());
                    }
                    ui.end_row();
                    for row in table.rows.iter().take(PREVIEW_ROWS) {
                        pick(ui, row.line, false);
                        cells(ui, row, width, RichText::new);
                        ui.end_row();
                    }
                });
        });
    chosen
}

/// A row's first `width` cells, shortened to one line each.
fn cells(ui: &mut egui::Ui, row: &TableRow, width: usize, style: impl Fn(String) -> RichText) {
    for c in 0..width {
        let text = row.cells.get(c).map_or("", |c| c.trim());
        ui.label(style(shortened(text)));
    }
}

fn shortened(text: &str) -> String {
    let one_line = text.replace(['\r', '\n'], " ");
    if one_line.chars().count() > 28 {
        format!("{}…", one_line.chars().take(27).collect::<String>())
    } else {
        one_line
    }
}
