//! A mapped table to a new design whose only option is the organisation as imported, and a
//! report in which every row is accounted for: imported, or listed with its line and why not.

use std::collections::HashMap;

use super::mapping::{Field, ManagerRef, Mapping};
use super::report::{
    Ambiguous, Cycle, Duplicate, Imported, Report, Skipped, TeamFound, Unmatched, Unreadable,
    summary,
};
use super::table::{Table, TableRow};
use super::words::{NotAnAmount, hinted_mode, parse_amount, suggest_mode};
use crate::io::{TEMPLATE_RON, builtin, validate};
use crate::model::{
    Design, FORMAT_VERSION, FlightRisk, Mode, Person, Placement, Profile, Scenario, Settings, Unit,
    UnitKind, UnitSlot,
};

const VACANT: [&str; 8] = [
    "vacant",
    "vacancy",
    "open",
    "open role",
    "tbh",
    "to be hired",
    "tbd",
    "unfilled",
];
const UNDISCLOSED: [&str; 5] = ["n/d", "nd", "not disclosed", "undisclosed", "withheld"];
/// What the name column of an eliminated post says: a seat that no longer exists.
const ELIMINATED: [&str; 6] = [
    "eliminated",
    "abolished",
    "deleted",
    "closed",
    "post eliminated",
    "post deleted",
];

/// How a person whose name was not disclosed is titled: their job title becomes their name.
pub const NOT_DISCLOSED: &str = "Name not disclosed";
fn slug(text: &str) -> String {
    let s: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() { "team".into() } else { s }
}

/// One row that will become a person.
struct Candidate<'a> {
    row: &'a TableRow,
    id: String,
    name: String,
    title: String,
    team: String,
    cost: Option<u32>,
    notes: String,
    manager_ref: String,
    /// What the row's organisation-hint column says, if the file has one.
    hint: String,
    open_role: bool,
}

/// The most rows an import takes: at about 350 bytes per person in the design file, this
/// keeps an imported design well inside the size every design is opened at.
pub const MAX_ROWS: usize = 150_000;

