//! Choosing a file to open or save: the system's own dialog when there is one, else an
//! in-app file browser, so a locked-down laptop can still save.
//!
//! The native dialog (rfd) runs on a worker thread so the window keeps drawing. On Linux it
//! needs a desktop portal or zenity; without either it answers "nothing chosen" at once,
//! exactly like Cancel. So the system is probed before the first dialog, and a native answer
//! of "nothing" that comes back faster than a person could cancel also counts as "no system
//! dialog here". Either way the in-app browser (egui-file-dialog) takes over, and the user
//! is told once why.

use crate::export::ExportFormat;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use egui_file_dialog::{DialogState, FileDialog};

/// Faster than this, "nothing chosen" means the dialog never appeared.
const TOO_FAST_TO_CANCEL: Duration = Duration::from_millis(400);
/// What the chosen path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    /// An HR export to import.
    Import,
    /// A file of skills and work styles.
    ImportSkills,
    /// A newer HR export to update the open design's staff from.
    UpdateStaff,
    /// Another design to bring options in from.
    BringIn,
    /// Another design to compare the open one with.
    CompareWith,
    /// Where to write the option on screen as CSV.
    ExportCsv,
    /// Where to write the skills survey (.xlsx, or .csv).
    ExportSurvey,
    /// Where to write the option's chart, or the workshop report.
    Export(ExportFormat),
}

impl DialogPurpose {
    fn title(self) -> &'static str {
        match self {
            DialogPurpose::Open => "Open design",
            DialogPurpose::SaveAs => "Save design as",
            DialogPurpose::Import => "Import staff from an HR export",
            DialogPurpose::ImportSkills => "Import skills and work styles",
            DialogPurpose::UpdateStaff => "Update staff from an HR export",
            DialogPurpose::BringIn => "Bring in options from another design",
            DialogPurpose::CompareWith => "Compare with another design",
            DialogPurpose::ExportCsv => "Export option as CSV",
            DialogPurpose::ExportSurvey => "Export skills survey",
            DialogPurpose::Export(ExportFormat::Svg) => "Export chart as SVG",
            DialogPurpose::Export(ExportFormat::Png) => "Export chart as PNG",
            DialogPurpose::Export(ExportFormat::Pdf) => "Export chart as PDF",
            DialogPurpose::Export(ExportFormat::Html) => "Export workshop report (HTML)",
            DialogPurpose::Export(ExportFormat::ReportPdf) => "Export workshop report (PDF)",
        }
    }

    /// The file filter: its name and extensions.
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            DialogPurpose::Open
            | DialogPurpose::SaveAs
            | DialogPurpose::BringIn
            | DialogPurpose::CompareWith => ("Orgsplit design (.ron)", &["ron"]),
            DialogPurpose::Import | DialogPurpose::ImportSkills | DialogPurpose::UpdateStaff => (
                "Table (.csv .tsv .txt .xlsx .xls .ods)",
                &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
            ),
            DialogPurpose::ExportCsv => ("CSV table (.csv)", &["csv"]),
            DialogPurpose::ExportSurvey => ("Workbook or table (.xlsx .csv)", &["xlsx", "csv"]),
            DialogPurpose::Export(ExportFormat::Svg) => ("SVG drawing (.svg)", &["svg"]),
            DialogPurpose::Export(ExportFormat::Png) => ("PNG picture (.png)", &["png"]),
            DialogPurpose::Export(ExportFormat::Pdf | ExportFormat::ReportPdf) => {
                ("PDF document (.pdf)", &["pdf"])
            }
            DialogPurpose::Export(ExportFormat::Html) => ("Web page (.html)", &["html"]),
        }
    }

    fn saves(self) -> bool {
        matches!(
            self,
            DialogPurpose::SaveAs
                | DialogPurpose::ExportCsv
                | DialogPurpose::ExportSurvey
                | DialogPurpose::Export(_)
        )
    }

    /// The file name offered when saving, from the current file's.
    fn suggested_name(self, suggested: Option<&Path>) -> String {
        let stem = suggested
            .and_then(Path::file_stem)
            .map_or_else(|| "design".to_owned(), |n| n.to_string_lossy().into_owned());
        match self {
            DialogPurpose::ExportCsv => format!("{stem}.csv"),
            DialogPurpose::ExportSurvey => format!("{stem} skills survey.xlsx"),
            DialogPurpose::Export(format) => format!("{stem}.{}", format.extension()),
            _ => format!("{stem}.ron"),
        }
    }
}

