//! Which column of an export holds which Orgsplit field, guessed from the headers ("Employee
//! ID", "Reports To", "Job Title", "Salary", …) and overridable by the user.

use super::table::Table;
use crate::model::{ColumnChoice, ImportRecipe, Mode, TeamChoice};

pub use crate::model::{ImportField as Field, ManagerRef};

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Id,
        Field::Name,
        Field::Title,
        Field::Manager,
        Field::Team,
        Field::Organisation,
        Field::Cost,
        Field::PayMin,
        Field::PayMax,
        Field::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::Title => "title",
            Field::Manager => "manager reference",
            Field::Team => "team or department",
            Field::Organisation => "organisation hint",
            Field::Cost => "annual cost",
            Field::PayMin => "pay range minimum",
            Field::PayMax => "pay range maximum",
            Field::Notes => "notes",
        }
    }

    /// Header words that suggest the field, most telling first (compared lower-case, with
    /// punctuation as spaces).
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Id => &[
                "employee id",
                "employee number",
                "person id",
                "staff id",
                "post unique reference",
                "unique reference",
                "emp id",
                "id",
            ],
            Field::Name => &[
                "full name",
                "employee name",
                "name",
                "display name",
                "person",
                "employee",
            ],
            Field::Title => &[
                "job title",
                "title",
                "position",
                "role",
                "job",
                "grade title",
            ],
            Field::Manager => &[
                "manager id",
                "reports to",
                "reporting to",
                "line manager",
                "manager",
                "supervisor",
                "reports to senior post",
                "boss",
            ],
            Field::Team => &[
                "team",
                "department",
                "unit",
                "organisational unit",
                "organizational unit",
                "division",
                "cost centre",
                "cost center",
            ],
            Field::Cost => &[
                "annual cost",
                "salary",
                "annual salary",
                "cost",
                "pay",
                "compensation",
            ],
            Field::PayMin => &[
                "pay floor",
                "actual pay floor",
                "payscale minimum",
                "pay scale minimum",
                "pay range minimum",
                "salary min",
                "minimum pay",
                "pay min",
            ],
            Field::PayMax => &[
                "pay ceiling",
                "actual pay ceiling",
                "payscale maximum",
                "pay scale maximum",
                "pay range maximum",
                "salary max",
                "maximum pay",
                "pay max",
            ],
            Field::Organisation => &[
                "organisation",
                "organization",
                "target organisation",
                "target organization",
                "legacy or interaction",
                "org",
            ],
            Field::Notes => &["notes", "comments", "remarks"],
        }
    }
}

/// Field → column index, how managers are referred to, and the organisation chosen for
/// each team (teams not listed get the one their name suggests, or wait undecided).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    pub columns: Vec<(Field, usize)>,
    pub manager_ref: Option<ManagerRef>,
    pub teams: Vec<TeamChoice>,
    /// The manager the user picked for a row whose manager name matches several people:
    /// the row's line and the picked person's id. Not kept in the design's recipe: next
    /// month's export has other lines.
    pub chosen_managers: Vec<(u64, String)>,
}

impl Mapping {
    pub fn column(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| *c)
    }

    /// The organisation chosen for `team` (names compared without case), if one was.
    pub fn team_mode(&self, team: &str) -> Option<Mode> {
        self.teams
            .iter()
            .find(|t| t.team.eq_ignore_ascii_case(team))
            .map(|t| t.mode)
    }

    /// Chooses the organisation of `team`, replacing any earlier choice.
    pub fn set_team_mode(&mut self, team: &str, mode: Mode) {
        self.teams.retain(|t| !t.team.eq_ignore_ascii_case(team));
        self.teams.push(TeamChoice {
            team: team.to_owned(),
            mode,
        });
    }

    /// Chooses the organisation of every team in `choices` at once, replacing earlier
    /// choices of those teams and keeping the others: one pass, however many teams.
    pub fn set_team_modes<'a>(&mut self, choices: impl Iterator<Item = (&'a str, Mode)>) {
        let choices: Vec<(&str, Mode)> = choices.collect();
        let replaced: std::collections::HashSet<String> =
            choices.iter().map(|(t, _)| t.to_lowercase()).collect();
        self.teams
            .retain(|t| !replaced.contains(&t.team.to_lowercase()));
        self.teams
            .extend(choices.into_iter().map(|(team, mode)| TeamChoice {
                team: team.to_owned(),
                mode,
            }));
    }

    /// Every team's chosen organisation, by its name in lower case, for looking many up.
    pub fn team_modes(&self) -> std::collections::HashMap<String, Mode> {
        let mut modes = std::collections::HashMap::with_capacity(self.teams.len());
        for t in &self.teams {
            modes.entry(t.team.to_lowercase()).or_insert(t.mode);
        }
        modes
    }

    /// The mapping by header names, to keep in the design.
    pub fn recipe(&self, table: &Table) -> ImportRecipe {
        ImportRecipe {
            columns: self
                .columns
                .iter()
                .filter_map(|&(field, c)| {
                    table.headers.get(c).map(|h| ColumnChoice {
                        field,
                        header: h.clone(),
                    })
                })
                .collect(),
            manager_ref: self.manager_ref,
            teams: self.teams.clone(),
        }
    }

    /// A kept recipe applied to a new export: columns found by header (without case); fields
    /// whose header is gone are guessed again.
    pub fn from_recipe(recipe: &ImportRecipe, table: &Table) -> Mapping {
        let mut mapping = guess_mapping(table);
        for choice in &recipe.columns {
            if let Some(c) = table
                .headers
                .iter()
                .position(|h| h.eq_ignore_ascii_case(&choice.header))
            {
                mapping
                    .columns
                    .retain(|&(f, col)| f != choice.field && col != c);
                mapping.columns.push((choice.field, c));
            }
        }
        if recipe.manager_ref.is_some() {
            mapping.manager_ref = recipe.manager_ref;
        }
        mapping.teams = recipe.teams.clone();
        mapping
    }

    /// The manager picked for the row on `line`, if one was.
    pub fn chosen_manager(&self, line: u64) -> Option<&str> {
        self.chosen_managers
            .iter()
            .find(|(l, _)| *l == line)
            .map(|(_, id)| id.as_str())
    }

    /// Picks `id` as the manager of the row on `line`, replacing any earlier pick.
    pub fn choose_manager(&mut self, line: u64, id: &str) {
        self.chosen_managers.retain(|(l, _)| *l != line);
        self.chosen_managers.push((line, id.to_owned()));
    }

    /// Uses `column` for `field` (or none), replacing any earlier choice.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.columns.retain(|(f, _)| *f != field);
        if let Some(c) = column {
            self.columns.push((field, c));
        }
    }
}

