//! Projects one scenario of a design onto a forest of chart cards and lays it out.
//!
//! Each organisation is a root, headed by a banner; its leader (the CIO) hangs under it. A
//! team's header sits between the team leader and the leader's own manager, and people hang
//! under their manager. People who sit in no unit are not on the chart (the roster lists
//! them).

use std::collections::HashSet;

use super::tidy_tree::{LayoutNode, Placed, Spacing, layout_forest};
use crate::model::{Design, ScenarioIndex, UnitKind};

/// Card width shared by every kind of card, so columns line up.
pub const CARD_WIDTH: f32 = 200.0;
/// Height of a person card.
pub const PERSON_HEIGHT: f32 = 78.0;
/// Height of an organisation banner (two lines of its name, as a team header).
pub const ORG_HEIGHT: f32 = 70.0;
/// Height of a team header: room for a long name on two lines at the smallest readable
/// title size when the sample is fitted to a laptop's window (zoom about 0.36).
pub const TEAM_HEIGHT: f32 = 70.0;

/// The size of each kind of card, in chart units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardSizes {
    pub width: f32,
    pub person: f32,
    pub team: f32,
    pub organisation: f32,
}

impl CardSizes {
    /// The everyday chart: three lines on a person's card.
    pub const STANDARD: Self = Self {
        width: CARD_WIDTH,
        person: PERSON_HEIGHT,
        team: TEAM_HEIGHT,
        organisation: ORG_HEIGHT,
    };

    /// Presentation mode: wider, shorter cards (name and job title), so a chart fitted to a
    /// projector has room for large names.
    pub const PRESENTATION: Self = Self {
        width: 250.0,
        person: 56.0,
        team: 48.0,
        organisation: 52.0,
    };

    fn height(&self, item: ChartItem) -> f32 {
        match item {
            ChartItem::Organisation(_) | ChartItem::Sponsor { .. } => self.organisation,
            ChartItem::Team(_) => self.team,
            ChartItem::Person(_) => self.person,
        }
    }
}

/// What a chart card stands for; indices point into the design's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartItem {
    Organisation(usize),
    Team(usize),
    Person(usize),
    /// A sponsor (outside IT) drawn above the organisation (a unit index) reporting into it.
    Sponsor {
        sponsor: usize,
        organisation: usize,
    },
}

/// A line between two cards that is not part of the reporting tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// From a sponsor down to the organisation that reports into it.
    Sponsor,
    /// A dotted (secondary) reporting line from a manager to a person.
    Dotted,
}

/// The laid-out chart: parallel vectors indexed by card.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrgChart {
    pub items: Vec<ChartItem>,
    pub parents: Vec<Option<usize>>,
    pub nodes: Vec<LayoutNode>,
    pub placed: Vec<Placed>,
    /// True where the position comes from a pin the user set, not from the layout.
    pub pinned: Vec<bool>,
    /// Lines outside the tree: (from card, to card, kind).
    pub links: Vec<(usize, usize, LinkKind)>,
    /// Per card: the cards folded away under it (only a folded card has any).
    pub folded: Vec<Vec<ChartItem>>,
    /// Per card: whether it has cards below it in the full chart (folded or not).
    pub has_children: Vec<bool>,
}

impl OrgChart {
    /// The card index of a person, if they are on the chart.
    pub fn card_of_person(&self, person: usize) -> Option<usize> {
        self.items
            .iter()
            .position(|i| *i == ChartItem::Person(person))
    }
}

/// Builds and lays out the chart of scenario number `scenario` (empty when there is none).
pub fn build_org_chart(design: &Design, scenario: usize) -> OrgChart {
    ScenarioIndex::new(design, scenario).map_or_else(OrgChart::default, |ix| lay_out(&ix))
}

/// Builds and lays out the chart of an indexed scenario.
pub fn lay_out(ix: &ScenarioIndex) -> OrgChart {
    lay_out_folded(ix, &HashSet::new())
}

/// The depth of each card in a forest given by `parents` (roots are 0); iterative, and safe
/// on a damaged forest (a loop ends the walk).
pub fn depths(parents: &[Option<usize>]) -> Vec<usize> {
    let mut depth: Vec<Option<usize>> = vec![None; parents.len()];
    for start in 0..parents.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        let mut base = 0;
        while let Some(c) = current {
            if let Some(d) = depth[c] {
                base = d + 1;
                break;
            }
            if path.len() > parents.len() {
                break;
            }
            path.push(c);
            current = parents[c];
        }
        for (k, &c) in path.iter().rev().enumerate() {
            depth[c] = Some(base + k);
        }
    }
    depth.into_iter().map(|d| d.unwrap_or(0)).collect()
}

