//! File ▸ Import… driven as a user would, through egui_kittest: the mapping dialog, team
//! choices, the report, Import; a broken file; a file dropped on the window; filling an
//! imported open role by dropping a person onto it.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{design, drag, harness, pos};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use orgsplit::edit::Command;
use orgsplit::layout::ChartItem;
use orgsplit::model::Mode;
use orgsplit::ui::{Action, Banner, OrgsplitApp};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Steps frames until `label` is on screen and the import is not being worked out (it is,
/// on a worker thread, after every change).
fn wait_for(h: &mut Harness<'_, OrgsplitApp>, label: &str) {
    for _ in 0..400 {
        h.step();
        if h.query_by_label(label).is_some()
            && h.query_by_label("Working out the import…").is_none()
            && h.query_by_label("Reading the table again…").is_none()
        {
            // One more frame, so a dialog that has just appeared has its final layout.
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("\"{label}\" never appeared");
}

#[test]
fn an_export_is_imported_through_the_mapping_dialog_with_the_teams_the_user_chose() {
    let mut h = harness();
    h.state_mut()
        .queue(Action::ImportPath(fixture("messy.csv")));
    wait_for(&mut h, "Import 9 people and 2 open roles");
    // The guessed columns and the report are shown before anything is committed.
    h.get_by_label("Post Unique Reference (id)");
    h.get_by_label("12 rows read: 9 people, 2 open roles, 1 row skipped.");
    h.get_by_label("line 7: \"XX\"");
    assert_eq!(design(&h).title, "Northwind Retail IT — dual-CIO split");
    // Strategy Office (the third team: the top person sits in the organisation, not in a
    // team of their own) goes to Interaction, not "decide later".
    let interaction = h.get_all_by_label("Interaction").collect::<Vec<_>>();
    assert_eq!(interaction.len(), 3, "one choice per team");
    interaction[2].click();
    h.step();
    wait_for(&mut h, "Import 9 people and 2 open roles");
    h.get_by_label("Import 9 people and 2 open roles").click();
    h.run_steps(3);
    assert!(!h.state().shows_import(), "{}", h.state().status());
    let d = design(&h);
    assert_eq!(d.title, "Imported from messy.csv");
    assert_eq!(d.scenarios.len(), 1);
    assert_eq!(d.scenarios[0].name, "Today — as imported");
    assert_eq!(d.people.iter().filter(|p| p.open_role).count(), 2);
    let strategy = d
        .units
        .iter()
        .find(|u| u.name == "Strategy Office")
        .expect("team");
    assert_eq!(strategy.mode, Mode::Interaction);
    let kept = d
        .import
        .as_ref()
        .expect("the mapping is kept in the design");
    assert!(
        kept.teams
            .iter()
            .any(|t| t.team == "Strategy Office" && t.mode == Mode::Interaction)
    );
    assert!(
        d.notes
            .contains("12 rows, 9 people, 2 open roles, 1 row skipped")
    );
    // The panels show the imported design's own figures.
    h.get_by_label("IT (as imported) — 9 people + 2 open roles");
    h.get_by_label_contains("IT (as imported): 9 people + 2 open roles, cost");
    assert!(
        h.state().document().is_dirty(),
        "a new design, not yet saved"
    );
    assert_eq!(
        h.state().status(),
        "Imported 9 people and 2 open roles from messy.csv. Save the design to keep it."
    );
}

#[test]
fn importing_over_unsaved_work_asks_first_and_cancel_keeps_it() {
    let mut h = harness();
    h.state_mut().queue(Action::Apply(Command::SetDesignTitle {
        title: "My unsaved work".into(),
    }));
    h.state_mut()
        .queue(Action::ImportPath(fixture("semicolon-bom.csv")));
    // The button names what the engine makes of the file.
    let bytes = std::fs::read(fixture("semicolon-bom.csv")).expect("fixture");
    let (table, encoding) = orgsplit::import::read(&bytes).expect("reads");
    let mapping = orgsplit::import::guess_mapping(&table);
    let report = orgsplit::import::build(&table, &mapping, "x", encoding)
        .expect("imports")
        .report;
    assert_eq!(report.open_roles, 0);
    let label = format!("Import {} people", report.people);
    wait_for(&mut h, &label);
    h.get_by_label(&label).click();
    h.run_steps(3);
    assert!(h.state().asks_to_save(), "{}", h.state().status());
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert_eq!(design(&h).title, "My unsaved work");
}

#[test]
fn a_file_that_is_not_a_table_gets_a_sentence_naming_it_and_nothing_changes() {
    let mut h = harness();
    let before = design(&h);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("photo.csv");
    std::fs::write(&path, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2]).expect("write");
    h.state_mut().queue(Action::ImportPath(path.clone()));
    for _ in 0..200 {
        h.step();
        if h.state().banner().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    match h.state().banner() {
        Some(Banner::Error(text)) => {
            assert!(
                text.starts_with(&format!("Could not import {}: ", path.display())),
                "{text}"
            );
            assert!(text.contains("not a text file"), "{text}");
            assert!(text.ends_with("The open design is unchanged."), "{text}");
        }
        other => panic!("expected an error banner, got {other:?}"),
    }
    assert!(!h.state().shows_import());
    assert_eq!(design(&h), before);
}

/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_spreadsheet_dropped_on_the_window_starts_the_import_and_a_person_dropped_on_an_open_role_fills_it()
 {
    let mut h = harness();
    h.input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(fixture("staff.xlsx"))));
    h.step();
    wait_for(&mut h, "Import 3 people and 1 open role");
    h.get_by_label_contains("Excel workbook, sheet Staff");
    h.get_by_label("Import 3 people and 1 open role").click();
    h.run_steps(4);
    h.state_mut().queue(Action::FitView);
    h.run_steps(4);
    let d = design(&h);
    let role = d
        .people
        .iter()
        .position(|p| p.open_role)
        .expect("an open role");
    let iris = d
        .people
        .iter()
        .position(|p| p.name == "Iris Novak")
        .expect("Iris");
    let (from, to) = (
        pos(&h, ChartItem::Person(iris)),
        pos(&h, ChartItem::Person(role)),
    );
    drag(&mut h, from, to);
    let d = design(&h);
    let seat = d.scenarios[0].placement_of("E4").expect("Iris is placed");
    assert_eq!(
        seat.manager.as_deref(),
        Some("E2"),
        "she took the role's seat"
    );
    assert!(
        d.scenarios[0].placement_of("E3").is_none(),
        "the role is filled"
    );
    assert_eq!(
        h.state().status(),
        "Iris Novak fills Open role — Mainframe engineer."
    );
    h.state_mut().queue(Action::Undo);
    h.run_steps(2);
    assert!(design(&h).scenarios[0].placement_of("E3").is_some());
}

#[test]
fn skills_from_a_second_file_are_applied_as_one_undoable_edit_with_the_new_skills_the_user_kept() {
    let bytes = std::fs::read(fixture("messy.csv")).expect("fixture");
    let (table, encoding) = orgsplit::import::read(&bytes).expect("reads");
    let mapping = orgsplit::import::guess_mapping(&table);
    let imported =
        orgsplit::import::build(&table, &mapping, "messy.csv", encoding).expect("imports");
    let before = imported.design.clone();
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::with_document(orgsplit::edit::Document::imported(imported.design)),
        );
    h.state_mut()
        .queue(Action::ImportSkillsPath(fixture("skills-long.csv")));
    wait_for(&mut h, "Apply 4 levels and scores");
    h.get_by_label("line 6: Mobile apps \"9\" for Tom Reyes");
    h.get_by_label("Add \"Network engineering\"").click();
    wait_for(&mut h, "Apply 3 levels and scores");
    h.get_by_label("Apply 3 levels and scores").click();
    h.run_steps(3);
    let d = design(&h);
    let added: Vec<&str> = d.skills[before.skills.len()..]
        .iter()
        .map(|k| k.name.as_str())
        .collect();
    assert_eq!(added, ["Data centre operations"]);
    assert_eq!(
        d.skills.last().map(|k| k.area),
        Some(orgsplit::model::SkillArea::Legacy)
    );
    assert_eq!(d.person("P2").map(|p| p.skills.len()), Some(1));
    assert_eq!(d.person("P5").and_then(|p| p.level_of("cobol")), Some(3));
    assert_eq!(
        h.state().status(),
        "Set 2 skill levels and 1 work-style score for 2 people; added 1 skill to the catalogue."
    );
    h.state_mut().queue(Action::Undo);
    h.run_steps(2);
    assert_eq!(design(&h), before);
}

