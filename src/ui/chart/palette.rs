//! The screen's everyday chart colours as egui colours, from the scene's palette
//! ([`crate::scene::Palette::STANDARD`]), for what the chart draws outside cards (the
//! zoomed-out overview, drag hints) and for panels that use the organisation colours.

use egui::Color32;

use crate::analysis::Severity;
use crate::model::Mode;
use crate::scene::{Palette, Rgb};

const fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

const STANDARD: Palette = Palette::STANDARD;
pub const INK: Color32 = colour(STANDARD.ink);
pub const MUTED_INK: Color32 = colour(STANDARD.muted_ink);
pub const SELECTION: Color32 = colour(STANDARD.selection);

/// The strong colour of an organisation: banners and card stripes.
pub fn mode_colour(mode: Mode) -> Color32 {
    colour(STANDARD.mode(mode))
}

/// A light tint of the organisation colour, for team headers.
pub fn mode_tint(mode: Mode) -> Color32 {
    colour(STANDARD.tint(mode))
}

/// Severity badge colours; each badge also carries its letter (E, W, I).
pub fn severity_colour(severity: Severity) -> Color32 {
    colour(STANDARD.severity(severity))
}
