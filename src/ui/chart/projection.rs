//! Builds the egui_graphs graph from a laid-out [`OrgChart`], and the hover details of a card.

use std::collections::HashSet;
use std::sync::Arc;

use egui::Vec2;
use egui_graphs::{Layout, LayoutState};
use serde::{Deserialize, Serialize};

use super::card::{Card, CardLook, CardStyle};
use super::connector::Link;
use crate::analysis::{Analysis, Subject};
use crate::layout::{CardSizes, ChartItem, OrgChart};
use crate::model::{Design, ScenarioIndex, UnitKind};
use crate::scene::thousands;

/// Layout state for [`FixedLayout`]; there is nothing to remember.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct FixedState;

impl LayoutState for FixedState {}

/// A layout that never moves cards: positions come from [`crate::layout`].
#[derive(Debug, Default)]
pub struct FixedLayout;

impl Layout<FixedState> for FixedLayout {
    fn from_state(_state: FixedState) -> impl Layout<FixedState> {
        FixedLayout
    }

    fn next<N, E, Ty, Ix, Dn, De>(
        &mut self,
        _g: &mut egui_graphs::Graph<N, E, Ty, Ix, Dn, De>,
        _ui: &egui::Ui,
    ) where
        N: Clone,
        E: Clone,
        Ty: petgraph::EdgeType,
        Ix: petgraph::stable_graph::IndexType,
        Dn: egui_graphs::DisplayNode<N, E, Ty, Ix>,
        De: egui_graphs::DisplayEdge<N, E, Ty, Ix, Dn>,
    {
    }

    fn state(&self) -> FixedState {
        FixedState
    }
}

/// The whole chart as cards and connectors, of which egui_graphs is given the part on
/// screen ([`super::visible`]).
pub(super) struct Projection {
    pub chart: OrgChart,
    /// The look of each card of `chart`.
    pub cards: Vec<Card>,
    /// Every connector: (from card, to card, how it is drawn).
    pub links: Vec<(usize, usize, Link)>,
    /// Team and organisation aggregates for the zoomed-out overview.
    pub groups: super::overview::Groups,
}

/// Builds the option's scene ([`crate::scene::build`]) and wraps each card's face for the
/// graph.
pub(super) fn project(
    ix: &ScenarioIndex,
    analysis: &Analysis,
    moved: &[bool],
    folded: &HashSet<ChartItem>,
    style: CardStyle,
) -> Projection {
    let scene = crate::scene::build(ix, analysis, moved, folded, style.sizes);
    let (person_badges, unit_badges) = crate::scene::badges(ix.design, analysis);
    let groups = super::overview::groups(
        ix.design,
        analysis,
        &scene.chart,
        &person_badges,
        &unit_badges,
    );
    let links = scene
        .links
        .iter()
        .map(|l| {
            let link = Link {
                stacked: l.stacked,
                kind: l.kind,
                person_height: style.sizes.person,
            };
            (l.from, l.to, link)
        })
        .collect();
    let cards = scene
        .faces
        .into_iter()
        .enumerate()
        .map(|(card, mut face)| {
            // Presentation cards carry no fold chevrons (they would cover the names).
            face.has_children &= style.sizes == CardSizes::STANDARD;
            let size = Vec2::new(
                scene.chart.nodes[card].width,
                scene.chart.nodes[card].height,
            );
            Card(Arc::new(CardLook {
                face,
                in_chain: false,
                what_if: None,
                size,
                style,
            }))
        })
        .collect();
    Projection {
        chart: scene.chart,
        cards,
        links,
        groups,
    }
}

/// Details shown when hovering a card: who or what it is, then its findings.
pub(super) fn tooltip_ui(
    ui: &mut egui::Ui,
    design: &Design,
    analysis: &Analysis,
    built: Option<(u64, usize)>,
    item: ChartItem,
) {
    details_ui(ui, design, built, item);
    let subject = match item {
        ChartItem::Person(p) => Subject::Person(p),
        ChartItem::Team(u) | ChartItem::Organisation(u) => Subject::Unit(u),
        ChartItem::Sponsor { .. } => return,
    };
    let mut any = false;
    for f in analysis.about(subject) {
        if !any {
            ui.separator();
            any = true;
        }
        ui.label(format!("{} {}", f.severity.letter(), f.message));
    }
}