#[test]
fn the_header_row_and_the_worksheet_are_chosen_in_the_dialog() {
    let mut h = harness();
    h.state_mut().queue(Action::ImportPath(fixture(
        "cover-sheet-and-title-rows.xlsx",
    )));
    // The guess: the cover sheet passed over, the header under three title rows.
    wait_for(&mut h, "Import 4 people");
    h.get_by_label("4 rows · Excel workbook, sheet Staff");
    h.get_by_label("Worksheet Staff, header on row 4 (the rows above it are titles).");
    // Ada Brook's row as the header: three rows of data are left, under columns named by
    // her cells, so nothing is imported until the header is chosen back.
    h.get_by_label("row 5").click();
    wait_for(&mut h, "3 rows · Excel workbook, sheet Staff");
    assert!(h.query_by_label("Import 4 people").is_none());
    h.get_by_label("row 4").click();
    wait_for(&mut h, "Import 4 people");
    // The cover sheet, then the staff sheet again.
    h.get_by_label("About this report").click();
    wait_for(&mut h, "2 rows · Excel workbook, sheet About this report");
    assert!(h.query_by_label("Import 4 people").is_none());
    h.get_by_label("Staff").click();
    wait_for(&mut h, "Import 4 people");
    h.get_by_label("4 rows · Excel workbook, sheet Staff");
    h.get_by_label("Import 4 people").click();
    h.run_steps(3);
    assert!(!h.state().shows_import(), "{}", h.state().status());
    let d = design(&h);
    assert_eq!(d.people.len(), 4);
    let ben = d
        .people
        .iter()
        .find(|p| p.name == "Ben Carr")
        .expect("Ben Carr imported");
    assert_eq!(ben.annual_cost, Some(95_000));
}

