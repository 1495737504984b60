//! Presentation and privacy modes, driven as a facilitator would: F5 hides every panel and
//! Esc brings them back; privacy mode keeps cost and flight risk off the inspector and the
//! status bar; pseudonyms replace names on the chart's cards; both are undoable edits saved
//! with the design.

use crate::common;

use common::{design, harness, person};
use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT, Queryable};
use orgsplit::layout::ChartItem;
use orgsplit::ui::Action;

/// The text of every card the chart publishes.
fn card_labels(h: &egui_kittest::Harness<'_, orgsplit::ui::OrgsplitApp>) -> Vec<String> {
    h.query_all(By::new().role(Role::Button).label_contains(", "))
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

#[test]
fn f5_hides_the_panels_and_esc_restores_them() {
    let mut h = harness();
    for shown in ["File", "Roster", "Inspector", "Unplaced: 1"] {
        assert!(h.query_by_label_contains(shown).is_some(), "{shown} before");
    }
    h.key_press(egui::Key::F5);
    h.run_steps(4);
    assert!(h.state().is_presenting());
    for hidden in ["File", "Roster", "Inspector", "Unplaced: 1"] {
        assert!(
            h.query_by_label_contains(hidden).is_none(),
            "{hidden} while presenting"
        );
    }
    // The chart is still there, every card of the option readable through AccessKit.
    let d = design(&h);
    let erik = person(&d, "Erik Lund");
    assert!(card_labels(&h).iter().any(|l| l.starts_with("Erik Lund, ")));
    // Esc leaves presentation mode (and does not, say, clear a selection first).
    h.state_mut()
        .queue(Action::Select(Some(ChartItem::Person(erik))));
    h.run_steps(2);
    h.key_press(egui::Key::Escape);
    h.run_steps(4);
    assert!(!h.state().is_presenting());
    for shown in ["File", "Roster", "Inspector", "Unplaced: 1"] {
        assert!(
            h.query_by_label_contains(shown).is_some(),
            "{shown} after Esc"
        );
    }
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
}

#[test]
fn while_presenting_only_switching_options_and_leaving_work_from_the_keyboard() {
    let mut h = harness();
    let before = design(&h);
    h.key_press(egui::Key::F5);
    h.run_steps(4);
    assert!(h.state().is_presenting());
    let shown = h.state().document().scenario_index();
    // Ctrl+O (a file browser on the projector), Ctrl+I, Ctrl+Shift+C and Ctrl+N do nothing.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::C,
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run_steps(4);
    assert!(!h.state().shows_file_browser());
    assert!(!h.state().compares());
    assert!(h.state().is_presenting());
    assert_eq!(design(&h), before);
    // Ctrl+PageDown shows the next option; F5 leaves.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageDown);
    h.run_steps(4);
    assert_eq!(h.state().document().scenario_index(), shown + 1);
    h.key_press(egui::Key::F5);
    h.run_steps(4);
    assert!(!h.state().is_presenting());
}

#[test]
fn privacy_mode_hides_cost_and_flight_risk_and_one_undo_shows_them_again() {
    let mut h = harness();
    let d = design(&h);
    let erik = person(&d, "Erik Lund");
    h.state_mut()
        .queue(Action::Select(Some(ChartItem::Person(erik))));
    h.run_steps(3);
    assert!(h.query_by_label("Annual cost").is_some());
    assert!(h.query_by_label("Recorded flight risk").is_some());
    assert!(h.query_by_label_contains("cost 3,873,500").is_some());
    h.state_mut().queue(Action::TogglePrivacy {
        pseudonymise: false,
    });
    h.run_steps(3);
    assert!(
        h.state()
            .document()
            .design()
            .settings
            .privacy
            .hide_sensitive
    );
    assert!(h.state().document().is_dirty());
    assert!(h.query_by_label("Annual cost").is_none());
    assert!(h.query_by_label("Recorded flight risk").is_none());
    assert!(h.query_by_label_contains("cost 3,873,500").is_none());
    assert!(
        h.query_by_label_contains("Legacy IT: 41 people, cost hidden")
            .is_some()
    );
    // The findings still say who is at risk, not how likely they are to leave.
    let analysis = h.state().analysis().clone();
    let about_erik: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.subject == orgsplit::analysis::Subject::Person(erik))
        .collect();
    assert!(!about_erik.is_empty());
    for f in about_erik {
        assert!(!f.message.contains("is high"), "{}", f.message);
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert!(
        !h.state()
            .document()
            .design()
            .settings
            .privacy
            .hide_sensitive
    );
    assert!(h.query_by_label("Annual cost").is_some());
}

#[test]
fn pseudonyms_replace_every_name_on_the_chart_and_survive_presentation() {
    let mut h = harness();
    let d = design(&h);
    h.state_mut()
        .queue(Action::TogglePrivacy { pseudonymise: true });
    h.key_press(egui::Key::F5);
    h.run_steps(5);
    assert!(h.state().is_presenting());
    let labels = card_labels(&h);
    assert!(labels.len() > 60, "{} cards", labels.len());
    for p in d.people.iter().filter(|p| !p.open_role) {
        assert!(
            !labels.iter().any(|l| l.contains(&p.name)),
            "{} still on a card",
            p.name
        );
    }
    let erik = person(&d, "Erik Lund");
    let expected = orgsplit::model::privacy::pseudonyms(&d)[erik].clone();
    assert!(expected.starts_with(&format!("Person {} — ", erik + 1)));
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with(&format!("{expected}, ")))
    );
}

