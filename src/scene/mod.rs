//! The chart as a scene: what every card says and where it and every connector sit, for one
//! option. The screen draws it (through egui_graphs, card by card, with [`draw`]) and so
//! does every export ([`svg`], then PNG and PDF from the SVG), so an export looks like the
//! app: the same words on the same cards, the same colours, the same fonts ([`fonts`]).
//!
//! The scene knows nothing of egui. Privacy is applied here, once, so no backend can leak
//! what the design asks to hide: see [`crate::model::Privacy`].

pub mod draw;
pub mod fonts;
pub mod geometry;
pub mod palette;
pub mod svg;

use std::collections::{HashMap, HashSet};

use crate::analysis::{Analysis, Subject};
use crate::layout::{CardSizes, ChartItem, LinkKind, OrgChart, lay_out_sized};
use crate::model::{Design, Mode, ScenarioIndex, UnitKind, counted};
pub use geometry::{Box2, Pt};
pub use palette::{Palette, Rgb};

/// What kind of card, for how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardKind {
    Organisation,
    Team,
    Person,
    Sponsor,
}

impl From<ChartItem> for CardKind {
    fn from(item: ChartItem) -> Self {
        match item {
            ChartItem::Organisation(_) => Self::Organisation,
            ChartItem::Team(_) => Self::Team,
            ChartItem::Person(_) => Self::Person,
            ChartItem::Sponsor { .. } => Self::Sponsor,
        }
    }
}

/// What one card says.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFace {
    pub item: ChartItem,
    pub kind: CardKind,
    pub mode: Mode,
    pub title: String,
    pub subtitle: String,
    /// A third line: a person's skill fit and planned training, an open role's budget, a
    /// folded card's summary.
    pub detail: String,
    /// Findings on this card: errors, warnings, infos.
    pub badges: [usize; 3],
    /// Placed differently from the baseline (team or manager).
    pub moved: bool,
    /// A vacancy: drawn hollow with a dashed outline.
    pub open_role: bool,
    /// Has cards below it in the full chart: draws a fold chevron.
    pub has_children: bool,
    /// Folded: how many people it hides and their findings by severity.
    pub folded: Option<(usize, [usize; 3])>,
}

/// A connector between two cards of the scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SceneLink {
    pub from: usize,
    pub to: usize,
    /// The report sits in a stacked column: the line runs along a spine.
    pub stacked: bool,
    /// `None` for the reporting tree.
    pub kind: Option<LinkKind>,
}

/// One option's chart, laid out, with what every card says.
#[derive(Debug, Clone)]
pub struct Scene {
    pub chart: OrgChart,
    /// The card sizes the chart was laid out with.
    pub sizes: CardSizes,
    /// Parallel to `chart.items`.
    pub faces: Vec<CardFace>,
    pub links: Vec<SceneLink>,
}

impl Default for Scene {
    fn default() -> Self {
        Self {
            chart: OrgChart::default(),
            sizes: CardSizes::STANDARD,
            faces: Vec::new(),
            links: Vec::new(),
        }
    }
}

impl Scene {
    /// Card `card`'s box in chart coordinates.
    pub fn card_box(&self, card: usize) -> Box2 {
        let (p, n) = (&self.chart.placed[card], &self.chart.nodes[card]);
        Box2::from_center_size(Pt::new(p.x, p.y), n.width, n.height)
    }

    /// The box holding every card (empty at the origin for an empty chart).
    pub fn bounds(&self) -> Box2 {
        (0..self.faces.len())
            .map(|c| self.card_box(c))
            .reduce(|a, b| a.union(&b))
            .unwrap_or_default()
    }

    /// Every connector's path in chart coordinates, with its kind.
    pub fn connector_paths(&self) -> impl Iterator<Item = (Vec<Pt>, Option<LinkKind>)> + '_ {
        self.links.iter().map(|l| {
            (
                draw::connector_path(
                    self.card_box(l.from),
                    self.card_box(l.to),
                    l.stacked,
                    l.kind,
                    self.sizes.person,
                ),
                l.kind,
            )
        })
    }
}

