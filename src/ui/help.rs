//! The Help menu: About Orgsplit (version, licences, where recovery files live), the
//! README's *What you see*, *Using Orgsplit* and *Findings* sections as in-app help, and
//! the keyboard shortcuts read from the command registry, so the help never lists a
//! shortcut the app does not have.

use std::path::Path;

use egui::RichText;

use super::actions::{HelpPage, UiCommand};

/// The README, whose sections are the in-app help.
const README: &str = include_str!("../../README.md");
/// The licences shipped with the app and its fonts.
const LICENCE: &str = include_str!("../../LICENSE");
const UBUNTU_FONT_LICENCE: &str = include_str!("../../assets/fonts/UFL.txt");
const HACK_FONT_LICENCE: &str = include_str!("../../assets/fonts/Hack-Regular.txt");

/// The window title of `page`.
fn title(page: HelpPage) -> &'static str {
    match page {
        HelpPage::About => "About Orgsplit",
        HelpPage::GettingStarted => "Getting started",
        HelpPage::Findings => "Findings explained",
        HelpPage::Shortcuts => "Keyboard shortcuts",
    }
}

/// Draws `page` in a window; `true` when the user closed it.
pub fn help_window(ctx: &egui::Context, page: HelpPage, recovery: Option<&Path>) -> bool {
    let mut open = true;
    let mut closed = false;
    egui::Window::new(title(page))
        .id(egui::Id::new("help"))
        .open(&mut open)
        .default_width(720.0)
        .default_height(520.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height((ctx.content_rect().height() - 200.0).max(200.0))
                .show(ui, |ui| match page {
                    HelpPage::About => about_ui(ui, recovery),
                    HelpPage::GettingStarted => {
                        markdown_ui(ui, section("What you see"));
                        markdown_ui(ui, section("Using Orgsplit"));
                    }
                    HelpPage::Findings => markdown_ui(ui, section("Findings")),
                    HelpPage::Shortcuts => shortcuts_ui(ui),
                });
            ui.separator();
            closed = ui.button("Close").clicked();
        });
    !open || closed
}

fn about_ui(ui: &mut egui::Ui, recovery: Option<&Path>) {
    ui.heading("Orgsplit");
    ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
    ui.label(env!("CARGO_PKG_DESCRIPTION"));
    ui.label(
        "An offline tool: it never uses the network, and HR data never leaves the files you \
         save and export.",
    );
    ui.separator();
    match recovery {
        Some(dir) => ui.label(format!(
            "Unsaved work is autosaved to {} until you save or close.",
            dir.display()
        )),
        None => ui.label("Autosave of unsaved work is off in this window."),
    };
    ui.separator();
    ui.label(RichText::new("Licences").strong());
    ui.label(format!(
        "Orgsplit is free software under the {} licence.",
        env!("CARGO_PKG_LICENSE")
    ));
    for (name, text) in [
        ("Orgsplit's licence", LICENCE),
        (
            "Ubuntu font licence (Ubuntu Light, the proportional font)",
            UBUNTU_FONT_LICENCE,
        ),
        ("Hack font licence (the monospace font)", HACK_FONT_LICENCE),
    ] {
        egui::CollapsingHeader::new(name)
            .id_salt(("licence", name))
            .show(ui, |ui| {
                ui.label(RichText::new(text).monospace().small());
            });
    }
}

/// Every command with a shortcut, as the menus show them, from the registry.
fn shortcuts_ui(ui: &mut egui::Ui) {
    egui::Grid::new("help-shortcuts")
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for command in UiCommand::all() {
                let keys: Vec<String> = command
                    .shortcuts()
                    .iter()
                    .map(|s| ui.ctx().format_shortcut(s))
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                ui.label(command.label().trim_end_matches('…'));
                ui.label(keys.join(" or "));
                ui.end_row();
            }
            // Keys the chart and dialogs read directly rather than through a command.
            for (what, keys) in [
                (
                    "Cancel a drag, clear the selection, leave presenting",
                    "Esc",
                ),
                ("Move someone alone (while dragging)", "Shift"),
                ("Add a dotted line (while dragging)", "Alt"),
                ("Pin a card where it is dropped", "Ctrl"),
                ("Next match of the roster search", "Enter"),
            ] {
                ui.label(what);
                ui.label(keys);
                ui.end_row();
            }
        });
}

