//! The desktop app: eframe window, menus, panels and the live chart. The only layer that
//! knows about egui.

mod actions;
mod app;
pub mod chart;
mod compare;
mod derived;
mod export_dialog;
mod file_dialog;
mod findings;
mod import_dialog;
mod inspector;
mod job;
mod knowledge;
mod menus;
mod panel_context;
mod panels;
mod perform;
mod planner;
mod presentation;
mod questions;
mod refresh_dialog;
mod roster;
mod safety;
mod selection;
mod skills_dialog;
mod state;
mod versions_dialogs;
mod widgets;

pub use actions::{Action, NewScenario, UiCommand};
pub use app::OrgsplitApp;
pub use panels::Banner;
pub use state::SideTab;

/// Opens the main window on `path`, or on the built-in sample when there is none.
pub fn run(path: Option<std::path::PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Orgsplit")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Orgsplit",
        options,
        Box::new(move |cc| Ok(Box::new(OrgsplitApp::new(cc, path)))),
    )
}
