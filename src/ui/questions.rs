//! Modal questions: remove?, save changes first?, recover unsaved work? Each answer queues
//! an [`Action`].

use super::actions::Action;

/// A modal question: a heading, a sentence and a row of answers, each pushing its action.
/// `on_dismiss` is what Esc or a click outside means (`None`: they do nothing).
fn question_ui(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    answers: &[(&str, Action)],
    on_dismiss: Option<Action>,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::new(id)).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(heading);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (label, action) in answers {
                if ui.button(*label).clicked() {
                    actions.push(action.clone());
                }
            }
        });
    });
    if modal.should_close()
        && let Some(action) = on_dismiss
    {
        actions.push(action);
    }
}

/// The confirmation asked before a removal.
pub fn confirm_ui(ctx: &egui::Context, question: &str, actions: &mut Vec<Action>) {
    question_ui(
        ctx,
        "confirm-delete",
        "Remove?",
        question,
        &[
            ("Remove", Action::ConfirmDelete),
            ("Cancel", Action::CancelDelete),
        ],
        Some(Action::CancelDelete),
        actions,
    );
}

/// "Save changes to … before …?" with Save / Don't Save / Cancel.
pub fn save_question_ui(ctx: &egui::Context, question: &str, actions: &mut Vec<Action>) {
    question_ui(
        ctx,
        "save-question",
        "Unsaved changes",
        question,
        &[
            ("Save", Action::GuardSave),
            ("Don't Save", Action::GuardDiscard),
            ("Cancel", Action::GuardCancel),
        ],
        Some(Action::GuardCancel),
        actions,
    );
}

/// Offers work recovered from a session that ended without saving.
pub fn recovery_ui(ctx: &egui::Context, orphan: &crate::io::Orphan, actions: &mut Vec<Action>) {
    let rec = &orphan.recovery;
    let belongs = match &rec.original {
        Some(path) => format!("It belongs to {}.", path.display()),
        None => "It had never been saved to a file.".to_owned(),
    };
    let text = format!(
        "Orgsplit closed before \u{201c}{}\u{201d} was saved. The last autosave is from {}. {belongs}",
        rec.design.title,
        crate::io::age_in_words(rec.saved_at)
    );
    question_ui(
        ctx,
        "recovery",
        "Recover unsaved work?",
        &text,
        &[
            ("Restore", Action::RestoreRecovery),
            ("Discard", Action::DiscardRecovery),
            ("Decide later", Action::LaterRecovery),
        ],
        None,
        actions,
    );
}
