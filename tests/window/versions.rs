//! A design over time and between people, in the window: File ▸ Update staff from HR
//! export… a month after the import (the review lists a leaver, a joiner, a mover and the
//! option that keeps its own placement of her; Apply updates the chart in one edit that
//! Ctrl+Z takes back), Bring in options… from a colleague's copy, and Compare with another
//! design….

use crate::common;

use std::path::{Path, PathBuf};

use common::{design, harness, person};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use orgsplit::ui::{Action, OrgsplitApp};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn has_card(h: &Harness<'_, OrgsplitApp>, name: &str) -> bool {
    h.query_all(By::new().role(Role::Button).label_contains(", "))
        .any(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&format!("{name}, ")))
        })
}

#[test]
fn next_months_export_is_reviewed_with_its_conflict_and_applied_as_one_edit() {
    let mut h = harness();
    let before = design(&h);
    assert!(has_card(&h, "Erik Lund"));
    h.state_mut()
        .queue(Action::UpdateStaffFrom(fixture("sample-next-month.csv")));
    for _ in 0..400 {
        h.step();
        if h.query_by_label("Apply").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.step();
    h.get_by_label("1 leaver, 1 joiner, 1 moved, 0 changed values.");
    h.get_by_label("Erik Lund (p065), was Mainframe & Core Systems, reporting to Tomasz Nowak");
    h.get_by_label(
        "Ana Silva: Mainframe & Core Systems, reporting to Tomasz Nowak; now ERP, reporting to \
         Sofia Rossi",
    );
    h.get_by_label(
        "Ana Silva: Option A — dual CIO places them in Social Media, reporting to Amira Saleh \
         — kept",
    );
    // Nothing has changed yet.
    assert_eq!(design(&h), before);
    h.get_by_label("Apply").click();
    h.run_steps(6);
    let after = design(&h);
    assert!(after.person("p065").is_none(), "Erik Lund has left");
    assert!(
        !has_card(&h, "Erik Lund"),
        "his card has gone from option A"
    );
    let ana = person(&after, "Ana Silva");
    let unit_of = |option: usize| {
        let seat = after.scenarios[option]
            .placement_of(&after.people[ana].id)
            .expect("placed");
        after.unit(&seat.unit).expect("unit").name.clone()
    };
    assert_eq!(unit_of(0), "ERP");
    assert_eq!(
        unit_of(1),
        "Social Media",
        "option A keeps its own placement"
    );
    assert!(
        h.state()
            .status()
            .starts_with("Updated the staff from sample-next-month.csv")
    );
    // One edit: Ctrl+Z takes all of it back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(6);
    assert_eq!(design(&h), before);
    assert!(has_card(&h, "Erik Lund"));
}

fn wait_for(h: &mut Harness<'_, OrgsplitApp>, label: &str) {
    for _ in 0..400 {
        h.step();
        if h.query_by_label(label).is_some() {
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("\"{label}\" never appeared");
}

/// A colleague's copy of the sample, where option B has a name of its own.
fn colleagues_copy(dir: &Path) -> PathBuf {
    let theirs = orgsplit::io::SAMPLE_RON.replace(
        "name: \"Option B — dual CIO + cross-training\"",
        "name: \"Option B — their version\"",
    );
    let path = dir.join("theirs.ron");
    std::fs::write(&path, theirs).expect("write");
    path
}

#[test]
fn an_option_from_a_colleagues_copy_is_brought_in_as_one_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    let before = design(&h);
    h.state_mut()
        .queue(Action::BringInFrom(colleagues_copy(dir.path())));
    wait_for(&mut h, "Bring in");
    // The options this design has as they are cannot be chosen; the changed one is.
    h.get_by_label("Option A — dual CIO (this design has it already)");
    h.get_by_label("Bring in").click();
    h.run_steps(4);
    let after = design(&h);
    assert_eq!(after.scenarios.len(), 4);
    assert_eq!(after.scenarios[3].name, "Option B — their version");
    assert_eq!(after.scenarios[3].id, "option-b-2");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert_eq!(design(&h), before);
}

#[test]
fn comparing_with_another_design_lists_what_differs_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    let before = design(&h);
    h.state_mut()
        .queue(Action::CompareWith(colleagues_copy(dir.path())));
    wait_for(&mut h, "Differences from theirs.ron");
    h.get_by_label("Option Option B — their version (option-b): changed");
    h.get_by_label("  renamed from \"Option B — dual CIO + cross-training\"");
    assert_eq!(design(&h), before);
}