/// A header or name compared loosely: lower case, punctuation as spaces, single spaces.
pub(super) fn normalise(header: &str) -> String {
    header
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that make a header about something other than one person's own pay: the pay of
/// their reports ("Salary Cost of Reports (£)"), a total, a budget. A guess never takes
/// such a column as a person's cost (the user still can).
const NOT_OWN_PAY: [&str; 7] = [
    "reports",
    "report",
    "total",
    "totals",
    "budget",
    "team",
    "headcount",
];

/// Whether `header` (normalised) may be guessed as `field`.
fn may_guess(field: Field, header: &str) -> bool {
    let pay = matches!(field, Field::Cost | Field::PayMin | Field::PayMax);
    let has = |words: &[&str]| header.split(' ').any(|w| words.contains(&w));
    // A floor or a ceiling is half of a range, not a person's cost.
    let range_end = field == Field::Cost
        && has(&[
            "floor", "ceiling", "minimum", "maximum", "min", "max", "range",
        ]);
    !(pay && has(&NOT_OWN_PAY) || range_end)
}

/// The best column for each field from the headers: an exact synonym first, else a header
/// that contains one; each column serves one field at most.
pub fn guess_mapping(table: &Table) -> Mapping {
    let headers: Vec<String> = table.headers.iter().map(|h| normalise(h)).collect();
    let mut mapping = Mapping::default();
    let mut taken = vec![false; headers.len()];
    for exact in [true, false] {
        for field in Field::ALL {
            if mapping.column(field).is_some() {
                continue;
            }
            let found = field.synonyms().iter().find_map(|syn| {
                headers.iter().enumerate().position(|(i, h)| {
                    !taken[i]
                        && may_guess(field, h)
                        && if exact {
                            h == syn
                        } else {
                            format!(" {h} ").contains(&format!(" {syn} "))
                        }
                })
            });
            if let Some(column) = found {
                taken[column] = true;
                mapping.set(field, Some(column));
            }
        }
    }
    mapping.manager_ref = guess_manager_ref(table, &mapping);
    mapping
}

/// Whether the manager column holds ids or names: whichever more of its values match.
pub fn guess_manager_ref(table: &Table, mapping: &Mapping) -> Option<ManagerRef> {
    let manager = mapping.column(Field::Manager)?;
    let values = |field: Field| -> std::collections::HashSet<String> {
        mapping.column(field).map_or_else(Default::default, |c| {
            table
                .rows
                .iter()
                .map(|r| table.cell(r, c).to_lowercase())
                .collect()
        })
    };
    let (ids, names) = (values(Field::Id), values(Field::Name));
    let (mut by_id, mut by_name) = (0, 0);
    for row in &table.rows {
        let value = table.cell(row, manager).to_lowercase();
        if value.is_empty() {
            continue;
        }
        by_id += usize::from(ids.contains(&value));
        by_name += usize::from(names.contains(&value));
    }
    Some(if by_name > by_id {
        ManagerRef::Names
    } else {
        ManagerRef::Ids
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::table::read_table;

    #[test]
    fn common_hr_headers_are_recognised() {
        let t = read_table(
            "Employee ID,Full Name,Job Title,Reports To,Department,Salary,Comments\n1,Ana,Dev,,IT,1,\n",
        )
        .expect("reads");
        let m = guess_mapping(&t);
        assert_eq!(m.column(Field::Id), Some(0));
        assert_eq!(m.column(Field::Name), Some(1));
        assert_eq!(m.column(Field::Title), Some(2));
        assert_eq!(m.column(Field::Manager), Some(3));
        assert_eq!(m.column(Field::Team), Some(4));
        assert_eq!(m.column(Field::Cost), Some(5));
        assert_eq!(m.column(Field::Notes), Some(6));
        let t = read_table("Post Unique Reference,Name,Supervisor,Unit\n1,A,,x\n").expect("reads");
        let m = guess_mapping(&t);
        assert_eq!(
            (
                m.column(Field::Id),
                m.column(Field::Manager),
                m.column(Field::Team)
            ),
            (Some(0), Some(2), Some(3))
        );
    }

    #[test]
    fn the_manager_column_is_read_as_names_when_names_match() {
        let t =
            read_table("id,name,manager\n1,Ana Silva,\n2,Bo Berg,Ana Silva\n3,Cy Dahl,Ana Silva\n")
                .expect("reads");
        assert_eq!(guess_mapping(&t).manager_ref, Some(ManagerRef::Names));
        let t = read_table("id,name,manager\n1,Ana,\n2,Bo,1\n").expect("reads");
        assert_eq!(guess_mapping(&t).manager_ref, Some(ManagerRef::Ids));
    }
}