/// What became of a dialog this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogOutcome {
    Chosen(DialogPurpose, PathBuf),
    Cancelled(DialogPurpose),
}

struct NativeDialog {
    purpose: DialogPurpose,
    suggested: Option<PathBuf>,
    started: Instant,
    answer: Receiver<Option<PathBuf>>,
}

/// The file dialogs of one window: at most one open at a time.
#[derive(Default)]
pub struct FileDialogs {
    native: Option<NativeDialog>,
    in_app: Option<(DialogPurpose, FileDialog)>,
    /// `None` until probed; `Some(false)` once the system showed it has no dialog.
    native_works: Option<bool>,
    /// Why the in-app browser is used, waiting to be shown to the user once.
    notice: Option<String>,
    /// The folder of the last file chosen: the next dialog without a file of its own opens
    /// there (an export next to the import it came from, the next import beside the last).
    last_folder: Option<PathBuf>,
}

impl FileDialogs {
    /// Dialogs that never try the system's own (tests, and systems known to have none).
    pub fn in_app_only() -> Self {
        Self {
            native_works: Some(false),
            ..Self::default()
        }
    }

    pub fn is_open(&self) -> bool {
        self.native.is_some() || self.in_app.is_some()
    }

    /// Whether the in-app browser is showing.
    pub fn in_app_is_open(&self) -> bool {
        self.in_app.is_some()
    }

    /// Opens a dialog for `purpose`; `suggested` names the current file, if any.
    pub fn start(&mut self, purpose: DialogPurpose, suggested: Option<PathBuf>) {
        if self.is_open() {
            return;
        }
        let works = *self.native_works.get_or_insert_with(|| {
            let found = native_dialog_available();
            if !found {
                self.notice = Some(
                    "No system file dialog is available here (no desktop portal and no zenity), so Orgsplit shows its own file browser.".into(),
                );
            }
            found
        });
        let folder = self.folder_for(suggested.as_deref());
        if works {
            self.native = Some(spawn_native(purpose, suggested, folder));
        } else {
            self.open_in_app(purpose, suggested.as_deref(), folder);
        }
    }

    /// Where a dialog opens: the suggested file's folder, else the last folder a file was
    /// chosen in, else (for the in-app browser) the working folder.
    fn folder_for(&self, suggested: Option<&Path>) -> Option<PathBuf> {
        suggested
            .and_then(Path::parent)
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
            .or_else(|| self.last_folder.clone().filter(|p| p.is_dir()))
    }