/// Builds and lays out the chart with the subtrees under the `folded` cards left out; each
/// folded card lists what it hides, so it can show the head-count and findings inside.
pub fn lay_out_folded(ix: &ScenarioIndex, folded: &HashSet<ChartItem>) -> OrgChart {
    lay_out_sized(ix, folded, CardSizes::STANDARD)
}

/// [`lay_out_folded`] with cards of the given sizes.
pub fn lay_out_sized(
    ix: &ScenarioIndex,
    folded: &HashSet<ChartItem>,
    sizes: CardSizes,
) -> OrgChart {
    let design = ix.design;
    let scenario = ix.scenario;
    let seat = |p: usize| ix.seat[p].map(|s| (s.unit, s.manager));
    let leader_of = |u: usize| ix.acting_leader[u];

    let mut chart = OrgChart::default();
    let mut header_card: Vec<Option<usize>> = vec![None; design.units.len()];
    for kind in [UnitKind::Organisation, UnitKind::Team] {
        for (ui, unit) in design.units.iter().enumerate() {
            if unit.kind == kind && ix.present[ui] {
                header_card[ui] = Some(chart.items.len());
                chart.items.push(match kind {
                    UnitKind::Organisation => ChartItem::Organisation(ui),
                    UnitKind::Team => ChartItem::Team(ui),
                });
            }
        }
    }
    let mut person_card: Vec<Option<usize>> = vec![None; design.people.len()];
    for (pi, card) in person_card.iter_mut().enumerate() {
        if ix.seat[pi].is_some() {
            *card = Some(chart.items.len());
            chart.items.push(ChartItem::Person(pi));
        }
    }

    // Where a unit's header hangs: under the leader's manager, else under the parent unit.
    let header_parent = |u: usize| -> Option<usize> {
        let via_leader = leader_of(u)
            .and_then(|l| seat(l).and_then(|s| s.1))
            .and_then(|m| person_card[m]);
        via_leader.or_else(|| {
            let parent = ix.parent[u]?;
            leader_of(parent)
                .and_then(|l| person_card[l])
                .or(header_card[parent])
        })
    };
    chart.parents = chart
        .items
        .iter()
        .map(|item| match *item {
            ChartItem::Organisation(_) | ChartItem::Sponsor { .. } => None,
            ChartItem::Team(u) => header_parent(u),
            ChartItem::Person(p) => {
                let (u, manager) = seat(p)?;
                if leader_of(u) == Some(p) {
                    header_card[u]
                } else {
                    manager.and_then(|m| person_card[m]).or(header_card[u])
                }
            }
        })
        .collect();
    let (remap, folded_under, has_children) = fold(&chart.items, &chart.parents, folded);
    let keep = |c: &usize| remap[*c];
    header_card = header_card
        .iter()
        .map(|c| c.as_ref().and_then(keep))
        .collect();
    person_card = person_card
        .iter()
        .map(|c| c.as_ref().and_then(keep))
        .collect();
    let mut items = Vec::new();
    let mut parents = Vec::new();
    for (c, item) in chart.items.iter().enumerate() {
        if remap[c].is_some() {
            items.push(*item);
            parents.push(chart.parents[c].and_then(|p| remap[p]));
            chart.folded.push(folded_under[c].clone());
            chart.has_children.push(has_children[c]);
        }
    }
    chart.items = items;
    chart.parents = parents;
    chart.nodes = chart
        .items
        .iter()
        .zip(&chart.parents)
        .map(|(item, parent)| LayoutNode {
            width: sizes.width,
            height: sizes.height(*item),
            parent: *parent,
        })
        .collect();
    chart.placed = layout_forest(&chart.nodes, &Spacing::default());
    chart.pinned = vec![false; chart.items.len()];
    // Pins are places on the everyday chart; a chart of other card sizes (presentation) is
    // laid out by the tree alone, where a pinned place would sit off its column.
    let pins = if sizes == CardSizes::STANDARD {
        &scenario.pinned[..]
    } else {
        &[]
    };
    for pin in pins {
        if let Some(card) = ix.person(&pin.person).and_then(|p| person_card[p]) {
            chart.placed[card].x = pin.x;
            chart.placed[card].y = pin.y;
            chart.placed[card].stacked = false;
            chart.pinned[card] = true;
        }
    }
    add_sponsors(ix, &mut chart, &header_card, sizes);
    for seat in &scenario.placements {
        let Some(card) = ix.person(&seat.person).and_then(|p| person_card[p]) else {
            continue;
        };
        for boss in &seat.dotted {
            if let Some(from) = ix.person(boss).and_then(|b| person_card[b]) {
                chart.links.push((from, card, LinkKind::Dotted));
            }
        }
    }
    chart
}

