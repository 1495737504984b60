//! The Knowledge tab in the real app: option B's knowledge risk, figures that follow the
//! option on screen, and names that select people on the chart.

use crate::common;

use common::{harness, person};
use egui_kittest::kittest::{NodeT, Queryable};
use orgsplit::layout::ChartItem;
use orgsplit::ui::Action;

#[test]
fn the_knowledge_tab_shows_option_bs_mainframe_risk_and_names_select_people() {
    let mut h = harness();
    let option_b = h
        .state()
        .document()
        .design()
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    h.state_mut().queue(Action::SetScenario(option_b));
    h.run_steps(3);
    h.get_by_label("Knowledge").click();
    h.run_steps(3);
    h.get_by_label(
        "Mainframe operations 3+: 2 holders · bus factor 2 · 16% chance of losing all within a year",
    );
    h.get_by_label_contains("Truck factor 6:");
    // Erik Lund appears as a holder and among the most damaging departures: either link
    // selects him.
    let erik = person(&h.state().document().design().clone(), "Erik Lund");
    h.get_all_by_label("Erik Lund")
        .next()
        .expect("a link")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().selected(), Some(ChartItem::Person(erik)));
    // Another option, other figures: Option A has Erik Lund alone at Mainframe operations.
    h.state_mut().queue(Action::SetScenario(common::OPTION_A));
    h.run_steps(3);
    h.get_by_label(
        "Mainframe operations 3+: 1 holder · bus factor 1 · 40% chance of losing all within a year",
    );
}

/// "What if they resign?" in a person's inspector shows what would break, and the design
/// stays as it was.
#[test]
fn what_if_they_resign_shows_what_would_break_without_changing_the_design() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let option_b = d
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    h.state_mut().queue(Action::SetScenario(option_b));
    h.run_steps(3);
    let erik = person(&d, "Erik Lund");
    h.state_mut()
        .queue(Action::SelectAndCentre(ChartItem::Person(erik)));
    h.run_steps(3);
    let revision = h.state().document().revision();
    h.get_by_label("What if they resign?").click();
    h.run_steps(3);
    h.get_by_label_contains("If Erik Lund resigned");
    h.get_by_label(
        "• Mainframe operations 3+ in Legacy IT: only Ana Silva would hold it (now 2 holders)",
    );
    assert_eq!(h.state().document().revision(), revision);
    assert_eq!(h.state().document().design(), &d);
    // On the chart: Erik's card says he would resign, Ana Silva's that she would be the last
    // holder of Mainframe operations.
    let label = |h: &egui_kittest::Harness<'_, orgsplit::ui::OrgsplitApp>, needle: &str| {
        h.get_by_label_contains(needle)
            .accesskit_node()
            .label()
            .unwrap_or_default()
    };
    assert!(label(&h, "if the what-if happened: would resign").starts_with("Erik Lund, "));
    assert!(
        label(
            &h,
            "if the what-if happened: last holder of Mainframe operations"
        )
        .starts_with("Ana Silva, ")
    );
    h.get_by_label("Close").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("If Erik Lund resigned").is_none());
    assert!(
        h.query_by_label_contains("if the what-if happened")
            .is_none(),
        "closing the what-if clears the chart's marks"
    );
}

/// A right-click on a person's card asks the same question.
#[test]
fn a_right_click_on_a_card_shows_what_would_break() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let erik = person(&d, "Erik Lund");
    let at = common::pos(&h, ChartItem::Person(erik));
    h.hover_at(at);
    h.run_steps(2);
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: egui::Modifiers::default(),
    });
    h.step();
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: egui::Modifiers::default(),
    });
    h.run_steps(3);
    h.get_by_label_contains("If Erik Lund resigned");
    assert_eq!(h.state().document().design(), &d);
}

/// The planner proposes a learner for option B's Mainframe operations in Legacy IT (both
/// holders likely to leave); "Create option from plan" adds an option with the trainings
/// planned, shows it, and one undo takes it away again.
#[test]
fn the_planner_creates_an_option_with_its_trainings_planned() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let option_b = d
        .scenarios
        .iter()
        .position(|s| s.id == "option-b")
        .expect("option B");
    h.state_mut().queue(Action::SetScenario(option_b));
    h.run_steps(3);
    h.get_by_label("Knowledge").click();
    h.run_steps(3);
    h.get_by_label_contains("Legacy IT · Mainframe operations:");
    let expected = {
        let doc = h.state().document();
        let orgs = orgsplit::analysis::knowledge(doc.design(), option_b);
        let fits = orgsplit::analysis::analyse(doc.design(), option_b).fits;
        orgsplit::analysis::cross_training_plan(
            doc.design(),
            option_b,
            &orgs,
            &fits,
            orgsplit::analysis::CoverageTarget::default(),
        )
    };
    assert!(!expected.is_empty());
    h.get_by_label("Create option from plan").click();
    h.run_steps(4);
    let doc = h.state().document();
    let design = doc.design();
    assert_eq!(design.scenarios.len(), d.scenarios.len() + 1);
    assert_eq!(
        doc.scenario_index(),
        d.scenarios.len(),
        "the new option is shown"
    );
    let new = design.scenarios.last().expect("new option");
    assert_eq!(
        new.name,
        format!("{} (planned training)", d.scenarios[option_b].name)
    );
    assert_eq!(new.trainings.len(), expected.len());
    assert_eq!(new.placements, d.scenarios[option_b].placements);
    // The original option is untouched, and the new one needs no more training.
    assert!(design.scenarios[option_b].trainings.is_empty());
    h.get_by_label("Every critical skill meets the target in this option.");
    // The learner's card says what they learn.
    let learner = &expected[0];
    let name = &d.people[learner.learner].name;
    h.get_by_label_contains(&format!("{name},"));
    h.state_mut().queue(Action::Undo);
    h.run_steps(3);
    assert_eq!(h.state().document().design(), &d);
}

/// An option's own flight risk for a person, set in the inspector with its reason, is the
/// option's alone: the recorded one and the other options stay as they were.
#[test]
fn an_option_can_expect_someone_to_leave_and_say_why() {
    let mut h = harness();
    let d = h.state().document().design().clone();
    let tomasz = person(&d, "Tomasz Nowak");
    h.state_mut()
        .queue(Action::SelectAndCentre(ChartItem::Person(tomasz)));
    h.run_steps(3);
    h.get_by_label_contains("Flight risk in Option A");
    // The second row of risk choices is the option's own (the first is the record).
    h.get_all_by_label("High")
        .nth(1)
        .expect("the option's row")
        .click();
    h.run_steps(3);
    let reason = h.get_by_label("Why, in this option");
    reason.click();
    h.run_steps(2);
    h.get_by_label("Why, in this option")
        .type_text("asked twice to return to Mainframe");
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    let design = h.state().document().design();
    assert_eq!(
        design.people[tomasz].flight_risk,
        d.people[tomasz].flight_risk
    );
    let o = design.scenarios[common::OPTION_A]
        .risk_override(&d.people[tomasz].id)
        .expect("an override");
    assert_eq!(o.flight_risk, orgsplit::model::FlightRisk::High);
    assert_eq!(o.reason, "asked twice to return to Mainframe");
    assert!(design.scenarios[0].risk_overrides.is_empty());
    // "As recorded" removes it again.
    h.get_by_label("As recorded").click();
    h.run_steps(3);
    assert!(
        h.state().document().design().scenarios[common::OPTION_A]
            .risk_overrides
            .is_empty()
    );
}
