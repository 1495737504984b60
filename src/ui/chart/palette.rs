//! Chart colours. Legacy and Interaction use a blue/orange pair, which stays distinct for the
//! common forms of colour blindness; every colour cue also has a text label.

use egui::Color32;

use crate::analysis::Severity;
use crate::model::Mode;

pub const INK: Color32 = Color32::from_rgb(0x1f, 0x24, 0x2b);
pub const MUTED_INK: Color32 = Color32::from_rgb(0x55, 0x5d, 0x68);
pub const CARD: Color32 = Color32::from_rgb(0xff, 0xff, 0xff);
/// An open role's card: paler than a person's, so the empty seat reads as empty.
pub const OPEN_ROLE: Color32 = Color32::from_rgb(0xf4, 0xf6, 0xf8);
pub const OUTLINE: Color32 = Color32::from_rgb(0xb8, 0xbf, 0xc8);
pub const CONNECTOR: Color32 = Color32::from_rgb(0x8a, 0x93, 0x9e);
/// Dotted (secondary) reporting lines: dashed and darker than the tree's connectors.
pub const DOTTED_LINE: Color32 = Color32::from_rgb(0x5b, 0x4a, 0x8a);
pub const SELECTION: Color32 = Color32::from_rgb(0x7b, 0x2c, 0xbf);
/// Sponsor boxes (business units outside IT): neutral, so they never read as either mode.
pub const SPONSOR: Color32 = Color32::from_rgb(0xf1, 0xef, 0xe6);
/// The "moved" tag on cards of people placed differently from the baseline.
/// Cards a "what if they resign" concerns: the leaver and whoever it would expose.
pub const WHAT_IF: Color32 = Color32::from_rgb(0xd9, 0x48, 0x0f);
pub const MOVED: Color32 = Color32::from_rgb(0x2e, 0x6b, 0x73);

/// The strong colour of an organisation: banners and card stripes.
pub fn mode_colour(mode: Mode) -> Color32 {
    match mode {
        Mode::Legacy => Color32::from_rgb(0x1f, 0x5f, 0xa8),
        Mode::Interaction => Color32::from_rgb(0xc8, 0x5a, 0x00),
        Mode::Mixed => Color32::from_rgb(0x4a, 0x4f, 0x57),
    }
}

/// A light tint of the organisation colour, for team headers.
pub fn mode_tint(mode: Mode) -> Color32 {
    match mode {
        Mode::Legacy => Color32::from_rgb(0xdc, 0xe8, 0xf6),
        Mode::Interaction => Color32::from_rgb(0xfb, 0xe3, 0xcc),
        Mode::Mixed => Color32::from_rgb(0xe6, 0xe8, 0xeb),
    }
}

/// Severity badge colours; each badge also carries its letter (E, W, I).
pub fn severity_colour(severity: Severity) -> Color32 {
    match severity {
        Severity::Error => Color32::from_rgb(0xc0, 0x1c, 0x28),
        Severity::Warning => Color32::from_rgb(0x9a, 0x60, 0x00),
        Severity::Info => Color32::from_rgb(0x3d, 0x5a, 0x80),
    }
}
