//! A modal window over the chart (the in-app file browser) keeps the pointer and the wheel
//! to itself: double-clicks, scrolling and zooming inside it never move or zoom the chart
//! behind it.

use egui::{Event, Modifiers, MouseWheelUnit, PointerButton, Pos2, TouchPhase, Vec2};
use egui_kittest::Harness;
use orgsplit::edit::Document;
use orgsplit::io::{SAMPLE_RON, parse_design};
use orgsplit::layout::ChartItem;
use orgsplit::ui::OrgsplitApp;

fn click(h: &mut Harness<'_, OrgsplitApp>, at: Pos2) {
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
}

#[test]
fn double_clicks_scrolls_and_zooms_in_the_file_browser_leave_the_chart_where_it_was() {
    let doc = Document::unsaved(parse_design(SAMPLE_RON).expect("sample"));
    let app = OrgsplitApp::with_document(doc).with_in_app_file_dialogs();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut OrgsplitApp| app.show(ui), app);
    h.run_steps(6);
    let card = ChartItem::Person(0);
    let before = h.state().chart_view().card_rect(card).expect("on screen");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h.run_steps(5);
    assert!(h.state().shows_file_browser(), "{}", h.state().status());
    // In the middle of the window: over the browser, and the chart behind it.
    let middle = Pos2::new(700.0, 450.0);
    h.event(Event::PointerMoved(middle));
    h.step();
    for _ in 0..2 {
        click(&mut h, middle);
        h.step();
    }
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: Vec2::new(0.0, -5.0),
        phase: TouchPhase::Move,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: Vec2::new(0.0, 5.0),
        phase: TouchPhase::Move,
        modifiers: Modifiers::COMMAND,
    });
    h.event(Event::Zoom(1.5));
    h.run_steps(3);
    // Leave the browser without choosing anything.
    h.key_press(egui::Key::Escape);
    h.run_steps(6);
    assert!(!h.state().shows_file_browser());
    let after = h.state().chart_view().card_rect(card).expect("on screen");
    assert_eq!(
        after, before,
        "the chart moved or zoomed behind the browser"
    );
}