/// Builds a design from `table` as `mapping` says; `file` names the source in the report.
pub fn build(
    table: &Table,
    mapping: &Mapping,
    file: &str,
    encoding: &str,
) -> Result<Imported, String> {
    if table.rows.len() > MAX_ROWS {
        return Err(format!(
            "it has {} rows; Orgsplit imports up to {} (a design of more could not be opened \
             again: designs are limited to {} MiB). Import one part of the organisation at a time",
            table.rows.len(),
            MAX_ROWS,
            crate::io::MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    if mapping.column(Field::Name).is_none() && mapping.column(Field::Id).is_none() {
        return Err(format!(
            "no column holds names or ids; the columns are {}",
            table.headers.join(", ")
        ));
    }
    let mut report = Report {
        file: file.to_owned(),
        encoding: encoding.to_owned(),
        delimiter: match (&table.sheet, table.delimiter) {
            (Some(_), _) => String::new(),
            (None, '\t') => "tab".to_owned(),
            (None, c) => c.to_string(),
        },
        sheet: table.sheet.clone(),
        rows: table.rows.len(),
        not_utf8_lines: table.not_utf8_lines.clone(),
        header_line: table.header_line,
        ..Report::default()
    };
    let cell = |row: &TableRow, field: Field| -> String {
        mapping
            .column(field)
            .map_or_else(String::new, |c| table.cell(row, c).to_owned())
    };
    let header = |field: Field| -> String {
        mapping
            .column(field)
            .and_then(|c| table.headers.get(c))
            .cloned()
            .unwrap_or_default()
    };
    let mut candidates: Vec<Candidate> = Vec::new();
    // Eliminated posts, by the reference a report would use for them (id, or name when
    // managers are given by name; lower case) -> their own manager reference, or `None`
    // when several posts of that name report to different managers.
    let mut eliminated: HashMap<String, Option<String>> = HashMap::new();
    let by_name = mapping.manager_ref == Some(ManagerRef::Names);
    for row in &table.rows {
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            report.skipped.push(Skipped {
                line: row.line,
                reason: "empty row".into(),
            });
            continue;
        }
        let (id, raw_name, title) = (
            cell(row, Field::Id),
            cell(row, Field::Name),
            cell(row, Field::Title),
        );
        let lowered = raw_name.to_lowercase();
        if ELIMINATED.contains(&lowered.as_str()) {
            report.skipped.push(Skipped {
                line: row.line,
                reason: format!("eliminated post (\"{raw_name}\")"),
            });
            let key = if by_name {
                lowered.clone()
            } else {
                id.to_lowercase()
            };
            if !key.is_empty() {
                let up = cell(row, Field::Manager);
                let same = |known: &Option<String>| known.as_ref() == Some(&up);
                match eliminated.get(&key) {
                    None => {
                        eliminated.insert(key, Some(up));
                    }
                    Some(known) if !same(known) => {
                        eliminated.insert(key, None);
                    }
                    Some(_) => {}
                }
            }
            continue;
        }
        let vacant = VACANT.contains(&lowered.as_str())
            || (raw_name.is_empty() && !id.is_empty() && mapping.column(Field::Name).is_some());
        if raw_name.is_empty() && id.is_empty() {
            report.skipped.push(Skipped {
                line: row.line,
                reason: "no name and no id".into(),
            });
            continue;
        }
        let undisclosed = !vacant && UNDISCLOSED.contains(&lowered.as_str());
        let name = if vacant {
            if title.is_empty() {
                "Open role".to_owned()
            } else {
                format!("Open role — {title}")
            }
        } else if undisclosed {
            // The card then says what the person does, which is what the room needs.
            if title.is_empty() {
                format!("{NOT_DISCLOSED} (line {})", row.line)
            } else {
                title.clone()
            }
        } else if raw_name.is_empty() {
            format!("Person {id}")
        } else {
            raw_name
        };
        let title = if undisclosed {
            NOT_DISCLOSED.to_owned()
        } else {
            title
        };
        let mut read_amount = |field: Field| -> Option<u32> {
            let value = cell(row, field);
            parse_amount(&value).unwrap_or_else(|NotAnAmount| {
                report.unreadable.push(Unreadable {
                    line: row.line,
                    column: header(field),
                    value,
                });
                None
            })
        };
        let cost = match (
            mapping.column(Field::Cost),
            mapping.column(Field::PayMin),
            mapping.column(Field::PayMax),
        ) {
            (Some(_), _, _) => read_amount(Field::Cost),
            (None, Some(_), Some(_)) => {
                match (read_amount(Field::PayMin), read_amount(Field::PayMax)) {
                    (Some(a), Some(b)) => Some(((u64::from(a) + u64::from(b)) / 2) as u32),
                    (a, b) => a.or(b),
                }
            }
            (None, Some(_), None) => read_amount(Field::PayMin),
            (None, None, Some(_)) => read_amount(Field::PayMax),
            (None, None, None) => None,
        };
        candidates.push(Candidate {
            row,
            id,
            name,
            title,
            team: cell(row, Field::Team),
            hint: cell(row, Field::Organisation),
            cost,
            notes: cell(row, Field::Notes),
            manager_ref: cell(row, Field::Manager),
            open_role: vacant,
        });
    }
    // Whoever reported to an eliminated post reports to that post's manager (through a
    // chain of eliminated posts, as far as it goes).
    if !eliminated.is_empty() {
        for c in &mut candidates {
            let mut steps = 0;
            while let Some(Some(up)) = eliminated.get(&c.manager_ref.trim().to_lowercase()) {
                c.manager_ref = up.clone();
                steps += 1;
                if steps > eliminated.len() {
                    break;
                }
            }
            if steps > 0 {
                report.repointed.push(c.row.line);
            }
        }
    }
    report.cost_from = cost_source(mapping, table);
    check_costs(&candidates, &mut report);
    if candidates.is_empty() {
        return Err(format!(
            "none of its {} holds a person (see the rows skipped)",
            crate::model::counted(table.rows.len(), "row", "rows")
        ));
    }
    assign_ids(
        &mut candidates,
        mapping.column(Field::Id).is_some(),
        &mut report,
    );
    report.open_roles = candidates.iter().filter(|c| c.open_role).count();
    report.people = candidates.len() - report.open_roles;
    let managers = resolve_managers(&candidates, mapping, &mut report);
    let mut design = assemble(&candidates, &managers, mapping, file, &mut report);
    // The choices are kept so the next export of the same system imports in one click; every
    // team's organisation is kept, the suggested ones too, so the next import is identical.
    let mut kept = mapping.clone();
    kept.set_team_modes(report.teams.iter().map(|t| (t.name.as_str(), t.mode)));
    design.import = Some(kept.recipe(table));
    let problems = validate(&design);
    if let Some(problem) = problems.first() {
        return Err(format!("the imported design is not consistent: {problem}"));
    }
    Ok(Imported { design, report })
}

/// Where costs come from, in words for the report.
fn cost_source(mapping: &Mapping, table: &Table) -> String {
    let header = |c: usize| table.headers.get(c).cloned().unwrap_or_default();
    match (
        mapping.column(Field::Cost),
        mapping.column(Field::PayMin),
        mapping.column(Field::PayMax),
    ) {
        (Some(c), _, _) => format!("column {}", header(c)),
        (None, Some(a), Some(b)) => format!(
            "the midpoint of {} and {} (a pay range, not actual pay)",
            header(a),
            header(b)
        ),
        (None, Some(c), None) | (None, None, Some(c)) => {
            format!("column {} (one end of a pay range)", header(c))
        }
        (None, None, None) => String::new(),
    }
}

/// How far above the median a cost is before it is listed to check.
const COST_OUTLIER: u64 = 20;

/// Lists costs worth a second look: 0, or more than [`COST_OUTLIER`] times the median.
fn check_costs(candidates: &[Candidate], report: &mut Report) {
    let mut costs: Vec<u32> = candidates.iter().filter_map(|c| c.cost).collect();
    if costs.is_empty() {
        return;
    }
    costs.sort_unstable();
    let median = u64::from(costs[costs.len() / 2]);
    for c in candidates {
        let Some(cost) = c.cost else { continue };
        let high = median > 0 && u64::from(cost) > median * COST_OUTLIER;
        if cost == 0 || high {
            report.costs_to_check.push(Unreadable {
                line: c.row.line,
                column: c.name.clone(),
                value: if cost == 0 {
                    "0".to_owned()
                } else {
                    format!("{cost} (median {median})")
                },
            });
        }
    }
}

/// Ids as given (or p001… when the file has none); a repeated id is renamed `ID-2`, `ID-3`,
/// never to an id the file itself gives someone (ids `X, X, X-2`: the second `X` becomes
/// `X-3`, so whoever reports to `X-2` still does). Linear in the rows, however many share
/// one id.
fn assign_ids(candidates: &mut [Candidate], has_ids: bool, report: &mut Report) {
    for (k, c) in candidates.iter_mut().enumerate() {
        if !has_ids || c.id.is_empty() {
            c.id = format!("p{:03}", k + 1);
        }
    }
    let given: std::collections::HashSet<String> =
        candidates.iter().map(|c| c.id.clone()).collect();
    // Id -> line of the row that has it; base id -> next suffix to try, and its entry in the
    // report.
    let mut seen: HashMap<String, u64> = HashMap::with_capacity(candidates.len());
    let mut next: HashMap<String, (u64, usize)> = HashMap::new();
    for c in candidates.iter_mut() {
        let line = c.row.line;
        let Some(&first_line) = seen.get(&c.id) else {
            seen.insert(c.id.clone(), line);
            continue;
        };
        let base = std::mem::take(&mut c.id);
        let (n, entry) = next.entry(base.clone()).or_insert_with(|| {
            report.duplicate_ids.push(Duplicate {
                id: base.clone(),
                lines: vec![first_line],
                renamed_to: Vec::new(),
            });
            (2, report.duplicate_ids.len() - 1)
        });
        let renamed = loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if !given.contains(&candidate) && !seen.contains_key(&candidate) {
                break candidate;
            }
        };
        seen.insert(renamed.clone(), line);
        let d = &mut report.duplicate_ids[*entry];
        d.lines.push(line);
        d.renamed_to.push(renamed.clone());
        c.id = renamed;
    }
}

/// Each candidate's manager (an index), with unmatched references, self-references and
/// cycles reported; a cycle is broken at its first row in file order.
fn resolve_managers(
    candidates: &[Candidate],
    mapping: &Mapping,
    report: &mut Report,
) -> Vec<Option<usize>> {
    let by = mapping.manager_ref;
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, c) in candidates.iter().enumerate() {
        by_id.entry(c.id.to_lowercase()).or_insert(k);
        if !c.open_role {
            by_name.entry(c.name.to_lowercase()).or_default().push(k);
        }
    }
    let mut manager: Vec<Option<usize>> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let value = c.manager_ref.trim();
            if value.is_empty() {
                return None;
            }
            let key = value.to_lowercase();
            let found = match by.unwrap_or(ManagerRef::Ids) {
                ManagerRef::Ids => by_id.get(&key).copied(),
                ManagerRef::Names => match by_name.get(&key).map(Vec::as_slice) {
                    Some([only]) => Some(*only),
                    Some(several) => {
                        // Two people with one name (a person is never their own manager).
                        let others: Vec<usize> =
                            several.iter().copied().filter(|&m| m != k).collect();
                        if let [only] = others[..] {
                            return Some(only);
                        }
                        // The one in the row's own team, when exactly one is.
                        let team = c.team.trim();
                        let same_team: Vec<usize> = others
                            .iter()
                            .copied()
                            .filter(|_| !team.is_empty())
                            .filter(|&m| candidates[m].team.trim().eq_ignore_ascii_case(team))
                            .collect();
                        if let [one] = same_team[..] {
                            report.resolved_by_team.push(c.row.line);
                            return Some(one);
                        }
                        // Otherwise the one the user picked in the import dialog, if any.
                        let picked = mapping.chosen_manager(c.row.line).and_then(|id| {
                            others
                                .iter()
                                .copied()
                                .find(|&m| candidates[m].id.eq_ignore_ascii_case(id))
                        });
                        report.ambiguous_managers.push(Ambiguous {
                            line: c.row.line,
                            value: value.to_owned(),
                            candidates: others.iter().map(|&m| candidates[m].id.clone()).collect(),
                            chosen: picked.map(|m| candidates[m].id.clone()),
                        });
                        return picked;
                    }
                    None => None,
                },
            };
            match found {
                Some(m) if m != k => Some(m),
                Some(_) => {
                    report.unmatched_managers.push(Unmatched {
                        line: c.row.line,
                        value: format!("{value} (the row itself)"),
                    });
                    None
                }
                None => {
                    report.unmatched_managers.push(Unmatched {
                        line: c.row.line,
                        value: value.to_owned(),
                    });
                    None
                }
            }
        })
        .collect();
    // Cycles: walk up from each row; a walk that meets itself is a cycle.
    let n = candidates.len();
    let mut state = vec![0u8; n];
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        let mut walk = Vec::new();
        let mut cur = Some(start);
        while let Some(p) = cur {
            match state[p] {
                0 => {
                    state[p] = 1;
                    walk.push(p);
                    cur = manager[p];
                }
                1 => {
                    if let Some(pos) = walk.iter().position(|&w| w == p) {
                        let cycle = &walk[pos..];
                        let first = cycle
                            .iter()
                            .copied()
                            .min_by_key(|&k| candidates[k].row.line);
                        if let Some(first) = first {
                            manager[first] = None;
                            report.cycles.push(Cycle {
                                line: candidates[first].row.line,
                                names: cycle.iter().map(|&k| candidates[k].name.clone()).collect(),
                            });
                        }
                    }
                    cur = None;
                }
                _ => cur = None,
            }
        }
        for p in walk {
            state[p] = 2;
        }
    }
    manager
}