/// Steps the app until its export finishes (it runs on a worker thread).
fn until_exported(h: &mut egui_kittest::Harness<'_, orgsplit::ui::OrgsplitApp>) {
    for _ in 0..200 {
        h.run_steps(1);
        if !h.state().status().starts_with("Writing the") {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the export did not finish: {}", h.state().status());
}

#[test]
fn file_export_writes_the_option_on_screen_and_names_a_folder_it_cannot_write() {
    let mut h = harness();
    let d = design(&h);
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("option-a.svg");
    h.state_mut().queue(Action::ExportTo(
        orgsplit::export::ExportFormat::Svg,
        target.clone(),
    ));
    until_exported(&mut h);
    assert!(
        h.state().status().starts_with("Wrote Option A"),
        "{}",
        h.state().status()
    );
    let svg = std::fs::read_to_string(&target).expect("written");
    // The option on screen (A: Ana Silva sits in Social Media there), with its heading.
    assert!(svg.contains(&format!("{} — {}", d.title, d.scenarios[1].name)));
    assert!(svg.contains(">Ana Silva<") && svg.contains(">Social Media<"));
    let nowhere = dir.path().join("missing").join("report.html");
    h.state_mut().queue(Action::ExportTo(
        orgsplit::export::ExportFormat::Html,
        nowhere,
    ));
    until_exported(&mut h);
    let banner = format!("{:?}", h.state().banner());
    assert!(
        banner.contains("Could not export the HTML workshop report: could not write")
            && banner.contains("report.html"),
        "{banner}"
    );
}

#[test]
fn privacy_mode_leaves_cost_and_work_style_rows_out_of_the_compare_view_and_the_fit_line() {
    let mut h = harness();
    let d = design(&h);
    let erik = person(&d, "Erik Lund");
    h.state_mut()
        .queue(Action::Select(Some(ChartItem::Person(erik))));
    h.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::C,
    );
    h.run_steps(6);
    assert!(h.state().compares());
    let count = |h: &egui_kittest::Harness<'_, orgsplit::ui::OrgsplitApp>, label: &str| {
        h.query_all_by_label(label).count()
    };
    // The whole option and each organisation have the rows (and the inspector a cost field).
    assert!(count(&h, "Annual cost") >= 3);
    assert!(count(&h, "Mean work-style fit") >= 3);
    h.state_mut().queue(Action::TogglePrivacy {
        pseudonymise: false,
    });
    h.run_steps(6);
    assert_eq!(count(&h, "Annual cost"), 0);
    assert_eq!(count(&h, "Mean work-style fit"), 0);
    // The rest of the comparison stays.
    assert!(count(&h, "Mean skill fit") >= 3);
    assert!(h.query_by_label_contains("work-style fit").is_none());
    assert!(h.query_by_label_contains("Skill fit ").is_some());
}

#[test]
fn file_export_asks_what_before_where_and_cancel_writes_nothing() {
    let mut h = harness();
    h.state_mut()
        .queue(Action::Export(orgsplit::export::ExportFormat::Png));
    h.run_steps(4);
    h.get_by_label("Export PNG picture");
    // The option on screen is offered first.
    let options: Vec<Option<String>> = h
        .query_all_by_label("Option")
        .map(|n| n.accesskit_node().value())
        .collect();
    assert!(
        options
            .iter()
            .any(|v| v.as_deref() == Some("Option A — dual CIO")),
        "{options:?}"
    );
    h.get_by_label("Hide cost, flight risk and work-style scores");
    h.get_by_label("Replace names by pseudonyms");
    assert!(
        h.query_by_label_contains("This design's privacy settings always apply")
            .is_none()
    );
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert_eq!(h.state().status(), "Export cancelled; nothing was written.");
    assert!(h.query_by_label("Export PNG picture").is_none());
    assert!(h.query_all_by_label("Option").count() < options.len());
    // With the design's own pseudonyms on, the dialog says they always apply.
    h.state_mut()
        .queue(Action::TogglePrivacy { pseudonymise: true });
    h.state_mut()
        .queue(Action::Export(orgsplit::export::ExportFormat::Pdf));
    h.run_steps(4);
    h.get_by_label("Export PDF chart");
    h.get_by_label("One page, chart-sized");
    h.get_by_label_contains("This design's privacy settings always apply");
}