/// Builds the scene of an indexed option: `moved` marks people placed differently from the
/// baseline, `folded` the cards whose subtrees are left out, `sizes` how big cards are.
/// The design's privacy settings decide what the cards may say.
pub fn build(
    ix: &ScenarioIndex,
    analysis: &Analysis,
    moved: &[bool],
    folded: &HashSet<ChartItem>,
    sizes: CardSizes,
) -> Scene {
    let design = ix.design;
    let hide = design.settings.privacy.hide_sensitive;
    let chart = lay_out_sized(ix, folded, sizes);
    let (person_badges, unit_badges) = badges(design, analysis);
    let training = training_notes(ix);
    let pseudonyms = design
        .settings
        .privacy
        .pseudonymise
        .then(|| crate::model::privacy::pseudonyms(design));
    let mut faces = Vec::with_capacity(chart.items.len());
    for (card, item) in chart.items.iter().enumerate() {
        let mut face = card_face(ix, *item);
        face.has_children = chart.has_children[card];
        face.folded = fold_summary(design, &chart.folded[card], &person_badges);
        match *item {
            ChartItem::Person(p) => {
                if let Some(name) = pseudonyms.as_ref().and_then(|n| n.get(p)) {
                    face.title.clone_from(name);
                }
                face.badges = person_badges[p];
                face.moved = moved.get(p).copied().unwrap_or(false);
                if face.open_role {
                    face.detail = match design.people[p].annual_cost {
                        _ if hide => "Budget hidden".to_owned(),
                        Some(c) => format!("Budget {}", thousands(c)),
                        None => "Budget not recorded".to_owned(),
                    };
                } else if let Some(fit) = analysis.fits.get(p) {
                    // Work style is a soft signal: no grade for it on the card.
                    face.detail = skill_fit_line(fit.skill_fit);
                }
                if let Some(note) = training.get(&p) {
                    face.detail = if face.detail.is_empty() {
                        note.clone()
                    } else {
                        format!("{} · {note}", face.detail)
                    };
                }
            }
            ChartItem::Team(u) | ChartItem::Organisation(u) => face.badges = unit_badges[u],
            ChartItem::Sponsor { .. } if pseudonyms.is_some() => {
                face.subtitle = "Sponsor, outside IT".to_owned();
            }
            ChartItem::Sponsor { .. } => {}
        }
        if let Some((people, inside)) = face.folded {
            let mut text = format!("{} folded", counted(people, "person", "people"));
            if inside[0] + inside[1] > 0 {
                text.push_str(&format!(" · E{} W{} inside", inside[0], inside[1]));
            }
            face.detail = text;
        }
        faces.push(face);
    }
    let mut links = Vec::with_capacity(chart.items.len() + chart.links.len());
    for (card, parent) in chart.parents.iter().enumerate() {
        if let Some(parent) = parent {
            links.push(SceneLink {
                from: *parent,
                to: card,
                stacked: chart.placed[card].stacked,
                kind: None,
            });
        }
    }
    for &(from, to, kind) in &chart.links {
        links.push(SceneLink {
            from,
            to,
            stacked: false,
            kind: Some(kind),
        });
    }
    Scene {
        chart,
        sizes,
        faces,
        links,
    }
}

/// An option as exports draw it: every card (nothing folded), the everyday card sizes, the
/// "moved" tags, and no fold chevrons (they are for clicking).
pub fn paper_scene(ix: &ScenarioIndex, analysis: &Analysis) -> Scene {
    let mut scene = build(
        ix,
        analysis,
        &moved_from_baseline(ix),
        &HashSet::new(),
        CardSizes::STANDARD,
    );
    for face in &mut scene.faces {
        face.has_children = false;
    }
    scene
}

/// Per person: placed differently (team or manager) in this option than in the baseline
/// (the first option), for the "moved" tags; empty for the baseline itself.
pub fn moved_from_baseline(ix: &ScenarioIndex) -> Vec<bool> {
    if ix
        .design
        .scenarios
        .first()
        .is_none_or(|first| std::ptr::eq(first, ix.scenario))
    {
        return Vec::new();
    }
    ScenarioIndex::new(ix.design, 0).map_or_else(Vec::new, |base| {
        (0..ix.design.people.len())
            .map(|p| ix.seat[p].is_some() && ix.placed_differently(&base, p))
            .collect()
    })
}

/// Findings by severity (errors, warnings, infos) about each person and each unit.
pub fn badges(design: &Design, analysis: &Analysis) -> (Vec<[usize; 3]>, Vec<[usize; 3]>) {
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
    (person_badges, unit_badges)
}

/// "learns COBOL 3", "teaches 2": each person's part in the option's planned cross-training,
/// shown on their card (learners first; a learner who also teaches shows both).
fn training_notes(ix: &ScenarioIndex) -> HashMap<usize, String> {
    let mut learns: HashMap<usize, Vec<String>> = HashMap::new();
    let mut teaches: HashMap<usize, usize> = HashMap::new();
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
    let mut notes: HashMap<usize, String> = HashMap::new();
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

fn card_face(ix: &ScenarioIndex, item: ChartItem) -> CardFace {
    let design = ix.design;
    let blank = |mode, title: String, subtitle: String| CardFace {
        item,
        kind: item.into(),
        mode,
        title,
        subtitle,
        detail: String::new(),
        badges: [0; 3],
        moved: false,
        open_role: false,
        has_children: false,
        folded: None,
    };
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
            blank(mode, unit.name.clone(), subtitle)
        }
        ChartItem::Person(p) => {
            let person = &design.people[p];
            // The card colour follows the unit the person sits in, in this scenario.
            let mode = ix.seat[p].map_or(Mode::Legacy, |s| design.units[s.unit].mode);
            let mut face = blank(mode, person.name.clone(), person.title.clone());
            face.open_role = person.open_role;
            face
        }
        ChartItem::Sponsor { sponsor, .. } => {
            let s = &design.sponsors[sponsor];
            let subtitle = if s.executive.is_empty() {
                "Sponsor, outside IT".to_owned()
            } else {
                format!("{} · outside IT", s.executive)
            };
            blank(Mode::Mixed, s.name.clone(), subtitle)
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
pub fn skill_fit_line(skill: Option<f32>) -> String {
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

#[cfg(test)]
mod tests;
