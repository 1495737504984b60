//! Native file dialogs, run on a worker thread so the window keeps drawing while one is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What the chosen path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
}

/// A file dialog that is open (or was, until its answer is collected).
pub struct PendingDialog {
    pub purpose: DialogPurpose,
    answer: Receiver<Option<PathBuf>>,
}

impl PendingDialog {
    /// Shows the dialog on a worker thread. `suggested` names the file for Save As.
    pub fn spawn(purpose: DialogPurpose, suggested: Option<PathBuf>) -> Self {
        let (send, answer) = channel();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter("Orgsplit design (.ron)", &["ron"]);
            if let Some(dir) = suggested.as_ref().and_then(|p| p.parent()) {
                dialog = dialog.set_directory(dir);
            }
            let choice = match purpose {
                DialogPurpose::Open => dialog.set_title("Open design").pick_file(),
                DialogPurpose::SaveAs => {
                    let name = suggested.as_ref().and_then(|p| p.file_name()).map_or_else(
                        || "design.ron".to_owned(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    dialog
                        .set_title("Save design as")
                        .set_file_name(name)
                        .save_file()
                }
            };
            // The app may have closed meanwhile; nobody to tell then.
            let _ = send.send(choice);
        });
        Self { purpose, answer }
    }

    /// `Some(answer)` once the user has chosen (or cancelled, as `Some(None)`).
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.answer.try_recv() {
            Ok(choice) => Some(choice),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}
