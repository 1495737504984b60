//! The desktop app: eframe window, menus, panels and the live chart. The only layer that
//! knows about egui.

mod actions;
mod app;
pub mod chart;
mod compare;
mod derived;
mod dialogs;
mod export_dialog;
mod file_dialog;
mod findings;
mod help;
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

pub use actions::{Action, HelpPage, NewScenario, UiCommand};
pub use app::OrgsplitApp;
pub use panels::Banner;
pub use state::SideTab;

/// Opens the main window on `path`, or on the built-in sample when there is none; with
/// `timing` (when the process started), the first frame prints how long it took.
pub fn run(path: Option<std::path::PathBuf>, timing: Option<std::time::Instant>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Orgsplit")
            // The desktop file's name, so docks group the window with its launcher.
            .with_app_id("orgsplit")
            .with_icon(window_icon())
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Orgsplit",
        options,
        Box::new(move |cc| {
            let mut app = OrgsplitApp::new(cc, path);
            app.timing = timing;
            Ok(Box::new(app))
        }),
    )
}

/// The icon drawn at 256 px (assets/icons), or none if it cannot be decoded.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/orgsplit-256.png"))
        .unwrap_or_default()
}