/// The README section under `## heading`, up to the next `## ` heading.
fn section(heading: &str) -> &'static str {
    let start = format!("## {heading}\n");
    let Some(at) = README.find(&start) else {
        return "";
    };
    let body = &README[at + start.len()..];
    let end = body.find("\n## ").map_or(body.len(), |e| e + 1);
    &body[..end]
}

/// Markdown as the README writes it, drawn plainly: headings, paragraphs, bullets and
/// tables (as two-column grids); emphasis and code marks are dropped, code blocks left out.
fn markdown_ui(ui: &mut egui::Ui, text: &str) {
    let mut paragraph = String::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut in_code = false;
    let mut grids = 0;
    let flush = |ui: &mut egui::Ui, paragraph: &mut String| {
        if !paragraph.trim().is_empty() {
            ui.label(plain(paragraph.trim()));
            ui.add_space(4.0);
        }
        paragraph.clear();
    };
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with('|') {
            flush(ui, &mut paragraph);
            let cells: Vec<String> = trimmed
                .trim_matches('|')
                .split(" | ")
                .map(|c| plain(c.trim()))
                .collect();
            if !cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ' '))
            {
                table.push(cells);
            }
            continue;
        }
        if !table.is_empty() {
            grid_ui(ui, &table, grids);
            grids += 1;
            table.clear();
        }
        if let Some(heading) = trimmed.strip_prefix('#') {
            flush(ui, &mut paragraph);
            ui.label(RichText::new(plain(heading.trim_start_matches('#').trim())).strong());
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            flush(ui, &mut paragraph);
            paragraph.push_str("• ");
            paragraph.push_str(item);
        } else if trimmed.is_empty() {
            flush(ui, &mut paragraph);
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(trimmed);
        }
    }
    flush(ui, &mut paragraph);
    if !table.is_empty() {
        grid_ui(ui, &table, grids);
    }
}

fn grid_ui(ui: &mut egui::Ui, rows: &[Vec<String>], n: usize) {
    egui::Grid::new(("help-table", n))
        .num_columns(2)
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (k, row) in rows.iter().enumerate() {
                for cell in row {
                    let text = if k == 0 {
                        RichText::new(cell).strong()
                    } else {
                        RichText::new(cell)
                    };
                    ui.add(egui::Label::new(text).wrap());
                }
                ui.end_row();
            }
        });
    ui.add_space(6.0);
}

/// Markdown emphasis, code marks and links taken out: "**Esc** clears" → "Esc clears"; the
/// menu arrow the window's fonts lack ("File ▸ Open") written as "File > Open".
fn plain(text: &str) -> String {
    let mut out = text.replace("**", "").replace('`', "").replace('▸', ">");
    // [words](#anchor) → words
    while let (Some(open), Some(mid)) = (out.find('['), out.find("](")) {
        let Some(close) = out[mid..].find(')').map(|c| mid + c) else {
            break;
        };
        if open > mid {
            break;
        }
        let words = out[open + 1..mid].to_owned();
        out.replace_range(open..=close, &words);
    }
    out.split('*').collect::<Vec<_>>().join("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_sections_the_help_shows_are_there() {
        for heading in ["What you see", "Using Orgsplit", "Findings"] {
            let body = section(heading);
            assert!(body.len() > 500, "{heading}: {} bytes", body.len());
            assert!(
                !body.contains("\n## "),
                "{heading} runs into the next section"
            );
        }
        assert!(section("Findings").contains("| Key-person risk |"));
    }

    #[test]
    fn markdown_marks_are_taken_out_of_help_text() {
        assert_eq!(
            plain("**Esc** clears the `selection`"),
            "Esc clears the selection"
        );
        assert_eq!(
            plain("see [Importing](#importing-and-exporting) first"),
            "see Importing first"
        );
        assert_eq!(plain("*File ▸ Import staff…*"), "File > Import staff…");
    }
}