    /// Remembers where a file was chosen.
    fn chose(&mut self, path: &Path) {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            self.last_folder = Some(folder.to_path_buf());
        }
    }

    /// Takes the one-time explanation of why the in-app browser is shown, if there is one.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }

    /// Collects a native answer and draws the in-app browser; call once per frame.
    pub fn update(&mut self, ctx: &egui::Context) -> Option<DialogOutcome> {
        if let Some(native) = &self.native {
            let answer = match native.answer.try_recv() {
                Ok(choice) => Some(choice),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => Some(None),
            };
            if let Some(choice) = answer {
                let native = self.native.take()?;
                return match choice {
                    Some(path) => {
                        self.chose(&path);
                        Some(DialogOutcome::Chosen(native.purpose, path))
                    }
                    None if native.started.elapsed() < TOO_FAST_TO_CANCEL => {
                        self.native_works = Some(false);
                        self.notice = Some(
                            "The system file dialog could not be shown, so Orgsplit shows its own file browser.".into(),
                        );
                        let folder = self.folder_for(native.suggested.as_deref());
                        self.open_in_app(native.purpose, native.suggested.as_deref(), folder);
                        None
                    }
                    None => Some(DialogOutcome::Cancelled(native.purpose)),
                };
            }
            // The worker answers without input events: look again soon.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        let (purpose, dialog) = self.in_app.as_mut()?;
        let purpose = *purpose;
        dialog.update(ctx);
        let outcome = match dialog.state() {
            DialogState::Picked(path) => Some(DialogOutcome::Chosen(purpose, path.clone())),
            DialogState::Cancelled | DialogState::Closed => Some(DialogOutcome::Cancelled(purpose)),
            _ => None,
        };
        if outcome.is_some() {
            self.in_app = None;
        }
        if let Some(DialogOutcome::Chosen(_, path)) = &outcome {
            self.chose(path);
        }
        outcome
    }

    fn open_in_app(
        &mut self,
        purpose: DialogPurpose,
        suggested: Option<&Path>,
        folder: Option<PathBuf>,
    ) {
        let folder = folder.or_else(|| std::env::current_dir().ok());
        let (filter, extensions) = purpose.filter();
        let mut dialog = FileDialog::new()
            .id("orgsplit-file-browser")
            .title(purpose.title())
            .add_file_filter_extensions(filter, extensions.to_vec())
            .default_file_filter(filter)
            .add_save_extension(filter, extensions[0])
            .default_save_extension(filter)
            .default_size([720.0, 460.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]);
        if let Some(folder) = folder {
            dialog = dialog.initial_directory(folder);
        }
        if purpose.saves() {
            dialog = dialog.default_file_name(&purpose.suggested_name(suggested));
            dialog.save_file();
        } else {
            dialog.pick_file();
        }
        self.in_app = Some((purpose, dialog));
    }
}

fn spawn_native(
    purpose: DialogPurpose,
    suggested: Option<PathBuf>,
    folder: Option<PathBuf>,
) -> NativeDialog {
    let (send, answer) = channel();
    let for_worker = suggested.clone();
    std::thread::spawn(move || {
        let suggested = for_worker;
        let (filter, extensions) = purpose.filter();
        let mut dialog = rfd::FileDialog::new()
            .add_filter(filter, extensions)
            .set_title(purpose.title());
        if let Some(dir) = folder {
            dialog = dialog.set_directory(dir);
        }
        let choice = if purpose.saves() {
            dialog
                .set_file_name(purpose.suggested_name(suggested.as_deref()))
                .save_file()
        } else {
            dialog.pick_file()
        };
        // The app may have closed meanwhile; nobody to tell then.
        let _ = send.send(choice);
    });
    NativeDialog {
        purpose,
        suggested,
        started: Instant::now(),
        answer,
    }
}

/// Whether the system can show its own file dialog. On Linux and the BSDs rfd needs a session
/// bus with the desktop portal, or zenity; macOS and Windows always have one.
fn native_dialog_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    if on_path("zenity") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let data_dirs =
        std::env::var("XDG_DATA_DIRS").unwrap_or_else(|_| "/usr/local/share:/usr/share".into());
    let portal = data_dirs.split(':').any(|d| {
        Path::new(d)
            .join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .is_file()
    });
    bus && portal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_without_a_file_of_its_own_opens_where_the_last_file_was_chosen() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut dialogs = FileDialogs::in_app_only();
        assert_eq!(dialogs.folder_for(None), None);
        dialogs.chose(&dir.path().join("staff.csv"));
        assert_eq!(dialogs.folder_for(None), Some(dir.path().to_path_buf()));
        // A file of its own wins: Save As opens beside the design.
        let other = tempfile::tempdir().expect("temp dir");
        let design = other.path().join("plan.ron");
        assert_eq!(
            dialogs.folder_for(Some(&design)),
            Some(other.path().to_path_buf())
        );
        // A folder that has gone since is not offered.
        let gone = dir.path().to_path_buf();
        drop(dir);
        assert_eq!(dialogs.folder_for(None), None);
        assert!(!gone.exists());
    }
}