fn assemble(
    candidates: &[Candidate],
    manager: &[Option<usize>],
    mapping: &Mapping,
    file: &str,
    report: &mut Report,
) -> Design {
    // The catalogue of skills, work styles and sponsors comes from the blank template,
    // parsed once per process.
    static TEMPLATE: std::sync::OnceLock<Design> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(|| builtin(TEMPLATE_RON)).clone();
    // Teams in order of first appearance; names compared without case.
    let mut teams: Vec<(String, Vec<usize>)> = Vec::new();
    let mut team_index: HashMap<String, usize> = HashMap::new();
    let mut team_of: Vec<Option<usize>> = vec![None; candidates.len()];
    for (k, c) in candidates.iter().enumerate() {
        if c.team.is_empty() {
            continue;
        }
        let t = *team_index.entry(c.team.to_lowercase()).or_insert_with(|| {
            teams.push((c.team.clone(), Vec::new()));
            teams.len() - 1
        });
        teams[t].1.push(k);
        team_of[k] = Some(t);
    }
    let below = people_below(manager);
    let tops: Vec<usize> = (0..candidates.len())
        .filter(|&k| manager[k].is_none())
        .collect();
    let cio = tops
        .iter()
        .copied()
        .filter(|&k| !candidates[k].open_role)
        .max_by_key(|&k| (below[k], std::cmp::Reverse(k)));
    // The top person sits in the organisation they lead, not in a team of their own
    // ("Office of the CIO"): their department heads then report up their own line, and
    // whoever else is in that team is led from it as any team is.
    if let Some(top) = cio
        && let Some(t) = team_of[top].take()
    {
        teams[t].1.retain(|&k| k != top);
    }
    let mut units = vec![Unit {
        id: "it".into(),
        name: "IT (as imported)".into(),
        kind: UnitKind::Organisation,
        mode: Mode::Mixed,
        leader: cio.map(|k| candidates[k].id.clone()),
        profile: Profile::default(),
    }];
    let mut structure = vec![UnitSlot {
        unit: "it".into(),
        parent: None,
    }];
    let chosen_modes = mapping.team_modes();
    let mut unit_of = vec!["it".to_owned(); candidates.len()];
    let mut unit_ids: std::collections::HashSet<String> =
        std::iter::once("it".to_owned()).collect();
    for (t, (name, members)) in teams.iter().enumerate() {
        if members.is_empty() {
            continue;
        }
        let mut id = format!("team-{}", slug(name));
        while unit_ids.contains(&id) {
            id.push_str("-2");
        }
        unit_ids.insert(id.clone());
        // The rows' organisation hints decide when most of them name one organisation;
        // otherwise the team's name does.
        let suggested = hinted_mode(members.iter().map(|&k| candidates[k].hint.as_str()))
            .or_else(|| suggest_mode(name));
        let mode = chosen_modes
            .get(&name.to_lowercase())
            .copied()
            .unwrap_or(suggested.unwrap_or(Mode::Mixed));
        // The lead: a member whose manager is outside the team, with most people below.
        let lead = members
            .iter()
            .copied()
            .filter(|&k| !candidates[k].open_role)
            .filter(|&k| manager[k].is_none_or(|m| team_of[m] != Some(t)))
            .max_by_key(|&k| (below[k], std::cmp::Reverse(k)));
        report.teams.push(TeamFound {
            name: name.clone(),
            suggested: suggested.map_or("decide later".to_owned(), |m| m.label().to_owned()),
            mode,
            people: members
                .iter()
                .filter(|&&k| !candidates[k].open_role)
                .count(),
        });
        units.push(Unit {
            id: id.clone(),
            name: name.clone(),
            kind: UnitKind::Team,
            mode,
            leader: lead.map(|k| candidates[k].id.clone()),
            profile: Profile::default(),
        });
        structure.push(UnitSlot {
            unit: id.clone(),
            parent: Some("it".into()),
        });
        for &k in members {
            unit_of[k] = id.clone();
        }
    }
    report.tops = tops.iter().map(|&k| candidates[k].name.clone()).collect();
    let people: Vec<Person> = candidates
        .iter()
        .map(|c| Person {
            id: c.id.clone(),
            name: c.name.clone(),
            title: c.title.clone(),
            skills: Vec::new(),
            work_style: Vec::new(),
            // An HR export does not say; never assume low.
            flight_risk: FlightRisk::Unknown,
            annual_cost: c.cost,
            notes: c.notes.clone(),
            open_role: c.open_role,
        })
        .collect();
    let placements = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| Placement {
            person: c.id.clone(),
            unit: unit_of[k].clone(),
            manager: manager[k].map(|m| candidates[m].id.clone()),
            dotted: Vec::new(),
        })
        .collect();
    Design {
        format_version: FORMAT_VERSION,
        title: format!("Imported from {file}"),
        notes: summary(report),
        skills: template.skills,
        work_styles: template.work_styles,
        people: people.into(),
        units,
        sponsors: template.sponsors,
        scenarios: vec![Scenario {
            id: "today".into(),
            name: "Today — as imported".into(),
            notes: String::new(),
            structure,
            sponsors: Vec::new(),
            placements,
            pinned: Vec::new(),
            risk_overrides: Vec::new(),
            trainings: Vec::new(),
        }],
        settings: Settings::default(),
        import: None,
    }
}

/// How many people sit below each person, in one pass over the (cycle-free) forest: tops
/// first, then each level, then sizes added up from the deepest level.
fn people_below(manager: &[Option<usize>]) -> Vec<usize> {
    let n = manager.len();
    let mut children = vec![Vec::new(); n];
    for (p, m) in manager.iter().enumerate() {
        if let Some(m) = m {
            children[*m].push(p);
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&p| manager[p].is_none()).collect();
    let mut i = 0;
    while i < order.len() {
        let p = order[i];
        order.extend(children[p].iter().copied());
        i += 1;
    }
    let mut below = vec![0usize; n];
    for &p in order.iter().rev() {
        if let Some(m) = manager[p] {
            below[m] += below[p] + 1;
        }
    }
    below
}
