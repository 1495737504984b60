//! The real app, driven headless through egui_kittest and AccessKit.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::Document;
use orgsplit::ui::{Action, Banner, OrgsplitApp};

fn harness(app: OrgsplitApp) -> Harness<'static, OrgsplitApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut OrgsplitApp| app.show(ui), app);
    // The chart repaints every frame, so step a fixed number of frames instead of `run`.
    h.run_steps(3);
    h
}

#[test]
fn starts_on_the_samples_baseline_and_switches_to_the_split() {
    let mut h = harness(OrgsplitApp::start(None));
    h.get_by_label("File");
    h.get_by_label_contains("Northwind Retail IT");
    // Today: one IT organisation under a single CIO.
    h.get_by_label("IT — 66 people");
    assert!(h.query_by_label_contains("Legacy IT —").is_none());
    assert!(h.state().document().design().people.len() >= 60);
    assert!(h.state().window_title().contains("Untitled"));
    h.state_mut().queue(Action::SetScenario(1));
    h.run_steps(3);
    h.get_by_label("Legacy IT — 41 people");
    h.get_by_label("Customer Interaction IT — 26 people");
}

#[test]
fn file_menu_lists_the_file_commands() {
    let mut h = harness(OrgsplitApp::start(None));
    h.get_by_label("File").click();
    h.run_steps(2);
    for item in ["New", "Open…", "Open Recent", "Save As…", "Quit"] {
        h.get_by_label_contains(item);
    }
    assert_eq!(
        h.get_all_by_label_contains("Save").count(),
        2,
        "Save and Save As…"
    );
}

#[test]
fn a_broken_file_is_refused_in_the_app_and_the_design_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(format_version: 1, title: ").expect("write");
    let mut h = harness(OrgsplitApp::start(None));
    let before = h.state().document().design().clone();
    h.state_mut().queue(Action::OpenPath(path));
    h.run_steps(3);
    let banner = h.state().banner().cloned();
    match banner {
        Some(Banner::Error(text)) => {
            assert!(text.contains("broken.ron"), "{text}");
            assert!(text.contains("unchanged"), "{text}");
        }
        other => panic!("expected an error banner, got {other:?}"),
    }
    h.get_by_label_contains("Could not open");
    assert_eq!(h.state().document().design(), &before);
}

#[test]
fn save_writes_the_file_and_reopening_gives_the_same_design() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("saved.ron");
    let mut h = harness(OrgsplitApp::start(None));
    h.state_mut().queue(Action::SaveTo(path.clone()));
    h.run_steps(2);
    assert!(h.state().window_title().contains("saved.ron"));
    let reopened = Document::open(&path).expect("saved file opens");
    assert_eq!(reopened.design(), h.state().document().design());
}

#[test]
fn ctrl_n_opens_the_blank_template() {
    let mut h = harness(OrgsplitApp::start(None));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run_steps(3);
    assert_eq!(h.state().document().design().people.len(), 2);
    h.get_by_label("IT — 1 person");
}

#[test]
fn clicking_a_card_selects_it_and_clicking_empty_canvas_clears() {
    let mut h = harness(OrgsplitApp::start(None));
    let design = h.state().document().design().clone();
    let cio = design.units[0].leader.clone().expect("Legacy has a CIOL");
    let cio_ix = design
        .people
        .iter()
        .position(|p| p.id == cio)
        .expect("on roster");
    let item = orgsplit::layout::ChartItem::Person(cio_ix);
    let pos = h
        .state()
        .chart_view()
        .screen_pos(item)
        .expect("CIOL card is on the chart");
    h.hover_at(pos);
    h.step();
    h.drag_at(pos);
    h.step();
    h.drop_at(pos);
    h.run_steps(2);
    assert_eq!(h.state().selected(), Some(item));
    // The fit leaves a margin, so the chart's corner is empty canvas.
    let empty = h.state().chart_view().view_rect().expect("drawn").min + egui::vec2(6.0, 6.0);
    h.hover_at(empty);
    h.step();
    h.drag_at(empty);
    h.step();
    h.drop_at(empty);
    h.run_steps(2);
    assert_eq!(h.state().selected(), None);
}
