//! `orgsplit risks`: knowledge risk per organisation of one option — the bus factor and the
//! chance of losing every holder of each critical skill, the truck factor, and the most
//! damaging departures.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{EXIT_OK, EXIT_PROBLEMS, load_scenario, print_json};
use crate::analysis::{NO_SKILLS_RECORDED, OrgKnowledge, knowledge};
use crate::model::{Design, counted};

#[derive(Serialize)]
struct JsonSkill {
    skill: String,
    name: String,
    level: u8,
    holders: Vec<String>,
    bus_factor: usize,
    /// Rounded to four decimals: no float noise (0.4000000059604645), small chances kept.
    /// Left out in privacy mode: it is worked out from flight risk.
    #[serde(skip_serializing_if = "Option::is_none")]
    loss_chance: Option<f64>,
    /// Learners in planned training to the level: covered when it completes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    in_training: Vec<String>,
    /// Holders in the option's other organisations: mentors or loans.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    held_elsewhere: Vec<String>,
}

#[derive(Serialize)]
struct JsonSkillLevel {
    skill: String,
    level: u8,
}

#[derive(Serialize)]
struct JsonDeparture {
    person: String,
    uncovers: Vec<JsonSkillLevel>,
    leaves_sole: Vec<JsonSkillLevel>,
}

#[derive(Serialize)]
struct JsonOrg {
    organisation: String,
    name: String,
    /// People placed (open roles apart) and how many of them have skills recorded: with
    /// none, the skills below say nothing.
    people: usize,
    skills_recorded: usize,
    skills: Vec<JsonSkill>,
    truck_factor: Option<Vec<String>>,
    most_damaging: Vec<JsonDeparture>,
}

#[derive(Serialize)]
struct JsonRisks {
    file: String,
    scenario: String,
    /// True when the design's privacy mode left flight risk and the chances out.
    flight_risk_hidden: bool,
    organisations: Vec<JsonOrg>,
}

/// How a report is printed: as JSON or lines, and whether what the design's privacy mode
/// hides is shown anyway (`--show-private`, for the facilitator).
#[derive(Debug, Clone, Copy, Default)]
pub struct Report {
    pub json: bool,
    pub show_private: bool,
}

/// The design of `path` and the option asked for, with privacy mode turned off for this
/// report when `--show-private` asks.
fn load_for_report(
    path: &Path,
    scenario: Option<&str>,
    report: Report,
    out: &mut dyn Write,
) -> Result<(Design, usize), i32> {
    let (mut design, index) = load_scenario(path, scenario, out)?;
    if report.show_private {
        design.settings.privacy.hide_sensitive = false;
    }
    Ok((design, index))
}

/// Prints the knowledge risk of one option (`--scenario ID`, else the first): exit 1 on an
/// unknown option (listing the ids), 2 when the design cannot be read. In privacy mode,
/// flight risk and the chances worked out from it are left out unless `show_private`.
pub fn risks(path: &Path, scenario: Option<&str>, report: Report, out: &mut dyn Write) -> i32 {
    let (design, index) = match load_for_report(path, scenario, report, out) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let orgs = knowledge(&design, index);
    let option = &design.scenarios[index];
    let private = design.settings.privacy.hide_sensitive;
    if report.json {
        let report = JsonRisks {
            file: path.display().to_string(),
            scenario: option.id.clone(),
            flight_risk_hidden: private,
            organisations: orgs.iter().map(|o| json_org(&design, o)).collect(),
        };
        print_json(out, path, &report);
        return EXIT_OK;
    }
    let _ = writeln!(out, "{} ({})", option.name, option.id);
    if private {
        let _ = writeln!(
            out,
            "Privacy mode: flight risk and the chances worked out from it are hidden \
             (--show-private shows them)."
        );
    }
    for org in &orgs {
        write_org(&design, index, org, out);
    }
    EXIT_OK
}

/// "16%", "under 1%".
fn chance(p: f64) -> String {
    if p < 0.005 {
        "under 1%".to_owned()
    } else {
        format!("{:.0}%", p * 100.0)
    }
}

