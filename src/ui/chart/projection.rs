//! Builds the egui_graphs graph from a laid-out [`OrgChart`], and the hover details of a card.

use std::collections::HashSet;
use std::sync::Arc;

use egui::Vec2;
use egui_graphs::{Layout, LayoutState};
use serde::{Deserialize, Serialize};

use super::card::{Card, CardLook};
use super::connector::Link;
use crate::analysis::{Analysis, Subject};
use crate::layout::{ChartItem, OrgChart, lay_out_folded};
use crate::model::{Design, Mode, ScenarioIndex, UnitKind, counted};

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

/// "learns COBOL 3", "teaches 2": each person's part in the option's planned cross-training,
/// shown on their card (learners first; a learner who also teaches shows both).
fn training_notes(ix: &ScenarioIndex) -> std::collections::HashMap<usize, String> {
    let mut learns: std::collections::HashMap<usize, Vec<String>> = Default::default();
    let mut teaches: std::collections::HashMap<usize, usize> = Default::default();
    for t in &ix.scenario.trainings {
        if let Some(p) = ix.person(&t.learner) {
            let skill = ix
                .design
                .skill(&t.skill)
                .map_or(t.skill.as_str(), |s| s.name.as_str());
            learns
                .entry(p)
                .or_default()
                .push(format!("{skill} {}", t.level));
        }
        if let Some(m) = t.mentor.as_deref().and_then(|m| ix.person(m)) {
            *teaches.entry(m).or_default() += 1;
        }
    }
    let mut notes: std::collections::HashMap<usize, String> = Default::default();
    for (p, skills) in learns {
        notes.insert(p, format!("learns {}", skills.join(", ")));
    }
    for (p, n) in teaches {
        let teach = format!("teaches {n}");
        notes
            .entry(p)
            .and_modify(|s| {
                s.push_str(" · ");
                s.push_str(&teach);
            })
            .or_insert(teach);
    }
    notes
}

/// Lays out an indexed scenario and works out every card's look and every connector.
pub(super) fn project(
    ix: &ScenarioIndex,
    analysis: &Analysis,
    moved: &[bool],
    folded: &HashSet<ChartItem>,
) -> Projection {
    let design = ix.design;
    let chart = lay_out_folded(ix, folded);
    let mut person_badges = vec![[0usize; 3]; design.people.len()];
    let mut unit_badges = vec![[0usize; 3]; design.units.len()];
    for f in &analysis.findings {
        let slot = match f.subject {
            Subject::Person(p) => person_badges.get_mut(p),
            Subject::Unit(u) => unit_badges.get_mut(u),
        };
        if let Some(slot) = slot {
            slot[f.severity as usize] += 1;
        }
    }
    let training = training_notes(ix);
    let mut cards = Vec::with_capacity(chart.items.len());
    for (card, item) in chart.items.iter().enumerate() {
        let mut look = card_look(ix, *item, &chart, card);
        look.has_children = chart.has_children[card];
        look.folded = fold_summary(design, &chart.folded[card], &person_badges);
        let folded_text = look.folded.map(|(people, inside)| {
            let mut text = format!("{} folded", counted(people, "person", "people"));
            if inside[0] + inside[1] > 0 {
                text.push_str(&format!(" · E{} W{} inside", inside[0], inside[1]));
            }
            text
        });
        match *item {
            ChartItem::Person(p) => {
                look.badges = person_badges[p];
                look.moved = moved.get(p).copied().unwrap_or(false);
                if look.open_role {
                    look.detail = ix.design.people[p].annual_cost.map_or_else(
                        || "Budget not recorded".to_owned(),
                        |c| format!("Budget {}", thousands(c)),
                    );
                } else if let Some(fit) = analysis.fits.get(p) {
                    // Work style is a soft signal: no grade for it on the card.
                    look.detail = skill_fit_line(fit.skill_fit);
                }
                if let Some(note) = training.get(&p) {
                    look.detail = if look.detail.is_empty() {
                        note.clone()
                    } else {
                        format!("{} · {note}", look.detail)
                    };
                }
            }
            ChartItem::Team(u) | ChartItem::Organisation(u) => look.badges = unit_badges[u],
            ChartItem::Sponsor { .. } => {}
        }
        if let Some(text) = folded_text {
            look.detail = text;
        }
        cards.push(Card(Arc::new(look)));
    }
    let mut links = Vec::with_capacity(chart.items.len() + chart.links.len());
    for (card, parent) in chart.parents.iter().enumerate() {
        if let Some(parent) = parent {
            let link = Link {
                stacked: chart.placed[card].stacked,
                kind: None,
            };
            links.push((*parent, card, link));
        }
    }
    for &(from, to, kind) in &chart.links {
        let link = Link {
            stacked: false,
            kind: Some(kind),
        };
        links.push((from, to, link));
    }
    let groups = super::overview::groups(design, analysis, &chart, &person_badges, &unit_badges);
    Projection {
        chart,
        cards,
        links,
        groups,
    }
}

