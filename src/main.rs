//! `orgsplit [FILE]` opens the window; `orgsplit check FILE` and `orgsplit fmt FILE` work
//! without one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use orgsplit::export::ExportFormat;
use orgsplit::export::chart::Paper;

/// Orgsplit: design the split of an IT department into a Legacy and an Interaction
/// organisation.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Design file to open (.ron), or an HR export to import (.csv, .xlsx, …); without
    /// one, the built-in sample opens.
    file: Option<PathBuf>,
    /// Print how long the window took to show its first frame.
    #[arg(long)]
    timing: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a design file and list its findings: exit 0 when valid without error-level
    /// findings, 1 when it has problems or errors, 2 when it cannot be read.
    Check {
        file: PathBuf,
        /// Print one JSON report instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Rewrite a valid design file in Orgsplit's canonical layout.
    Fmt { file: PathBuf },
    /// Import an HR export (CSV, TSV or another text table) into a new design: columns are
    /// guessed from the headers unless given; prints a report accounting for every row.
    /// Exit 0 when a design was written, 1 when nothing usable was found or a column given
    /// does not exist, 2 when the file cannot be read.
    Import {
        file: PathBuf,
        /// The design file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Column of ids (header or 1-based number).
        #[arg(long)]
        id: Option<String>,
        /// Column of names.
        #[arg(long)]
        name: Option<String>,
        /// Column of job titles.
        #[arg(long)]
        title: Option<String>,
        /// Column of manager references (ids or names, guessed from the data).
        #[arg(long)]
        manager: Option<String>,
        /// Column of teams or departments.
        #[arg(long)]
        team: Option<String>,
        /// Column of annual costs.
        #[arg(long)]
        cost: Option<String>,
        /// The worksheet of a spreadsheet to read, by name or number from 1 (default: the
        /// first that holds a table).
        #[arg(long)]
        sheet: Option<String>,
        /// The line (or sheet row) of the header, from 1 (default: found under any title
        /// rows).
        #[arg(long = "header-row")]
        header_row: Option<u64>,
        /// A second file of skills and work styles: long (person, skill, level) or wide (a
        /// column per skill). Unknown skills are added with the area their name suggests.
        #[arg(long)]
        skills: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a skills survey of the design: a row per person, a column per skill and work
    /// style (levels 1–5, blank = not assessed), as .xlsx, or CSV when OUT ends in .csv. Exit
    /// 2 when the design cannot be read or the survey written.
    SkillsTemplate {
        file: PathBuf,
        /// The survey file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Apply a filled skills survey (or any skills file) to a design and write the result:
    /// people matched by id, blank cells leave them as they were. Exit 1 when the survey
    /// identifies nobody, 2 when a file cannot be read or written.
    ApplySkills {
        file: PathBuf,
        survey: PathBuf,
        /// The design file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write one option as CSV (UTF-8 with a byte-order mark, for Excel and HR systems): a
    /// row per person with team, organisation, manager, dotted lines and skills. Exit 1 on
    /// an unknown option, 2 when the design cannot be read or the file cannot be written.
    ExportCsv {
        file: PathBuf,
        /// The option's id (default: the first option).
        #[arg(long)]
        scenario: Option<String>,
        /// The CSV file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// An option's chart as SVG, PNG or PDF, or the workshop report of every option as one
    /// self-contained HTML file or as PDF (report-pdf), without a window. Large charts are tiled over PDF pages.
    /// Exit 1 on an unknown option (the ids are listed) or an export that cannot be made,
    /// 2 when the design cannot be read or the output cannot be written.
    Export {
        file: PathBuf,
        /// The option's id (default: the first option); the report has every option.
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Hide cost, flight risk and work-style scores.
        #[arg(long)]
        privacy: bool,
        /// Replace names by pseudonyms ("Person 17 — Mainframe & Core Systems").
        #[arg(long)]
        pseudonymise: bool,
        /// PNG pixels per chart unit (1 = 100% zoom on screen).
        #[arg(long, default_value_t = 2.0)]
        scale: f32,
        /// PDF pages: one chart-sized page (tiled over A3 only if text would be
        /// unreadable), or landscape A4 or A3 pages, tiled when the chart does not fit readably.
        #[arg(long, value_enum, default_value = "fit")]
        paper: Paper,
    },
    /// Knowledge risk of one option: per organisation and critical skill the holders, the
    /// bus factor and the chance of losing every holder within 12 months (from recorded
    /// flight risk); the truck factor; the most damaging departures. Exit 1 on an unknown
    /// option, 2 when the design cannot be read.
    Risks {
        file: PathBuf,
        /// The option's id (default: the first option).
        #[arg(long)]
        scenario: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Show flight risk and the chances worked out from it even when the design is in
        /// privacy mode (for the facilitator's eyes only).
        #[arg(long)]
        show_private: bool,
    },
    /// What would break if these people resigned, in one option, without changing the file:
    /// who takes over their reports, how the findings change, critical skills left with one
    /// holder or none. Exit 1 on an unknown option or person, 2 when the design cannot be read.
    WhatIf {
        file: PathBuf,
        /// Ids of the people who leave, comma-separated.
        #[arg(long)]
        leaves: String,
        /// The option's id (default: the first option).
        #[arg(long)]
        scenario: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Show flight risk even when the design is in privacy mode (for the facilitator's
        /// eyes only).
        #[arg(long)]
        show_private: bool,
    },
    /// Updates a design's staff from a newer HR export (matched by id) into a new design:
    /// leavers leave every option, joiners sit where HR puts them in the baseline and beside
    /// their manager elsewhere, the baseline follows HR's moves and each other option follows
    /// them unless it placed the person itself (then it is kept and listed). Exit 1 when the
    /// export cannot be matched, 2 when a file cannot be read or written.
    Refresh {
        file: PathBuf,
        /// The newer HR export (CSV, TSV, XLSX, XLS or ODS).
        export: PathBuf,
        /// The design file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The worksheet of a spreadsheet to read, by name or number from 1.
        #[arg(long)]
        sheet: Option<String>,
        /// The line (or sheet row) of the header, from 1.
        #[arg(long = "header-row")]
        header_row: Option<u64>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Brings options a colleague made in another design into this one, written as a new
    /// design: ids and names made unique, units, sponsors and skills they use added. People
    /// only the other file has are listed (and added with --add-people). Exit 1 when there
    /// is nothing to bring in or an option is unknown, 2 when a file cannot be read or
    /// written.
    Merge {
        file: PathBuf,
        /// The other design.
        other: PathBuf,
        /// The other design's options to bring in, by id, comma-separated (default: all).
        #[arg(long)]
        options: Option<String>,
        /// Add the people only the other design has to the roster.
        #[arg(long)]
        add_people: bool,
        /// The design file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// What differs between two designs: people added, removed or changed; per option
    /// (by id) added, removed, renamed, and who sits elsewhere; units and settings. Exit 0
    /// when they are the same, 1 when they differ, 2 when a file cannot be read.
    Diff {
        first: PathBuf,
        second: PathBuf,
        /// Print the differences as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A design as plain text, one fact per line, for a version-control diff driver
    /// (see the README). Exit 2 when it cannot be read.
    Describe { file: PathBuf },
    /// The cross-training planner: the fewest learner pairings that bring every critical
    /// skill of one option's organisations to a coverage target. The file is not changed.
    /// Exit 1 on an unknown option, 2 when the design cannot be read.
    Plan {
        file: PathBuf,
        /// The option's id (default: the first option).
        #[arg(long)]
        scenario: Option<String>,
        /// Holders wanted per critical skill and organisation.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=9))]
        holders: u8,
        /// The level a holder needs (1 to 5).
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=5))]
        level: u8,
        /// Highest acceptable chance, in percent, of losing every holder within a year.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u8).range(0..=100))]
        loss_max: u8,
        /// Print the plan as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Compare options side by side: figures per option and organisation, and who is
    /// placed differently from the first option compared. Exit 1 on an unknown option.
    Compare {
        file: PathBuf,
        /// Option ids to compare, comma-separated, the first being the reference
        /// (default: every option, the baseline first).
        #[arg(long)]
        scenarios: Option<String>,
        /// Print the comparison as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn exit(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    // Names in HR files may hold escape sequences: they are shown, never sent.
    let mut stdout = orgsplit::cli::TerminalSafe::new(std::io::stdout());
    match cli.command {
        Some(Command::Check { file, json }) => exit(orgsplit::cli::check(&file, json, &mut stdout)),
        Some(Command::Fmt { file }) => exit(orgsplit::cli::format(&file, &mut stdout)),
        Some(Command::ExportCsv {
            file,
            scenario,
            output,
        }) => exit(orgsplit::cli::export_csv(
            &file,
            scenario.as_deref(),
            &output,
            &mut stdout,
        )),
        Some(Command::Export {
            file,
            scenario,
            format,
            output,
            privacy,
            pseudonymise,
            scale,
            paper,
        }) => exit(orgsplit::cli::export(
            &file,
            scenario.as_deref(),
            orgsplit::export::ExportRequest {
                format,
                scenario: 0,
                privacy: orgsplit::model::Privacy {
                    hide_sensitive: privacy,
                    pseudonymise,
                },
                scale,
                paper,
            },
            &output,
            &mut stdout,
        )),
        Some(Command::Risks {
            file,
            scenario,
            json,
            show_private,
        }) => exit(orgsplit::cli::risks(
            &file,
            scenario.as_deref(),
            orgsplit::cli::Report { json, show_private },
            &mut stdout,
        )),
        Some(Command::Plan {
            file,
            scenario,
            holders,
            level,
            loss_max,
            json,
        }) => exit(orgsplit::cli::plan(
            &file,
            scenario.as_deref(),
            orgsplit::analysis::CoverageTarget {
                holders: usize::from(holders),
                level,
                loss_max: f64::from(loss_max) / 100.0,
            },
            json,
            &mut stdout,
        )),
        Some(Command::WhatIf {
            file,
            leaves,
            scenario,
            json,
            show_private,
        }) => exit(orgsplit::cli::what_if(
            &file,
            &leaves,
            scenario.as_deref(),
            orgsplit::cli::Report { json, show_private },
            &mut stdout,
        )),
        Some(Command::Refresh {
            file,
            export,
            output,
            sheet,
            header_row,
            json,
        }) => exit(orgsplit::cli::refresh(
            &file,
            &export,
            &orgsplit::import::Choice {
                sheet,
                header_line: header_row,
            },
            &output,
            json,
            &mut stdout,
        )),
        Some(Command::Merge {
            file,
            other,
            options,
            add_people,
            output,
            json,
        }) => exit(orgsplit::cli::merge(
            &file,
            &other,
            options.as_deref(),
            add_people,
            &output,
            json,
            &mut stdout,
        )),
        Some(Command::Diff {
            first,
            second,
            json,
        }) => exit(orgsplit::cli::diff(&first, &second, json, &mut stdout)),
        Some(Command::Describe { file }) => exit(orgsplit::cli::describe(&file, &mut stdout)),
        Some(Command::Compare {
            file,
            scenarios,
            json,
        }) => exit(orgsplit::cli::compare(
            &file,
            scenarios.as_deref(),
            json,
            &mut stdout,
        )),
        Some(Command::Import {
            file,
            output,
            id,
            name,
            title,
            manager,
            team,
            cost,
            sheet,
            header_row,
            skills,
            json,
        }) => {
            let columns = orgsplit::cli::Columns {
                id,
                name,
                title,
                manager,
                team,
                cost,
                sheet,
                header_row,
            };
            exit(orgsplit::cli::import(
                &file,
                skills.as_deref(),
                &output,
                &columns,
                json,
                &mut stdout,
            ))
        }
        Some(Command::SkillsTemplate { file, output }) => {
            exit(orgsplit::cli::skills_template(&file, &output, &mut stdout))
        }
        Some(Command::ApplySkills {
            file,
            survey,
            output,
            json,
        }) => exit(orgsplit::cli::apply_skills(
            &file,
            &survey,
            &output,
            json,
            &mut stdout,
        )),
        None => open_window(cli.file, cli.timing.then_some(started)),
    }
}

#[cfg(feature = "ui")]
fn open_window(file: Option<PathBuf>, timing: Option<std::time::Instant>) -> ExitCode {
    match orgsplit::ui::run(file, timing) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Orgsplit could not open its window: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(not(feature = "ui"))]
fn open_window(_file: Option<PathBuf>, _timing: Option<std::time::Instant>) -> ExitCode {
    eprintln!(
        "This Orgsplit was built without its window (the `ui` feature); use `orgsplit check` or `orgsplit fmt`."
    );
    ExitCode::from(2)
}
