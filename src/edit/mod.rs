//! The open document and everything that changes it: commands, their application, undo.

mod command;
mod document;
mod drop;
mod history;
mod patch;
mod what_if;

pub use command::{Command, ScenarioSource, applied, apply, forget_all, reports_below};
pub use document::Document;
pub use drop::{DropPreview, Prepared, preview_dotted_line, preview_drop};
pub use history::History;
pub use what_if::{WhatIf, what_if, without};
