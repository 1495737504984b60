//! Chart colours, shared by the screen and every export. Legacy and Interaction use a
//! blue/orange pair, which stays distinct for the common forms of colour blindness; every
//! colour cue also has a text label. The high-contrast palette is for projectors, which
//! wash out tints and thin grey lines.

use crate::analysis::Severity;
use crate::model::Mode;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// "#1f242b", for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Every colour a chart uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Rgb,
    pub ink: Rgb,
    pub muted_ink: Rgb,
    pub card: Rgb,
    /// An open role's card: paler than a person's, so the empty seat reads as empty.
    pub open_role: Rgb,
    pub outline: Rgb,
    pub connector: Rgb,
    /// Dotted (secondary) reporting lines: dashed and darker than the tree's connectors.
    pub dotted_line: Rgb,
    pub selection: Rgb,
    /// Sponsor boxes (business units outside IT): neutral, so they never read as either mode.
    pub sponsor: Rgb,
    /// Cards a "what if they resign" concerns: the leaver and whoever it would expose.
    pub what_if: Rgb,
    /// The "moved" tag on cards of people placed differently from the baseline.
    pub moved: Rgb,
    /// Strong colours by mode (Legacy, Interaction, Mixed): banners and card stripes.
    pub modes: [Rgb; 3],
    /// Light tints by mode, for team headers.
    pub tints: [Rgb; 3],
    /// Badge colours by severity (error, warning, info); each badge also carries its letter.
    pub severities: [Rgb; 3],
    /// Multiplies line widths: heavier lines survive a projector.
    pub line_weight: f32,
}

impl Palette {
    /// The screen's everyday palette.
    pub const STANDARD: Self = Self {
        background: Rgb(0xf7, 0xf8, 0xfa),
        ink: Rgb(0x1f, 0x24, 0x2b),
        muted_ink: Rgb(0x55, 0x5d, 0x68),
        card: Rgb(0xff, 0xff, 0xff),
        open_role: Rgb(0xf4, 0xf6, 0xf8),
        outline: Rgb(0xb8, 0xbf, 0xc8),
        connector: Rgb(0x8a, 0x93, 0x9e),
        dotted_line: Rgb(0x5b, 0x4a, 0x8a),
        selection: Rgb(0x7b, 0x2c, 0xbf),
        sponsor: Rgb(0xf1, 0xef, 0xe6),
        what_if: Rgb(0xd9, 0x48, 0x0f),
        moved: Rgb(0x2e, 0x6b, 0x73),
        modes: [
            Rgb(0x1f, 0x5f, 0xa8),
            Rgb(0xc8, 0x5a, 0x00),
            Rgb(0x4a, 0x4f, 0x57),
        ],
        tints: [
            Rgb(0xdc, 0xe8, 0xf6),
            Rgb(0xfb, 0xe3, 0xcc),
            Rgb(0xe6, 0xe8, 0xeb),
        ],
        severities: [
            Rgb(0xc0, 0x1c, 0x28),
            Rgb(0x9a, 0x60, 0x00),
            Rgb(0x3d, 0x5a, 0x80),
        ],
        line_weight: 1.0,
    };

    /// For a projector: white ground, black text, saturated banners, dark outlines and
    /// connectors, heavier lines.
    pub const HIGH_CONTRAST: Self = Self {
        background: Rgb(0xff, 0xff, 0xff),
        ink: Rgb(0x00, 0x00, 0x00),
        muted_ink: Rgb(0x20, 0x20, 0x20),
        card: Rgb(0xff, 0xff, 0xff),
        open_role: Rgb(0xff, 0xff, 0xff),
        outline: Rgb(0x30, 0x30, 0x30),
        connector: Rgb(0x20, 0x20, 0x20),
        dotted_line: Rgb(0x3b, 0x1f, 0x7a),
        selection: Rgb(0x6a, 0x00, 0xb8),
        sponsor: Rgb(0xee, 0xee, 0xee),
        what_if: Rgb(0xc0, 0x3a, 0x00),
        moved: Rgb(0x00, 0x4d, 0x57),
        modes: [
            Rgb(0x00, 0x3f, 0x8f),
            Rgb(0xa8, 0x40, 0x00),
            Rgb(0x20, 0x20, 0x20),
        ],
        tints: [
            Rgb(0xc6, 0xdb, 0xf5),
            Rgb(0xff, 0xd8, 0xb0),
            Rgb(0xdd, 0xdd, 0xdd),
        ],
        severities: [
            Rgb(0xa0, 0x00, 0x10),
            Rgb(0x7a, 0x48, 0x00),
            Rgb(0x1f, 0x3a, 0x66),
        ],
        line_weight: 1.8,
    };

    /// The strong colour of an organisation's mode.
    pub fn mode(&self, mode: Mode) -> Rgb {
        self.modes[mode_slot(mode)]
    }

    /// The light tint of a mode.
    pub fn tint(&self, mode: Mode) -> Rgb {
        self.tints[mode_slot(mode)]
    }

    pub fn severity(&self, severity: Severity) -> Rgb {
        self.severities[severity as usize]
    }
}

fn mode_slot(mode: Mode) -> usize {
    match mode {
        Mode::Legacy => 0,
        Mode::Interaction => 1,
        Mode::Mixed => 2,
    }
}