/// Names, the first [`NAMES_SHOWN`] of a long list and how many more (`--json` has all).
fn names(design: &Design, people: &[usize]) -> String {
    let mut text = people
        .iter()
        .take(NAMES_SHOWN)
        .map(|&p| design.people[p].name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if people.len() > NAMES_SHOWN {
        text.push_str(&format!(" and {} more", people.len() - NAMES_SHOWN));
    }
    text
}

/// How many names a line of the text report lists.
const NAMES_SHOWN: usize = 8;

fn skill_names(design: &Design, skills: &[(usize, u8)]) -> String {
    skills
        .iter()
        .map(|&(k, level)| format!("{} {level}+", design.skills[k].name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "; Lena Berg (Customer Interaction IT, level 4) holds it elsewhere in the option".
fn elsewhere(design: &Design, scenario: usize, held: &[(usize, u8)]) -> String {
    if held.is_empty() {
        return String::new();
    }
    let option = &design.scenarios[scenario];
    let named: Vec<String> = held
        .iter()
        .take(NAMES_SHOWN)
        .map(|&(p, level)| {
            let org = option
                .placement_of(&design.people[p].id)
                .and_then(|seat| design.organisation_of(scenario, &seat.unit))
                .map_or(String::new(), |o| format!("{}, ", o.name));
            format!("{} ({org}level {level})", design.people[p].name)
        })
        .collect();
    format!(
        "\n      held in another organisation by {}: a mentor or a loan",
        named.join(", ")
    )
}

fn write_org(design: &Design, scenario: usize, org: &OrgKnowledge, out: &mut dyn Write) {
    let option = &design.scenarios[scenario];
    let _ = writeln!(out, "  {}", design.units[org.organisation].name);
    if org.skills.is_empty() {
        let _ = writeln!(out, "    no critical skills of its area");
        return;
    }
    if org.unknown() {
        let _ = writeln!(out, "    {NO_SKILLS_RECORDED}");
        return;
    }
    for s in &org.skills {
        let holders = match s.holders.len() {
            0 => "nobody".to_owned(),
            n => format!(
                "{} ({})",
                counted(n, "holder", "holders"),
                names(design, &s.holders)
            ),
        };
        let chance = if design.settings.privacy.hide_sensitive {
            String::new()
        } else {
            format!(
                "; chance of losing every holder within 12 months {}",
                chance(s.loss_chance)
            )
        };
        let _ = writeln!(
            out,
            "    {} (level {}+): {holders}; bus factor {}{chance}{}",
            design.skills[s.skill].name,
            s.level,
            s.bus_factor,
            if s.holders.len() <= 1 {
                elsewhere(design, scenario, &s.elsewhere)
            } else {
                String::new()
            }
        );
        if !s.planned.is_empty() {
            let _ = writeln!(
                out,
                "      in training: {} (covered when the training completes)",
                names(design, &s.planned)
            );
        }
    }
    let held = org.skills_held();
    match &org.truck_factor {
        Some(people) => {
            let _ = writeln!(
                out,
                "    truck factor {}: {} leaving would leave nobody holding {} held today",
                people.len(),
                names(design, people),
                match held {
                    1 => "the one critical skill".to_owned(),
                    n => format!("at least half of the {n} critical skills"),
                }
            );
        }
        None => {
            let _ = writeln!(out, "    truck factor: no critical skill is held today");
        }
    }
    if org.most_damaging.is_empty() {
        let _ = writeln!(
            out,
            "    no single departure uncovers a skill or leaves one holder"
        );
    }
    for d in &org.most_damaging {
        let mut parts = Vec::new();
        if !d.uncovers.is_empty() {
            parts.push(format!(
                "nobody left holding {}",
                skill_names(design, &d.uncovers)
            ));
        }
        if !d.leaves_sole.is_empty() {
            parts.push(format!(
                "one holder left of {}",
                skill_names(design, &d.leaves_sole)
            ));
        }
        let person = &design.people[d.person];
        let risk = if design.settings.privacy.hide_sensitive {
            String::new()
        } else {
            format!(" ({})", option.flight_risk_words(person))
        };
        let _ = writeln!(
            out,
            "    if {} leaves{risk}: {}",
            person.name,
            parts.join("; ")
        );
    }
}

fn json_org(design: &Design, org: &OrgKnowledge) -> JsonOrg {
    let ids = |people: &[usize]| -> Vec<String> {
        people
            .iter()
            .map(|&p| design.people[p].id.clone())
            .collect()
    };
    let skill_ids = |skills: &[(usize, u8)]| -> Vec<JsonSkillLevel> {
        skills
            .iter()
            .map(|&(k, level)| JsonSkillLevel {
                skill: design.skills[k].id.clone(),
                level,
            })
            .collect()
    };
    let unit = &design.units[org.organisation];
    JsonOrg {
        organisation: unit.id.clone(),
        name: unit.name.clone(),
        people: org.people,
        skills_recorded: org.recorded,
        skills: org
            .skills
            .iter()
            .map(|s| JsonSkill {
                skill: design.skills[s.skill].id.clone(),
                name: design.skills[s.skill].name.clone(),
                level: s.level,
                holders: ids(&s.holders),
                bus_factor: s.bus_factor,
                loss_chance: (!design.settings.privacy.hide_sensitive)
                    .then(|| (s.loss_chance * 10_000.0).round() / 10_000.0),
                in_training: ids(&s.planned),
                held_elsewhere: s
                    .elsewhere
                    .iter()
                    .map(|&(p, _)| design.people[p].id.clone())
                    .collect(),
            })
            .collect(),
        truck_factor: org.truck_factor.as_deref().map(ids),
        most_damaging: org
            .most_damaging
            .iter()
            .map(|d| JsonDeparture {
                person: design.people[d.person].id.clone(),
                uncovers: skill_ids(&d.uncovers),
                leaves_sole: skill_ids(&d.leaves_sole),
            })
            .collect(),
    }
}

/// `orgsplit what-if`: what the departure of `leavers` (person ids, comma-separated) would
/// break in one option, without changing the file. Exit 1 on an unknown option or person,
/// 2 when the design cannot be read.
pub fn what_if(
    path: &Path,
    leavers: &str,
    scenario: Option<&str>,
    report: Report,
    out: &mut dyn Write,
) -> i32 {
    let (design, index) = match load_for_report(path, scenario, report, out) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let ids: Vec<String> = leavers
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let lines = match crate::edit::what_if(&design, index, &ids) {
        Ok(w) => w.lines,
        Err(why) => {
            let _ = writeln!(out, "{}: {why}", path.display());
            return EXIT_PROBLEMS;
        }
    };
    if report.json {
        #[derive(Serialize)]
        struct JsonWhatIf<'a> {
            file: String,
            scenario: &'a str,
            leaves: &'a [String],
            changes: &'a [String],
        }
        let report = JsonWhatIf {
            file: path.display().to_string(),
            scenario: &design.scenarios[index].id,
            leaves: &ids,
            changes: &lines,
        };
        print_json(out, path, &report);
        return EXIT_OK;
    }
    let names: Vec<&str> = ids.iter().map(|id| design.person_name(id)).collect();
    let _ = writeln!(
        out,
        "If {} left {} ({}):",
        names.join(" and "),
        design.scenarios[index].name,
        design.scenarios[index].id
    );
    for line in &lines {
        let _ = writeln!(out, "  {line}");
    }
    EXIT_OK
}