fn card_look(ix: &ScenarioIndex, item: ChartItem, chart: &OrgChart, card: usize) -> CardLook {
    let design = ix.design;
    let size = Vec2::new(chart.nodes[card].width, chart.nodes[card].height);
    match item {
        ChartItem::Organisation(u) | ChartItem::Team(u) => {
            let unit = &design.units[u];
            let mode = unit.mode;
            let subtitle = if unit.kind == UnitKind::Organisation {
                let cio = match mode {
                    Mode::Legacy => "CIOL",
                    Mode::Interaction => "CIOI",
                    Mode::Mixed => "CIO",
                };
                format!("{} organisation · {cio}", mode.label())
            } else {
                let roles = ix.members[u]
                    .iter()
                    .filter(|&&p| design.people[p].open_role)
                    .count();
                let n = ix.members[u].len() - roles;
                let kind = match mode {
                    Mode::Mixed => "Team, Legacy or Interaction to decide".to_owned(),
                    other => format!("{} team", other.label()),
                };
                let mut line = format!("{kind} · {}", counted(n, "person", "people"));
                if roles > 0 {
                    line.push_str(&format!(" · {}", counted(roles, "open role", "open roles")));
                }
                line
            };
            CardLook {
                item,
                mode,
                title: unit.name.clone(),
                subtitle,
                detail: String::new(),
                badges: [0; 3],
                moved: false,
                open_role: false,
                in_chain: false,
                what_if: None,
                has_children: false,
                folded: None,
                size,
            }
        }
        ChartItem::Person(p) => {
            let person = &design.people[p];
            // The card colour follows the unit the person sits in, in this scenario.
            let mode = ix.seat[p].map_or(Mode::Legacy, |s| design.units[s.unit].mode);
            CardLook {
                item,
                mode,
                title: person.name.clone(),
                subtitle: person.title.clone(),
                detail: String::new(),
                badges: [0; 3],
                moved: false,
                open_role: person.open_role,
                in_chain: false,
                what_if: None,
                has_children: false,
                folded: None,
                size,
            }
        }
        ChartItem::Sponsor { sponsor, .. } => {
            let s = &design.sponsors[sponsor];
            CardLook {
                item,
                mode: Mode::Mixed,
                title: s.name.clone(),
                subtitle: if s.executive.is_empty() {
                    "Sponsor, outside IT".to_owned()
                } else {
                    format!("{} · outside IT", s.executive)
                },
                detail: String::new(),
                badges: [0; 3],
                moved: false,
                open_role: false,
                in_chain: false,
                what_if: None,
                has_children: false,
                folded: None,
                size,
            }
        }
    }
}

/// What a folded card hides: how many people, and their findings by severity.
fn fold_summary(
    design: &Design,
    hidden: &[ChartItem],
    person_badges: &[[usize; 3]],
) -> Option<(usize, [usize; 3])> {
    if hidden.is_empty() {
        return None;
    }
    let mut people = 0;
    let mut badges = [0usize; 3];
    for item in hidden {
        if let ChartItem::Person(p) = *item {
            people += usize::from(!design.people.get(p).is_some_and(|x| x.open_role));
            if let Some(b) = person_badges.get(p) {
                for k in 0..3 {
                    badges[k] += b[k];
                }
            }
        }
    }
    Some((people, badges))
}

fn percent_or_unknown(v: Option<f32>) -> String {
    v.map_or("?".to_owned(), |v| {
        format!("{}%", (v * 100.0).round() as i64)
    })
}

/// "Skill fit 38%" ("?" when unknown): the card's line.
fn skill_fit_line(skill: Option<f32>) -> String {
    format!("Skill fit {}", percent_or_unknown(skill))
}

/// "Skill fit 38% · work-style fit 75%", with "?" for what is unknown: the inspector's line.
pub fn fit_line(skill: Option<f32>, style: Option<f32>) -> String {
    format!(
        "{} · work-style fit {}",
        skill_fit_line(skill),
        percent_or_unknown(style)
    )
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
            if person.open_role {
                ui.label("Open role: nobody fills it yet");
                if let Some(cost) = person.annual_cost {
                    ui.label(format!("Budgeted cost: {}", thousands(cost)));
                }
            } else {
                let words = scenario.map_or_else(
                    || format!("recorded flight risk: {}", person.flight_risk.label()),
                    |s| s.flight_risk_words(person),
                );
                ui.label(upper_first(&words));
                if let Some(cost) = person.annual_cost {
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

/// Formats 84000 as "84,000".
pub fn thousands(n: u32) -> String {
    thousands_u64(u64::from(n))
}

/// Formats 1234567 as "1,234,567".
pub fn thousands_u64(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "Recorded flight risk: high" from "recorded flight risk: high".
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}