#[test]
fn a_manager_name_two_people_share_is_chosen_in_the_dialog() {
    let mut h = harness();
    h.state_mut()
        .queue(Action::ImportPath(fixture("namesakes.csv")));
    wait_for(&mut h, "Import 6 people");
    // Ben Carr's is settled by his team (CRM); Cleo Dunn's and Dev Egan's are not.
    h.get_by_label(
        "2 rows name a manager several people share: 2 report to nobody until you choose",
    );
    h.get_by_label("line 6: reports to \"Maria Garcia\"");
    h.get_by_label("line 7: reports to \"Maria Garcia\"");
    h.get_all_by_value("(choose)")
        .next()
        .expect("a choice for line 6")
        .click();
    h.run_steps(2);
    h.get_all_by_label_contains("Maria Garcia — Analyst, Analytics (")
        .next()
        .expect("the analyst is a candidate")
        .click();
    wait_for(
        &mut h,
        "2 rows name a manager several people share: 1 reports to nobody until you choose",
    );
    h.get_by_label("Import 6 people").click();
    h.run_steps(3);
    assert!(!h.state().shows_import(), "{}", h.state().status());
    let d = design(&h);
    let id = |title: &str| {
        d.people
            .iter()
            .find(|p| p.title == title)
            .map(|p| p.id.clone())
            .expect("imported")
    };
    let manager = |title: &str| {
        d.scenarios[0]
            .placement_of(&id(title))
            .and_then(|p| p.manager.clone())
    };
    assert_eq!(manager("Architect"), Some(id("Analyst")));
    assert_eq!(manager("CRM developer"), Some(id("Head of CRM")));
    assert_eq!(manager("Data engineer"), None);
}
