//! After File ▸ New, Open or a recovery, the design panel and the status bar show the figures
//! of the design now open, never those of the one before. Expected head-counts are worked out
//! here from the file itself, not from the app's analysis.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::{Command, Document};
use orgsplit::io::{Recovery, SAMPLE_RON, parse_design};
use orgsplit::model::{Design, UnitKind};
use orgsplit::ui::{Action, OrgsplitApp};

fn harness(app: OrgsplitApp) -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut OrgsplitApp| app.show(ui), app);
    h.run_steps(3);
    h
}

/// (organisation name, people placed in it or its teams) in the scenario the app shows first
/// (the baseline).
fn head_counts(d: &Design) -> Vec<(String, usize)> {
    let s = &d.scenarios[0];
    let org_of = |unit: &str| {
        let mut slot = s.slot_of(unit).expect("placed in a unit of the option");
        while let Some(parent) = slot.parent.as_deref() {
            slot = s.slot_of(parent).expect("parent exists");
        }
        slot.unit.clone()
    };
    d.units
        .iter()
        .filter(|u| u.kind == UnitKind::Organisation && s.slot_of(&u.id).is_some())
        .map(|org| {
            let n = s
                .placements
                .iter()
                .filter(|p| org_of(&p.unit) == org.id)
                .count();
            (org.name.clone(), n)
        })
        .collect()
}

/// The design panel and the status bar both show exactly these head-counts, and the status
/// bar the number of unplaced people.
fn assert_panels_show(h: &Harness<'_, OrgsplitApp>, d: &Design) {
    let counts = head_counts(d);
    assert!(!counts.is_empty(), "at least one organisation");
    for (name, n) in counts {
        let people = orgsplit::model::counted(n, "person", "people");
        h.get_by_label(&format!("{name} — {people}"));
        h.get_by_label_contains(&format!("{name}: {people}, cost"));
    }
    let unplaced = d.people.len() - d.scenarios[0].placements.len();
    h.get_by_label(&format!("Unplaced: {unplaced}"));
}

/// The sample with Jonas Weber taken out of the baseline's IT organisation.
fn sample_with_jonas_unplaced() -> Design {
    let mut doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
    let d = doc.design();
    let jonas = d
        .people
        .iter()
        .find(|p| p.name == "Jonas Weber")
        .expect("in sample");
    let command = Command::Unplace {
        scenario: 0,
        person: jonas.id.clone(),
    };
    doc.apply(command).expect("a legal edit");
    doc.design().clone()
}

#[test]
fn the_edited_sample_differs_from_the_sample_by_one_person() {
    let before = head_counts(&parse_design(SAMPLE_RON).expect("sample"));
    let after = head_counts(&sample_with_jonas_unplaced());
    assert_eq!(before.len(), after.len());
    assert_eq!(before[0].1, after[0].1 + 1, "{before:?} → {after:?}");
}

#[test]
fn a_restored_design_shows_its_own_head_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let moved = sample_with_jonas_unplaced();
    let rec = Recovery {
        saved_at: 0,
        original: None,
        pid: u32::MAX,
        design: moved.clone(),
    };
    std::fs::write(
        dir.path().join("recovery-crashed.ron"),
        ron::to_string(&rec).expect("serialises"),
    )
    .expect("write");
    let app = OrgsplitApp::start(None).with_recovery_dir(dir.path().to_path_buf());
    let mut h = harness(app);
    h.run_steps(20);
    assert_panels_show(&h, &parse_design(SAMPLE_RON).expect("sample"));
    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert_panels_show(&h, &moved);
}

#[test]
fn an_opened_design_shows_its_own_head_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("moved.ron");
    Document::unsaved(sample_with_jonas_unplaced())
        .save_to(&path)
        .expect("saves");
    let mut h = harness(OrgsplitApp::start(None));
    assert_panels_show(&h, &parse_design(SAMPLE_RON).expect("sample"));
    h.state_mut().queue(Action::OpenPath(path));
    h.run_steps(3);
    assert_panels_show(&h, &sample_with_jonas_unplaced());
}

#[test]
fn a_new_design_shows_its_own_head_counts() {
    let mut h = harness(OrgsplitApp::start(None));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run_steps(3);
    let blank = h.state().document().design().clone();
    assert_eq!(blank.people.len(), 2, "the blank template");
    assert_panels_show(&h, &blank);
}

#[test]
fn without_a_system_file_dialog_save_as_uses_the_in_app_browser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
    doc.save_to(&dir.path().join("plan.ron")).expect("saves");
    let app = OrgsplitApp::with_document(doc).with_in_app_file_dialogs();
    let mut h = harness(app);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::S,
    );
    h.run_steps(5);
    assert!(h.state().shows_file_browser(), "{}", h.state().status());
    h.get_by_label_contains("Save design as");
    // The browser opens in the design's folder with its file name in the focused name field.
    assert!(h.get_all_by_value("plan.ron").count() > 0);
    for _ in "plan".chars() {
        h.key_press(egui::Key::Backspace);
    }
    h.run_steps(1);
    let field = h.get_all_by_value(".ron").next().expect("the name field");
    field.type_text("locked-down");
    h.run_steps(2);
    assert!(h.get_all_by_value("locked-down.ron").count() > 0);
    h.get_by_label("📥  Save").click();
    h.run_steps(5);
    let target = dir.path().join("locked-down.ron");
    assert!(!h.state().shows_file_browser());
    assert!(
        target.exists(),
        "nothing saved; status: {}",
        h.state().status()
    );
    assert!(h.state().window_title().contains("locked-down.ron"));
    assert_eq!(
        Document::open(&target).expect("opens").design(),
        h.state().document().design()
    );
}
