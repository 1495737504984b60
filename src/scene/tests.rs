//! The scene's values: cards say what the design says, privacy is applied, and presentation
//! cards of the sample, fitted to a 1080p projector, show names of at least 18 px in full.

use std::collections::HashSet;

use super::draw::{self, CardState, Prim, TextSize};
use super::{Palette, Scene, build};
use crate::analysis::analyse;
use crate::io::{SAMPLE_RON, parse_design};
use crate::layout::{CardSizes, ChartItem};
use crate::model::{Design, ScenarioIndex};

fn scene(design: &Design, scenario: usize, sizes: CardSizes) -> Scene {
    let ix = ScenarioIndex::new(design, scenario).expect("indexed");
    build(
        &ix,
        &analyse(design, scenario),
        &super::moved_from_baseline(&ix),
        &HashSet::new(),
        sizes,
    )
}

const PRESENTATION: TextSize = TextSize {
    scale: 1.15,
    min_title_px: 18.0,
};

#[test]
fn on_a_1080p_projector_every_name_of_the_sample_is_18_px_or_more_and_nearly_all_are_whole() {
    let design = parse_design(SAMPLE_RON).expect("sample");
    for scenario in 0..design.scenarios.len() {
        let s = scene(&design, scenario, CardSizes::PRESENTATION);
        let b = s.bounds();
        // Fit to a full-screen 1920 × 1080 chart, less a margin, as "fit to view" does.
        let zoom = ((1920.0 - 40.0) / b.width()).min((1080.0 - 40.0) / b.height());
        let (mut names, mut cut) = (0, 0);
        for (card, face) in s.faces.iter().enumerate() {
            let ChartItem::Person(_) = face.item else {
                continue;
            };
            let r = s.card_box(card);
            let on_screen = super::Box2::from_center_size(
                super::Pt::new(r.center().x * zoom, r.center().y * zoom),
                r.width() * zoom,
                r.height() * zoom,
            );
            let prims = draw::card(
                face,
                CardState::default(),
                on_screen,
                zoom,
                PRESENTATION,
                &Palette::HIGH_CONTRAST,
            );
            let Some(Prim::Text { px, text, .. }) =
                prims.iter().find(|p| matches!(p, Prim::Text { .. }))
            else {
                panic!("{} has no name on the projector", face.title);
            };
            assert!(*px >= 18.0, "{}: {px} px", face.title);
            names += 1;
            cut += usize::from(text.ends_with('…'));
        }
        assert!(names > 60, "{names}");
        assert!(
            cut * 10 <= names,
            "option {scenario}: {cut} of {names} names cut"
        );
    }
}

#[test]
fn pseudonyms_and_privacy_change_what_cards_say_and_nothing_else() {
    let mut design = parse_design(SAMPLE_RON).expect("sample");
    let plain = scene(&design, 1, CardSizes::STANDARD);
    design.settings.privacy.pseudonymise = true;
    design.settings.privacy.hide_sensitive = true;
    let private = scene(&design, 1, CardSizes::STANDARD);
    assert_eq!(plain.chart, private.chart);
    let names = crate::model::privacy::pseudonyms(&design);
    for (a, b) in plain.faces.iter().zip(&private.faces) {
        match a.item {
            ChartItem::Person(p) if !design.people[p].open_role => {
                assert_eq!(b.title, names[p]);
                assert_eq!(a.badges, b.badges);
            }
            ChartItem::Person(p) => {
                assert_eq!(b.title, design.people[p].name);
                assert_eq!(b.detail, "Budget hidden");
            }
            ChartItem::Sponsor { .. } => assert_eq!(b.subtitle, "Sponsor, outside IT"),
            _ => assert_eq!(a, b),
        }
    }
}

#[test]
fn every_team_and_organisation_banner_of_the_sample_shows_its_whole_name_fitted_to_a_laptop() {
    let design = parse_design(SAMPLE_RON).expect("sample");
    // Fitted to a 1400 × 900 window between its side panels, the sample's widest option is
    // drawn at about 0.36 (and 1.0 when zoomed in).
    for (scenario, zoom) in (0..design.scenarios.len()).flat_map(|s| [(s, 0.36), (s, 1.0)]) {
        let s = scene(&design, scenario, CardSizes::STANDARD);
        for (card, face) in s.faces.iter().enumerate() {
            if !matches!(face.item, ChartItem::Team(_) | ChartItem::Organisation(_)) {
                continue;
            }
            let r = s.card_box(card);
            let on_screen = super::Box2::from_center_size(
                super::Pt::new(r.center().x * zoom, r.center().y * zoom),
                r.width() * zoom,
                r.height() * zoom,
            );
            let prims = draw::card(
                face,
                CardState::default(),
                on_screen,
                zoom,
                TextSize::default(),
                &Palette::STANDARD,
            );
            let shown: Vec<&str> = prims
                .iter()
                .filter_map(|p| match p {
                    Prim::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect();
            // The name is whole on one line or broken between two words, never cut.
            let name = shown.join(" ");
            assert!(
                name.starts_with(&face.title),
                "option {scenario} at {zoom}: {:?} shows {shown:?}",
                face.title
            );
        }
    }
}
