//! Semantic zoom: zoomed out until cards can no longer be read, each team becomes one
//! aggregate card covering its part of the chart (name, head-count, open roles, the
//! findings inside, mean skill fit), and further out each organisation does. Nothing moves:
//! the aggregate is drawn where the team's cards are, so zooming never re-lays the chart out
//! and a 10,000-person design at "fit to view" reads as an overview. The cards an aggregate
//! covers are not handed to egui_graphs ([`super::visible`]); its header card stays, so the
//! line from the organisation and drops onto the team still work. A click on an aggregate
//! zooms in to it.

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Stroke, StrokeKind, Vec2};

use super::palette;
use crate::analysis::{Analysis, Severity};
use crate::layout::{ChartItem, OrgChart};
use crate::model::{Design, Mode, counted};

/// Below this zoom card text is under about 4 pixels: teams become aggregates. (The sample
/// fits a 1280-pixel laptop screen at about 0.3, and its cards stay cards there.)
pub(super) const TEAM_ZOOM: f32 = 0.25;
/// Team aggregates narrower than this on screen (the median team) are too small to read:
/// organisations take over.
const READABLE_TEAM_WIDTH: f32 = 120.0;

/// Aggregates are drawn at least this tall on screen, so a wide, shallow team still has room
/// for its name and figures.
const MIN_HEIGHT: f32 = 84.0;

/// Which cards an overview replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overview {
    /// Every card drawn.
    Cards,
    /// Teams drawn as aggregates.
    Teams,
    /// Organisations drawn as aggregates.
    Organisations,
}

impl Overview {
    /// The level shown at `zoom` when the median team is `team_width` wide on the canvas.
    pub fn at(zoom: f32, team_width: f32) -> Self {
        if zoom >= TEAM_ZOOM {
            Overview::Cards
        } else if zoom * team_width < READABLE_TEAM_WIDTH {
            Overview::Organisations
        } else {
            Overview::Teams
        }
    }
}

/// A team's or organisation's part of the chart, summed up.
#[derive(Debug, Clone)]
pub(super) struct Group {
    /// The header card.
    pub card: usize,
    pub organisation: bool,
    /// Canvas rectangle around the header and every card below it.
    pub bounds: Rect,
    pub mode: Mode,
    pub title: String,
    pub people: usize,
    pub open_roles: usize,
    /// Findings about the unit and everyone in it, by severity.
    pub badges: [usize; 3],
    pub mean_fit: Option<f32>,
}

/// Aggregates of every team and organisation of `chart`, and per level which cards they
/// cover (every card below a header; the header itself stays on the chart).
#[derive(Default)]
pub(super) struct Groups {
    pub groups: Vec<Group>,
    /// Canvas width of the median team aggregate (0 without teams).
    pub team_width: f32,
    pub covered_by_teams: Vec<bool>,
    pub covered_by_organisations: Vec<bool>,
}

impl Groups {
    /// The level shown at `zoom`.
    pub fn level_at(&self, zoom: f32) -> Overview {
        Overview::at(zoom, self.team_width)
    }

    /// The least zoom that shows the level below the one at `zoom`: organisations open into
    /// teams, teams into cards.
    pub fn zoom_in_from(&self, zoom: f32) -> f32 {
        match self.level_at(zoom) {
            Overview::Organisations if self.team_width > 0.0 => {
                (READABLE_TEAM_WIDTH / self.team_width * 1.1).min(TEAM_ZOOM * 0.99)
            }
            Overview::Organisations | Overview::Teams => TEAM_ZOOM * 1.5,
            Overview::Cards => zoom,
        }
    }

    pub fn covered(&self, level: Overview) -> Option<&[bool]> {
        match level {
            Overview::Cards => None,
            Overview::Teams => Some(&self.covered_by_teams),
            Overview::Organisations => Some(&self.covered_by_organisations),
        }
    }
}

