//! The window's dialogs and what they hand back: file dialogs' answers, the import, skills,
//! staff-update and other-design dialogs' outcomes, files dropped on the window, and the
//! exports they start (made on a worker thread, their outcome in the status line).

use std::path::PathBuf;

use super::actions::Action;
use super::app::{OrgsplitApp, file_action};
use super::file_dialog::{DialogOutcome, DialogPurpose};
use super::import_dialog::ImportOutcome;
use super::panels::Banner;
use super::refresh_dialog::RefreshOutcome;
use super::skills_dialog::SkillsOutcome;
use super::versions_dialogs::VersionsOutcome;

impl OrgsplitApp {
    /// Collects the answer of a file dialog, if one came.
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context) {
        let outcome = self.open.files.update(ctx);
        if let Some(notice) = self.open.files.take_notice() {
            self.banner = Some(Banner::Info(notice));
        }
        match outcome {
            Some(DialogOutcome::Chosen(DialogPurpose::Open, path)) => {
                self.actions.push(Action::OpenPath(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::SaveAs, path)) => {
                self.actions
                    .push(Action::SaveTo(with_extension(path, "ron")));
            }
            // Save As was cancelled: so is whatever was waiting for the save.
            Some(DialogOutcome::Cancelled(DialogPurpose::SaveAs)) => {
                self.safety.forget_after_save();
            }
            Some(DialogOutcome::Chosen(DialogPurpose::Import, path)) => {
                self.actions.push(Action::ImportPath(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::ImportSkills, path)) => {
                self.actions.push(Action::ImportSkillsPath(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::UpdateStaff, path)) => {
                self.actions.push(Action::UpdateStaffFrom(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::BringIn, path)) => {
                self.actions.push(Action::BringInFrom(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::CompareWith, path)) => {
                self.actions.push(Action::CompareWith(path));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::ExportCsv, path)) => {
                self.export_csv(&with_extension(path, "csv"));
            }
            Some(DialogOutcome::Chosen(DialogPurpose::ExportSurvey, path)) => {
                self.export_survey(&path);
            }
            Some(DialogOutcome::Chosen(DialogPurpose::Export(format), path)) => {
                self.actions.push(Action::ExportTo(
                    format,
                    with_extension(path, format.extension()),
                ));
            }
            Some(DialogOutcome::Cancelled(DialogPurpose::Export(_))) => {
                self.open.export_request = None;
            }
            Some(DialogOutcome::Cancelled(
                DialogPurpose::Open
                | DialogPurpose::Import
                | DialogPurpose::ImportSkills
                | DialogPurpose::UpdateStaff
                | DialogPurpose::BringIn
                | DialogPurpose::CompareWith
                | DialogPurpose::ExportCsv
                | DialogPurpose::ExportSurvey,
            ))
            | None => {}
        }
    }

    /// Draws the import dialog, if open, and acts on its outcome.
    pub(super) fn import_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open.import else {
            return;
        };
        match dialog.ui(ctx) {
            None => {}
            Some(ImportOutcome::Adopt(design, status)) => {
                self.open.import = None;
                self.actions.push(Action::AdoptImported(design, status));
            }
            Some(ImportOutcome::Cancelled) => {
                self.open.import = None;
                self.status = "Import cancelled; nothing changed.".into();
            }
            Some(ImportOutcome::Failed(why)) => {
                self.open.import = None;
                self.banner = Some(Banner::Error(why));
            }
        }
    }

    /// Draws the staff update's review, if open, and acts on its outcome.
    pub(super) fn refresh_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open.refresh else {
            return;
        };
        match dialog.ui(ctx) {
            None => {}
            Some(RefreshOutcome::Apply(command)) => {
                self.open.refresh = None;
                self.actions.push(Action::Apply(command));
            }
            Some(RefreshOutcome::Cancelled) => {
                self.open.refresh = None;
                self.status = "Staff update cancelled; nothing changed.".into();
            }
            Some(RefreshOutcome::Failed(why)) => {
                self.open.refresh = None;
                self.banner = Some(Banner::Error(why));
            }
        }
    }

    /// Draws Bring in options… or Compare with another design…, if open, and acts on its
    /// outcome.
    pub(super) fn versions_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open.versions else {
            return;
        };
        match dialog.ui(ctx, self.doc.design()) {
            None => {}
            Some(VersionsOutcome::Apply(command)) => {
                self.open.versions = None;
                self.actions.push(Action::Apply(command));
            }
            Some(VersionsOutcome::Closed) => self.open.versions = None,
            Some(VersionsOutcome::Failed(why)) => {
                self.open.versions = None;
                self.banner = Some(Banner::Error(why));
            }
        }
    }

    /// Draws the skills dialog, if open, and acts on its outcome.
    pub(super) fn skills_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open.skills else {
            return;
        };
        match dialog.ui(ctx) {
            None => {}
            Some(SkillsOutcome::Apply(command)) => {
                self.open.skills = None;
                self.actions.push(Action::Apply(command));
            }
            Some(SkillsOutcome::Cancelled) => {
                self.open.skills = None;
                self.status = "Skills import cancelled; nothing changed.".into();
            }
            Some(SkillsOutcome::Failed(why)) => {
                self.open.skills = None;
                self.banner = Some(Banner::Error(why));
            }
        }
    }

    /// Files dropped on the window: a design opens (after the unsaved-changes question),
    /// anything else is imported, as desktop apps do. One file at a time.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        let Some(path) = dropped.first() else {
            return;
        };
        if dropped.len() > 1 {
            self.status = format!(
                "{} files were dropped; Orgsplit takes one at a time, so only {} is used.",
                dropped.len(),
                path.display()
            );
        }
        self.actions.push(file_action(path.clone()));
    }

    /// Writes the option on screen to `path` as CSV.
    pub(super) fn export_csv(&mut self, path: &std::path::Path) {
        let scenario = self.doc.scenario_index();
        let name = self
            .doc
            .design()
            .scenarios
            .get(scenario)
            .map_or_else(String::new, |s| s.name.clone());
        match crate::export::write_scenario_csv(self.doc.design(), scenario, path) {
            Ok(()) => self.status = format!("Wrote {name} to {}.", path.display()),
            Err(why) => {
                self.banner = Some(Banner::Error(format!(
                    "Could not export {name}: {why}. Nothing was written."
                )));
            }
        }
    }

    /// Writes the skills survey: a .csv path as CSV, anything else as an .xlsx workbook.
    pub(super) fn export_survey(&mut self, path: &std::path::Path) {
        let path = if crate::export::is_csv(path) {
            path.to_path_buf()
        } else {
            with_extension(path.to_path_buf(), "xlsx")
        };
        let written = crate::export::survey_file(self.doc.design(), &path)
            .and_then(|b| crate::io::write_shared_atomically(&path, &b).map_err(|e| e.to_string()));
        match written {
            Ok(()) => {
                self.status = format!(
                    "Wrote a skills survey to {}: send it out, then bring the answers in with \
                     Import skills….",
                    path.display()
                );
            }
            Err(why) => {
                self.banner = Some(Banner::Error(format!(
                    "Could not write the skills survey to {}: {why}. Nothing was written.",
                    path.display()
                )));
            }
        }
    }

    /// Draws File ▸ Export…'s window, if open: its choices then lead to the file dialog.
    pub(super) fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open.export else {
            return;
        };
        match dialog.ui(ctx, self.doc.design()) {
            None => {}
            Some(super::export_dialog::ExportDialogOutcome::ChooseFile(request)) => {
                self.open.export = None;
                self.open.export_request = Some(request);
                self.start_dialog(DialogPurpose::Export(request.format));
            }
            Some(super::export_dialog::ExportDialogOutcome::Cancelled) => {
                self.open.export = None;
                self.status = "Export cancelled; nothing was written.".into();
            }
        }
    }

    /// Writes a chart or the report to `path`, as File ▸ Export… set it up (else the option
    /// on screen at the usual settings), on a worker thread (a large option's PDF takes a
    /// second or more): the window keeps drawing and says when it is done, or shows a banner
    /// naming the file when it cannot be written.
    pub(super) fn export(&mut self, format: crate::export::ExportFormat, path: &std::path::Path) {
        let request = self
            .open
            .export_request
            .take()
            .filter(|r| r.format == format)
            .unwrap_or_else(|| {
                super::export_dialog::ExportDialog::new(format, self.doc.scenario_index()).request
            });
        let design = self.doc.design().clone();
        let target = path.to_owned();
        self.status = format!("Writing the {} to {}…", format.label(), path.display());
        let job =
            super::job::Job::spawn(move |_| crate::export::export_to(&design, &request, &target));
        self.open.exporting = Some((job, format, path.to_owned()));
    }

    /// Collects a finished export, if one is running; keeps frames coming until it is done.
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some((job, format, path)) = &self.open.exporting else {
            return;
        };
        let Some(outcome) = job.poll() else {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            return;
        };
        let (format, path) = (*format, path.clone());
        self.open.exporting = None;
        self.status = format!("The {} was not written.", format.label());
        match outcome {
            Ok(Ok(what)) => self.status = format!("Wrote {what} to {}.", path.display()),
            Ok(Err(why)) => {
                self.banner = Some(Banner::Error(format!(
                    "Could not export the {}: {why}. Nothing was written.",
                    format.label()
                )));
            }
            Err(()) => {
                self.banner = Some(Banner::Error(format!(
                    "The {} could not be made (the export stopped unexpectedly). Nothing was \
                     written to {}.",
                    format.label(),
                    path.display()
                )));
            }
        }
    }

    /// Opens a file dialog (the system's, or the in-app browser).
    pub(super) fn start_dialog(&mut self, purpose: DialogPurpose) {
        let suggested = self.doc.path().map(PathBuf::from);
        self.open.files.start(purpose, suggested);
        if let Some(notice) = self.open.files.take_notice() {
            self.banner = Some(Banner::Info(notice));
        }
    }
}

/// Saving adds the extension (`ron`, `csv`) when the user typed a name without one.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}
