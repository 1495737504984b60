//! A 10,000-person design in the real app: the roster and findings lists lay out only the
//! rows on screen.
#![cfg(feature = "ui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::Document;
use orgsplit::model::generate::generated_design;
use orgsplit::ui::OrgsplitApp;

#[test]
fn ten_thousand_people_give_only_a_screenful_of_roster_and_findings_rows() {
    let design = generated_design(10_000, 12, 42);
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::with_document(Document::unsaved(design)),
        );
    h.run_steps(3);
    h.get_by_label("10000 placed, 0 unplaced");
    let roster_rows = h.query_all_by_label_contains(" — Legacy team").count()
        + h.query_all_by_label_contains(" — Interaction team").count();
    assert!(
        (10..200).contains(&roster_rows),
        "{roster_rows} roster rows laid out"
    );
    h.get_by_label_contains("Findings (E").click();
    h.run_steps(3);
    let findings = h.query_all_by_label_contains("skill fit").count();
    assert!(
        (5..200).contains(&findings),
        "{findings} finding rows laid out"
    );
}