/// Works out the aggregates. `unit_badges` are the findings about each unit by severity.
pub(super) fn groups(
    design: &Design,
    analysis: &Analysis,
    chart: &OrgChart,
    person_badges: &[[usize; 3]],
    unit_badges: &[[usize; 3]],
) -> Groups {
    let n = chart.items.len();
    let mut children = vec![Vec::new(); n];
    for (c, p) in chart.parents.iter().enumerate() {
        if let Some(p) = p {
            children[*p].push(c);
        }
    }
    let rect = |c: usize| {
        let (p, s) = (chart.placed[c], chart.nodes[c]);
        Rect::from_center_size(Pos2::new(p.x, p.y), Vec2::new(s.width, s.height))
    };
    let mut out = Groups {
        groups: Vec::new(),
        team_width: 0.0,
        covered_by_teams: vec![false; n],
        covered_by_organisations: vec![false; n],
    };
    for (card, item) in chart.items.iter().enumerate() {
        let (u, organisation) = match *item {
            ChartItem::Team(u) => (u, false),
            ChartItem::Organisation(u) => (u, true),
            _ => continue,
        };
        let Some(unit) = design.units.get(u) else {
            continue;
        };
        let mut group = Group {
            card,
            organisation,
            bounds: rect(card),
            mode: unit.mode,
            title: unit.name.clone(),
            people: 0,
            open_roles: 0,
            badges: unit_badges.get(u).copied().unwrap_or_default(),
            mean_fit: None,
        };
        let (mut fit_sum, mut fits) = (0.0f32, 0usize);
        let mut count = |item: ChartItem, group: &mut Group| {
            let ChartItem::Person(p) = item else { return };
            match design.people.get(p) {
                Some(person) if person.open_role => group.open_roles += 1,
                Some(_) => group.people += 1,
                None => return,
            }
            if let Some(b) = person_badges.get(p) {
                add_badges(&mut group.badges, b);
            }
            if let Some(f) = analysis.fits.get(p).and_then(|f| f.skill_fit) {
                fit_sum += f;
                fits += 1;
            }
        };
        for hidden in &chart.folded[card] {
            count(*hidden, &mut group);
        }
        let covered = if organisation {
            &mut out.covered_by_organisations
        } else {
            &mut out.covered_by_teams
        };
        let mut stack = children[card].clone();
        while let Some(c) = stack.pop() {
            covered[c] = true;
            group.bounds = group.bounds.union(rect(c));
            count(chart.items[c], &mut group);
            for hidden in &chart.folded[c] {
                count(*hidden, &mut group);
            }
            if let ChartItem::Team(t) | ChartItem::Organisation(t) = chart.items[c]
                && let Some(b) = unit_badges.get(t)
            {
                add_badges(&mut group.badges, b);
            }
            stack.extend(children[c].iter().copied());
        }
        group.mean_fit = (fits > 0).then(|| fit_sum / fits as f32);
        out.groups.push(group);
    }
    let mut widths: Vec<f32> = out
        .groups
        .iter()
        .filter(|g| !g.organisation)
        .map(|g| g.bounds.width())
        .collect();
    widths.sort_by(f32::total_cmp);
    out.team_width = widths.get(widths.len() / 2).copied().unwrap_or(0.0);
    out
}

fn add_badges(into: &mut [usize; 3], more: &[usize; 3]) {
    for (sum, n) in into.iter_mut().zip(more) {
        *sum += n;
    }
}

/// "12 people · 2 open roles", "E1 W4", "mean skill fit 64%": the lines of an aggregate.
pub(super) fn group_lines(group: &Group) -> Vec<String> {
    let mut heads = counted(group.people, "person", "people");
    if group.open_roles > 0 {
        heads.push_str(&format!(
            " · {}",
            counted(group.open_roles, "open role", "open roles")
        ));
    }
    let mut lines = vec![heads];
    let findings: Vec<String> = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .zip(group.badges)
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{}{n}", s.letter()))
        .collect();
    lines.push(if findings.is_empty() {
        "no findings".to_owned()
    } else {
        format!("findings {}", findings.join(" "))
    });
    if let Some(fit) = group.mean_fit {
        lines.push(format!("mean skill fit {}%", (fit * 100.0).round() as i64));
    }
    lines
}

/// Paints the aggregates of `level` inside `clip` (screen), with canvas-to-screen `to_screen`.
pub(super) fn paint(
    painter: &egui::Painter,
    groups: &Groups,
    level: Overview,
    to_screen: impl Fn(Rect) -> Rect,
    zoom: f32,
    selected: Option<usize>,
) {
    let want_organisations = match level {
        Overview::Cards => return,
        Overview::Teams => false,
        Overview::Organisations => true,
    };
    for group in groups
        .groups
        .iter()
        .filter(|g| g.organisation == want_organisations)
    {
        let screen = to_screen(drawn_bounds(group, zoom));
        if !painter.clip_rect().intersects(screen) || screen.width() < 3.0 {
            continue;
        }
        let accent = palette::mode_colour(group.mode);
        let radius = CornerRadius::same(if screen.width() > 40.0 { 8 } else { 2 });
        painter.rect_filled(screen, radius, palette::mode_tint(group.mode));
        let outline = if selected == Some(group.card) {
            Stroke::new(3.0, palette::SELECTION)
        } else {
            Stroke::new(1.5, accent)
        };
        painter.rect_stroke(screen, radius, outline, StrokeKind::Inside);
        if screen.width() < 60.0 || screen.height() < 24.0 {
            continue;
        }
        let inner = screen.shrink(8.0);
        let text = painter.with_clip_rect(inner.intersect(painter.clip_rect()));
        let mut y = inner.min.y;
        let (px, shown) = title_fit(&group.title, inner.width());
        let title = text.layout(shown, FontId::proportional(px), palette::INK, inner.width());
        let title_height = title.size().y;
        text.galley(Pos2::new(inner.min.x, y), title, palette::INK);
        y += title_height + 2.0;
        for (k, line) in group_lines(group).into_iter().enumerate() {
            let colour = if k == 1 && group.badges[0] > 0 {
                palette::severity_colour(Severity::Error)
            } else if k == 1 && group.badges[1] > 0 {
                palette::severity_colour(Severity::Warning)
            } else {
                palette::MUTED_INK
            };
            let galley = text.layout(line, FontId::proportional(13.0), colour, inner.width());
            let h = galley.size().y;
            if y + h > inner.max.y {
                break;
            }
            text.galley(Pos2::new(inner.min.x, y), galley, Color32::PLACEHOLDER);
            y += h;
        }
    }
}

