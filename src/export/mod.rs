//! Taking a design out of Orgsplit: an option as a CSV table the HR system can read back,
//! an option's chart as SVG, PNG or PDF, and the workshop report.

pub mod chart;
mod csv_table;
mod file;
pub mod icon;
pub mod report;
mod survey;

pub use csv_table::{scenario_csv, write_scenario_csv};
pub use file::{ExportFormat, ExportRequest, Exported, export_to, render};
pub use survey::{is_csv, survey_csv, survey_file, survey_rows, survey_xlsx};

#[cfg(test)]
mod tests;
