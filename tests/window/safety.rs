//! Never losing work, in the running app: the unsaved-changes question, recovery on start,
//! backups and private file permissions.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::{Command, Document};
use orgsplit::io::{Recovery, SAMPLE_RON, backup_path, parse_design};
use orgsplit::ui::{Action, OrgsplitApp};

fn harness(app: OrgsplitApp) -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut OrgsplitApp| app.show(ui), app);
    h.run_steps(3);
    h
}

fn edit_something(h: &mut Harness<'_, OrgsplitApp>) {
    let who = h.state().document().design().people[0].id.clone();
    h.state_mut().queue(Action::Apply(Command::SetPersonTitle {
        person: who,
        title: "Edited in a test".into(),
    }));
    h.run_steps(2);
    assert!(h.state().document().is_dirty());
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_everything() {
    let mut h = harness(OrgsplitApp::start(None));
    edit_something(&mut h);
    let before = h.state().document().design().clone();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run_steps(20);
    assert!(h.state().asks_to_save());
    h.get_by_label_contains("Save changes to");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().asks_to_save());
    assert_eq!(h.state().document().design(), &before);
    assert!(h.state().document().is_dirty());

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run_steps(20);
    h.get_by_label("Don't Save").click();
    h.run_steps(2);
    assert_eq!(
        h.state().document().design().people.len(),
        2,
        "the blank template"
    );
}

#[test]
fn quitting_with_unsaved_changes_can_save_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    let mut doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
    doc.save_to(&path).expect("saves");
    let mut h = harness(OrgsplitApp::with_document(doc));
    edit_something(&mut h);
    h.state_mut().queue(Action::Quit);
    // Let the dialog finish appearing before clicking in it.
    h.run_steps(20);
    h.get_by_label_contains("before closing");
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert!(!h.state().document().is_dirty(), "{}", h.state().status());
    let on_disk = Document::open(&path).expect("opens");
    assert_eq!(on_disk.design(), h.state().document().design());
    // The version before this save is kept as the backup.
    let backup = std::fs::read_to_string(backup_path(&path)).expect("backup exists");
    assert_eq!(
        parse_design(&backup).expect("backup parses"),
        parse_design(SAMPLE_RON).unwrap()
    );
}

#[test]
fn work_left_by_a_crashed_session_is_offered_and_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut design = parse_design(SAMPLE_RON).expect("sample");
    design.title = "Work from the crashed session".into();
    let rec = Recovery {
        saved_at: 0,
        original: Some(Path::new("/somewhere/plan.ron").to_path_buf()),
        pid: u32::MAX,
        design: design.clone(),
    };
    let orphan = dir.path().join("recovery-crashed.ron");
    std::fs::write(&orphan, ron::to_string(&rec).expect("serialises")).expect("write");

    let app = OrgsplitApp::start(None).with_recovery_dir(dir.path().to_path_buf());
    let mut h = harness(app);
    h.run_steps(20);
    assert!(h.state().offers_recovery());
    h.get_by_label_contains("Work from the crashed session");
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().document().design(), &design);
    assert!(
        h.state().document().is_dirty(),
        "restored work is not saved yet"
    );
    assert_eq!(h.state().document().file_name(), "plan.ron");
    assert!(
        !orphan.exists(),
        "the crashed session's file is gone once restored"
    );
}

#[cfg(unix)]
#[test]
fn saved_designs_and_backups_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("private.ron");
    let mut doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
    doc.save_to(&path).expect("saves");
    doc.save_to(&path).expect("saves again, making a backup");
    for p in [path.clone(), backup_path(&path)] {
        let mode = std::fs::metadata(&p).expect("exists").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", p.display());
    }
}