/// An aggregate's title so that no word is broken: the largest size from 16 down to 11 px at
/// which its longest word fits `width` (it then wraps between words), else at 11 px cut
/// after the last whole word that fits.
fn title_fit(title: &str, width: f32) -> (f32, String) {
    use crate::scene::fonts::{Font, fit_words, measure};
    let widest = |px: f32| {
        title
            .split_whitespace()
            .map(|w| measure(w, px, Font::Proportional))
            .fold(0.0, f32::max)
    };
    for px in [16.0, 15.0, 14.0, 13.0, 12.0, 11.0] {
        if widest(px) <= width {
            return (px, title.to_owned());
        }
    }
    (11.0, fit_words(title, 11.0, width, Font::Proportional))
}

/// Where an aggregate is drawn, on the canvas: its part of the chart, made at least
/// [`MIN_HEIGHT`] tall on screen so a wide, shallow team still has room for its lines.
fn drawn_bounds(group: &Group, zoom: f32) -> Rect {
    let mut r = group.bounds;
    r.max.y = r.max.y.max(r.min.y + MIN_HEIGHT / zoom.max(f32::EPSILON));
    r
}

/// The aggregate of `level` drawn under the canvas point `at` at `zoom`, innermost first.
pub(super) fn group_at(groups: &Groups, level: Overview, zoom: f32, at: Pos2) -> Option<&Group> {
    let want_organisations = match level {
        Overview::Cards => return None,
        Overview::Teams => false,
        Overview::Organisations => true,
    };
    groups
        .groups
        .iter()
        .filter(|g| g.organisation == want_organisations && drawn_bounds(g, zoom).contains(at))
        .min_by(|a, b| a.bounds.area().total_cmp(&b.bounds.area()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;
    use crate::io::{SAMPLE_RON, parse_design};
    use crate::layout::build_org_chart;

    #[test]
    fn aggregate_titles_shrink_until_no_word_is_broken_then_lose_whole_words() {
        use crate::scene::fonts::{Font, measure};
        let width = measure("Command", 14.0, Font::Proportional) + 1.0;
        // "Command" does not fit at 16 or 15 px: the title shrinks, whole.
        assert_eq!(
            title_fit("Air Command", width),
            (14.0, "Air Command".to_owned())
        );
        assert_eq!(title_fit("ERP", width).0, 16.0);
        // A word too long even at 11 px: cut after the last whole word that fits.
        let (px, shown) = title_fit("Air Interoperabilityassurance", width);
        assert_eq!((px, shown.as_str()), (11.0, "Air…"));
    }

    #[test]
    fn a_team_aggregate_counts_its_people_findings_and_covers_its_cards() {
        let design = parse_design(SAMPLE_RON).expect("sample");
        let analysis = analyse(&design, 1);
        let chart = build_org_chart(&design, 1);
        let none = vec![[0usize; 3]; design.people.len()];
        let units = vec![[0usize; 3]; design.units.len()];
        let g = groups(&design, &analysis, &chart, &none, &units);
        let mainframe = design
            .units
            .iter()
            .position(|u| u.id == "mainframe")
            .expect("a mainframe team");
        let team = g
            .groups
            .iter()
            .find(|x| chart.items[x.card] == ChartItem::Team(mainframe))
            .expect("its aggregate");
        let ix = crate::model::ScenarioIndex::new(&design, 1).expect("option A");
        let members = ix.members[mainframe].len();
        assert_eq!(team.people + team.open_roles, members);
        assert!(!team.organisation);
        assert_eq!(group_lines(team)[0], counted(members, "person", "people"));
        // It covers exactly the cards below its header, and its bounds hold them.
        for (c, covered) in g.covered_by_teams.iter().enumerate() {
            let mut up = chart.parents[c];
            let mut below = false;
            while let Some(p) = up {
                below |= p == team.card;
                up = chart.parents[p];
            }
            if below {
                assert!(covered, "card {c} is below the team");
                let at = Pos2::new(chart.placed[c].x, chart.placed[c].y);
                assert!(team.bounds.contains(at));
            }
        }
        assert!(!g.covered_by_teams[team.card], "the header stays");
    }

    #[test]
    fn zoom_picks_the_level() {
        // Teams 2,000 wide on the canvas: 120 pixels at zoom 0.06.
        assert_eq!(Overview::at(1.0, 2_000.0), Overview::Cards);
        assert_eq!(Overview::at(TEAM_ZOOM, 2_000.0), Overview::Cards);
        assert_eq!(Overview::at(0.2, 2_000.0), Overview::Teams);
        assert_eq!(Overview::at(0.06, 2_000.0), Overview::Teams);
        assert_eq!(Overview::at(0.05, 2_000.0), Overview::Organisations);
        // Without teams, zoomed out is organisations.
        assert_eq!(Overview::at(0.2, 0.0), Overview::Organisations);
    }
}
