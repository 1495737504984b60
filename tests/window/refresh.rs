//! File ▸ Update staff from HR export…, as an HR partner would use it a month after the
//! import: the review lists a leaver, a joiner, a mover and the option that keeps its own
//! placement of her; Apply updates the chart in one edit that Ctrl+Z takes back.

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
        "Ana Silva: Mainframe & Core Systems, reporting to Tomasz Nowak → ERP, reporting to \
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
