//! Orgsplit: an offline org-chart designer for splitting an IT department into a Legacy
//! organisation (under a CIOL) and a customer Interaction organisation (under a CIOI).
//!
//! The crate is layered so the document can be tested without a window: [`model`] is plain
//! data, [`io`] reads, validates and writes files, [`layout`] is pure geometry, and only
//! `ui` (the default `ui` feature) knows about egui.

pub mod analysis;
pub mod cli;
pub mod edit;
pub mod export;
pub mod import;
pub mod io;
pub mod layout;
pub mod model;
pub mod scene;
#[cfg(feature = "ui")]
pub mod ui;
pub mod versions;