/// Which cards stay (their new index) when the cards under `folded` ones are left out, what
/// each visible card hides, and which cards have any below them at all.
fn fold(
    items: &[ChartItem],
    parents: &[Option<usize>],
    folded: &HashSet<ChartItem>,
) -> (Vec<Option<usize>>, Vec<Vec<ChartItem>>, Vec<bool>) {
    let n = items.len();
    let mut has_children = vec![false; n];
    for p in parents.iter().flatten() {
        has_children[*p] = true;
    }
    // A card is hidden when a folded card is above it; it is then listed under the highest
    // folded card above it, which stays visible.
    let mut hider: Vec<Option<usize>> = vec![None; n];
    let depth = depths(parents);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&c| depth[c]);
    for &c in &order {
        if let Some(p) = parents[c] {
            hider[c] = hider[p].or((folded.contains(&items[p])).then_some(p));
        }
    }
    let mut remap = vec![None; n];
    let mut next = 0;
    for c in 0..n {
        if hider[c].is_none() {
            remap[c] = Some(next);
            next += 1;
        }
    }
    let mut under = vec![Vec::new(); n];
    for c in 0..n {
        if let Some(h) = hider[c] {
            under[h].push(items[c]);
        }
    }
    (remap, under, has_children)
}

/// Sponsor cards in a row centred above the banner of each organisation that reports into
/// them, one level up, each linked down to the banner.
fn add_sponsors(
    ix: &ScenarioIndex,
    chart: &mut OrgChart,
    header_card: &[Option<usize>],
    sizes: CardSizes,
) {
    let spacing = Spacing::default();
    for &org in &ix.orgs {
        let (Some(banner), sponsors) = (header_card[org], &ix.sponsors[org]) else {
            continue;
        };
        if sponsors.is_empty() {
            continue;
        }
        let at = chart.placed[banner];
        let n = sponsors.len() as f32;
        let row = n * sizes.width + (n - 1.0) * spacing.sibling_gap;
        let y = at.y - sizes.organisation - spacing.level_gap;
        for (i, &sponsor) in sponsors.iter().enumerate() {
            let x = at.x - row / 2.0
                + sizes.width / 2.0
                + i as f32 * (sizes.width + spacing.sibling_gap);
            let card = chart.items.len();
            chart.items.push(ChartItem::Sponsor {
                sponsor,
                organisation: org,
            });
            chart.parents.push(None);
            chart.nodes.push(LayoutNode {
                width: sizes.width,
                height: sizes.organisation,
                parent: None,
            });
            chart.placed.push(Placed {
                x,
                y,
                stacked: false,
            });
            chart.pinned.push(false);
            chart.folded.push(Vec::new());
            chart.has_children.push(false);
            chart.links.push((card, banner, LinkKind::Sponsor));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn sample_chart_has_every_placed_person_and_both_organisations() {
        let design = parse_design(SAMPLE_RON).expect("sample loads");
        let scenario = &design.scenarios[1];
        let chart = build_org_chart(&design, 1);
        let people = chart
            .items
            .iter()
            .filter(|i| matches!(i, ChartItem::Person(_)))
            .count();
        assert_eq!(people, scenario.placements.len());
        let orgs: Vec<_> = chart
            .items
            .iter()
            .zip(&chart.parents)
            .filter(|(i, _)| matches!(i, ChartItem::Organisation(_)))
            .collect();
        assert_eq!(orgs.len(), 2);
        assert!(orgs.iter().all(|(_, p)| p.is_none()));
    }

    #[test]
    fn team_header_sits_between_the_cio_and_the_team_lead() {
        let design = parse_design(SAMPLE_RON).expect("sample loads");
        let chart = build_org_chart(&design, 1);
        let mainframe = design
            .units
            .iter()
            .position(|u| u.id == "mainframe")
            .unwrap();
        let header = chart
            .items
            .iter()
            .position(|i| *i == ChartItem::Team(mainframe))
            .unwrap();
        let lead = design.unit("mainframe").unwrap().leader.clone().unwrap();
        let lead_ix = design.people.iter().position(|p| p.id == lead).unwrap();
        let lead_card = chart.card_of_person(lead_ix).unwrap();
        assert_eq!(chart.parents[lead_card], Some(header));
        let cio = design.unit("legacy").unwrap().leader.clone().unwrap();
        let cio_ix = design.people.iter().position(|p| p.id == cio).unwrap();
        assert_eq!(chart.parents[header], chart.card_of_person(cio_ix));
    }

    #[test]
    fn pinned_cards_keep_their_position() {
        let mut design = parse_design(SAMPLE_RON).expect("sample loads");
        let who = design.scenarios[1].placements[5].person.clone();
        design.scenarios[1].pinned.push(crate::model::Pin {
            person: who.clone(),
            x: -5000.0,
            y: 77.0,
        });
        let chart = build_org_chart(&design, 1);
        let ix = design.people.iter().position(|p| p.id == who).unwrap();
        let card = chart.card_of_person(ix).unwrap();
        assert!(chart.pinned[card]);
        assert_eq!(
            (chart.placed[card].x, chart.placed[card].y),
            (-5000.0, 77.0)
        );
        // A presentation chart lays the card out by the tree instead.
        let ixd = ScenarioIndex::new(&design, 1).expect("indexed");
        let shown = lay_out_sized(&ixd, &HashSet::new(), CardSizes::PRESENTATION);
        let card = shown.card_of_person(ix).expect("on the chart");
        assert!(!shown.pinned[card]);
        assert_ne!(shown.placed[card].x, -5000.0);
    }
}

#[cfg(test)]
mod folding_tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Folding any set of cards hides exactly the cards below them, lists each hidden
        /// card under one visible folded card, and lays the rest out as a valid forest.
        #[test]
        fn folded_subtrees_leave_out_exactly_the_cards_below(
            people in 3usize..300,
            picks in prop::collection::vec(any::<usize>(), 0..6),
            seed in 1u64..500,
        ) {
            let design = crate::model::generate::generated_design(people, 4, seed);
            let ix = ScenarioIndex::new(&design, 0).expect("scenario");
            let full = lay_out(&ix);
            let folded: HashSet<ChartItem> =
                picks.iter().map(|k| full.items[k % full.items.len()]).collect();
            let chart = lay_out_folded(&ix, &folded);
            // Below a folded card in the full chart = hidden.
            let below = |c: usize| {
                let mut p = full.parents[c];
                while let Some(x) = p {
                    if folded.contains(&full.items[x]) {
                        return true;
                    }
                    p = full.parents[x];
                }
                false
            };
            let hidden: HashSet<ChartItem> =
                (0..full.items.len()).filter(|&c| below(c)).map(|c| full.items[c]).collect();
            let shown: HashSet<ChartItem> = chart.items.iter().copied().collect();
            prop_assert_eq!(shown.len() + hidden.len(), full.items.len());
            prop_assert!(hidden.iter().all(|h| !shown.contains(h)));
            let listed: Vec<ChartItem> = chart.folded.iter().flatten().copied().collect();
            prop_assert_eq!(listed.len(), hidden.len());
            for (c, under) in chart.folded.iter().enumerate() {
                prop_assert!(under.is_empty() || folded.contains(&chart.items[c]));
            }
            // Parents are shown cards; every shown card is placed.
            for (c, p) in chart.parents.iter().enumerate() {
                if let Some(p) = p {
                    prop_assert!(*p < chart.items.len() && *p != c);
                }
            }
            let n = chart.items.len();
            prop_assert_eq!(chart.placed.len(), n);
            prop_assert_eq!(chart.nodes.len(), n);
        }
    }

    #[test]
    fn a_folded_team_header_hides_its_people() {
        let design = parse_design(SAMPLE_RON).expect("sample loads");
        let ix = ScenarioIndex::new(&design, 1).expect("option A");
        let mainframe = design
            .units
            .iter()
            .position(|u| u.id == "mainframe")
            .expect("unit");
        let full = lay_out(&ix);
        let folded: HashSet<ChartItem> = [ChartItem::Team(mainframe)].into();
        let chart = lay_out_folded(&ix, &folded);
        let header = chart
            .items
            .iter()
            .position(|i| *i == ChartItem::Team(mainframe))
            .expect("the header stays");
        let team_people = ix.members[mainframe].len();
        assert_eq!(chart.folded[header].len(), team_people);
        assert_eq!(chart.items.len(), full.items.len() - team_people);
        assert!(chart.has_children[header]);
    }
}
