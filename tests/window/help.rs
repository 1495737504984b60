//! The Help menu and the first start: About names the version being run, the shortcut list
//! holds every shortcut of the command registry, the README's sections are there, and the
//! welcome strip over the sample goes for good when dismissed.

use crate::common;

use common::harness;
use egui_kittest::kittest::Queryable;
use orgsplit::ui::{Action, HelpPage, OrgsplitApp, UiCommand};

#[test]
fn about_names_the_version_being_run_and_where_unsaved_work_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = OrgsplitApp::start(None).with_recovery_dir(dir.path().join("recovery"));
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut OrgsplitApp| app.show(ui), app);
    h.state_mut().queue(Action::ShowHelp(HelpPage::About));
    h.run_steps(3);
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label_contains(&format!(
        "Unsaved work is autosaved to {}",
        dir.path().join("recovery").display()
    ));
    h.get_by_label("Ubuntu font licence (Ubuntu Light, the proportional font)");
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Version ").is_none(),
        "the About window closed"
    );
}

#[test]
fn the_shortcut_list_holds_every_shortcut_of_the_registry() {
    let mut h = harness();
    h.state_mut().queue(Action::ShowHelp(HelpPage::Shortcuts));
    h.run_steps(3);
    let mut listed = 0;
    for command in UiCommand::all() {
        if command.shortcuts().is_empty() {
            continue;
        }
        let label = command.label().trim_end_matches('…');
        assert!(
            h.query_all_by_label(label).count() >= 1,
            "{command:?} ({label}) is not listed"
        );
        listed += 1;
    }
    assert!(listed >= 15, "{listed} commands with shortcuts");
    h.get_by_label("Ctrl+Shift+S");
    h.get_by_label("F5");
}

#[test]
fn getting_started_and_findings_explained_show_the_readmes_sections() {
    let mut h = harness();
    h.state_mut()
        .queue(Action::ShowHelp(HelpPage::GettingStarted));
    h.run_steps(3);
    h.get_by_label("Move someone alone");
    h.state_mut().queue(Action::ShowHelp(HelpPage::Findings));
    h.run_steps(3);
    h.get_by_label("Key-person risk");
}

#[test]
fn the_welcome_strip_over_the_sample_goes_for_good_when_dismissed() {
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::start(None).with_welcome(),
        );
    h.run_steps(3);
    h.get_by_label_contains("This is a fictional sample.");
    h.get_by_label("Dismiss").click();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("This is a fictional sample.")
            .is_none()
    );
    // Asked again (a later start), it stays away.
    let app = std::mem::replace(h.state_mut(), OrgsplitApp::start(None));
    *h.state_mut() = app.with_welcome();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("This is a fictional sample.")
            .is_none()
    );
}