fn details_ui(ui: &mut egui::Ui, design: &Design, built: Option<(u64, usize)>, item: ChartItem) {
    let scenario = built.and_then(|(_, s)| design.scenarios.get(s));
    match item {
        ChartItem::Sponsor {
            sponsor,
            organisation,
        } => {
            let (Some(s), Some(org)) =
                (design.sponsors.get(sponsor), design.units.get(organisation))
            else {
                return;
            };
            ui.strong(&s.name);
            if !s.executive.is_empty() {
                ui.label(format!("Led by: {}", s.executive));
            }
            ui.label(format!(
                "Outside IT; {} reports into it in this option",
                org.name
            ));
        }
        ChartItem::Organisation(u) | ChartItem::Team(u) => {
            let Some(unit) = design.units.get(u) else {
                return;
            };
            ui.strong(&unit.name);
            ui.label(format!(
                "{} {}",
                unit.mode.label(),
                match unit.kind {
                    UnitKind::Organisation => "organisation",
                    UnitKind::Team => "team",
                }
            ));
            if let Some(leader) = &unit.leader {
                ui.label(format!("Leader: {}", design.person_name(leader)));
            }
            for r in &unit.profile.required_skills {
                let name = design
                    .skill(&r.skill)
                    .map_or(r.skill.as_str(), |s| s.name.as_str());
                ui.label(format!(
                    "Needs {name} at level {}+ × {}",
                    r.min_level, r.min_holders
                ));
            }
        }
        ChartItem::Person(p) => {
            let Some(person) = design.people.get(p) else {
                return;
            };
            ui.strong(&person.name);
            ui.label(&person.title);
            if let Some(place) = scenario.and_then(|s| s.placement_of(&person.id)) {
                let unit = design
                    .unit(&place.unit)
                    .map_or(place.unit.as_str(), |u| u.name.as_str());
                ui.label(format!("Unit: {unit}"));
                if let Some(m) = &place.manager {
                    ui.label(format!("Reports to: {}", design.person_name(m)));
                }
            }
            if !person.skills.is_empty() {
                let skills: Vec<String> = person
                    .skills
                    .iter()
                    .map(|s| {
                        let name = design
                            .skill(&s.skill)
                            .map_or(s.skill.as_str(), |k| k.name.as_str());
                        format!("{name} {}", s.level)
                    })
                    .collect();
                ui.label(format!("Skills: {}", skills.join(", ")));
            }
            let private = design.settings.privacy.hide_sensitive;
            if person.open_role {
                ui.label("Open role: nobody fills it yet");
                if let Some(cost) = person.annual_cost.filter(|_| !private) {
                    ui.label(format!("Budgeted cost: {}", thousands(cost)));
                }
            } else {
                if private {
                    ui.label("Cost and flight risk hidden (privacy mode)");
                } else {
                    let words = scenario.map_or_else(
                        || format!("recorded flight risk: {}", person.flight_risk.label()),
                        |s| s.flight_risk_words(person),
                    );
                    ui.label(upper_first(&words));
                }
                if let Some(cost) = person.annual_cost.filter(|_| !private) {
                    ui.label(format!("Annual cost: {}", thousands(cost)));
                }
                for t in scenario.map_or(&[][..], |s| &s.trainings[..]) {
                    let skill = design.skill(&t.skill).map_or(t.skill.as_str(), |s| &s.name);
                    if t.learner == person.id {
                        ui.label(format!("Learns {skill} to level {} (planned)", t.level));
                    } else if t.mentor.as_deref() == Some(person.id.as_str()) {
                        ui.label(format!(
                            "Teaches {} {skill} (planned)",
                            design.person_name(&t.learner)
                        ));
                    }
                }
            }
        }
    }
}

/// "Recorded flight risk: high" from "recorded flight risk: high".
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}
